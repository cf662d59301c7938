import { assertString } from '../_lib/validate.js';
import { isLatinBase, stripTable } from '../_lib/strip-marks.js';

const CHUNK = 8192;

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
  const buf = new Uint16Array(CHUNK);
  let out = text.slice(0, i);
  let len = 0;
  let prevLatin = i > 0 && isLatinBase(text.charCodeAt(i - 1));
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    let r = c;
    if (c >= 0x300 && c <= 0x36f) {
      // A combining mark: dropped after a Latin letter (and after that letter's other marks).
      if (prevLatin) continue;
    } else {
      prevLatin = isLatinBase(c);
      if (c >= 0xc0 && c < 0x1f00 && t[c] > 1) r = t[c];
    }
    buf[len++] = r;
    if (len === CHUNK) {
      out += String.fromCharCode.apply(null, buf as unknown as number[]);
      len = 0;
    }
  }
  if (len > 0) out += String.fromCharCode.apply(null, buf.subarray(0, len) as unknown as number[]);
  return out;
}
