import { assertString } from '../_lib/validate.js';
import { isLatinBase, stripTable } from '../_lib/strip-marks.js';

const CHUNK = 8192;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
let decoder: TextDecoder | null = null;

/** UTF-16 code units → string; native TextDecoder when safe (no surrogates, little-endian host). */
function unitsToString(buf: Uint16Array, len: number, surrogates: boolean): string {
  if (!surrogates && LITTLE_ENDIAN && typeof TextDecoder === 'function') {
    decoder ??= new TextDecoder('utf-16le');
    return decoder.decode(buf.subarray(0, len));
  }
  // Lone surrogates must pass through unchanged, which TextDecoder would not do.
  let out = '';
  for (let k = 0; k < len; k += CHUNK) {
    out += String.fromCharCode.apply(null, buf.subarray(k, Math.min(len, k + CHUNK)) as unknown as number[]);
  }
  return out;
}

/**
 * Removes every tone and vowel mark from Latin letters: `đ` → `d`, `Đ` → `D`, `ư` → `u`,
 * `Việt` → `Viet`, NFC and NFD input alike (combining marks U+0300–U+036F after a Latin letter are
 * dropped). Other scripts, their marks, and lone surrogates pass through. Ð (U+00D0, eth, often typed
 * for Đ) also becomes `D`.
 *
 * @param text - Any string.
 * @returns The text without diacritics; same length or shorter.
 * @throws TypeError if `text` is not a string.
 * @example
 * removeDiacritics('Đường Nguyễn Huệ'); // 'Duong Nguyen Hue'
 */
export function removeDiacritics(text: string): string {
  assertString(text, 'removeDiacritics');
  const n = text.length;
  const t = stripTable();
  // Fast scan to the first code unit that changes.
  let i = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xc0 && c < 0x1f00 && t[c] !== 0) break;
  }
  if (i === n) return text;
  const buf = new Uint16Array(n - i);
  let len = 0;
  let surrogates = false;
  let markRunEnd = -1;
  let dropMarks = false;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xc0) {
      buf[len++] = c;
      continue;
    }
    if (c < 0x1f00) {
      const m = t[c];
      if (m === 0) {
        buf[len++] = c;
      } else if (m !== 1) {
        buf[len++] = m;
      } else {
        // A combining mark: dropped when the letter it sits on (before any other marks) is Latin.
        // Within a run of marks the decision is the same, so it is made once per run (linear time).
        if (markRunEnd !== i) {
          const p = i > 0 ? text.charCodeAt(i - 1) : -1;
          dropMarks = p >= 0 && isLatinBase(p);
        }
        markRunEnd = i + 1;
        if (!dropMarks) buf[len++] = c;
      }
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) surrogates = true;
    buf[len++] = c;
  }
  return text.slice(0, n - buf.length) + unitsToString(buf, len, surrogates);
}
