// Turns the bytes of one input into text: BOMs, UTF-16, legacy Vietnamese encodings, CRLF,
// and a readable InputError for anything that is not text.
import { InputError } from '../errors.js';
import { findFunction } from './lib.js';

/** Values of `--encoding`. */
export const ENCODINGS = ['auto', 'utf8', 'utf16le', 'utf16be', 'vni', 'tcvn3', 'viqr'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** Largest single input read whole (NDJSON input streams and has no such limit). */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

const LEGACY = new Set(['vni', 'tcvn3', 'viqr']);
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** What `decodeInput` found out about the bytes. */
export interface Decoded {
  text: string;
  /** The encoding the bytes were read as. */
  encoding: string;
}

/**
 * Decodes `bytes` as text. `auto` recognises UTF-8 (BOM optional), UTF-16 LE/BE with a BOM,
 * and VNI / TCVN3 / VIQR through the library's `detectEncoding` + `decodeLegacy`.
 * CRLF and lone CR become LF. Throws InputError (`binary`, `invalid-utf8`, `invalid-utf16`, `empty`,
 * `too-large`).
 */
export function decodeInput(bytes: Uint8Array, encoding: Encoding = 'auto'): Decoded {
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new InputError(`too large (${bytes.length} bytes; the limit for one file is ${MAX_INPUT_BYTES} bytes, use --input ndjson for streams)`, 'too-large');
  }
  let text: string;
  let used: string;
  const bom = bomOf(bytes);
  if (bom === 'utf16le' || bom === 'utf16be' || encoding === 'utf16le' || encoding === 'utf16be') {
    const enc = encoding === 'utf16le' || encoding === 'utf16be' ? encoding : bom!;
    const skip = bom === enc ? 2 : 0;
    const body = bytes.subarray(skip);
    try {
      text = new TextDecoder(enc === 'utf16le' ? 'utf-16le' : 'utf-16be', { fatal: true, ignoreBOM: true }).decode(body);
    } catch {
      // Not silently patched with U+FFFD: a truncated file or bytes that are not UTF-16.
      throw new InputError(`invalid ${enc === 'utf16le' ? 'UTF-16LE' : 'UTF-16BE'} ${utf16Problem(body, enc === 'utf16le', skip)}`, 'invalid-utf16');
    }
    used = enc;
    if (hasNul(text)) throw new InputError('binary data (NUL characters in UTF-16 text)', 'binary');
  } else {
    const body = bom === 'utf8' ? bytes.subarray(3) : bytes;
    if (looksBinary(body)) throw new InputError('binary data, not text (NUL bytes or many control characters)', 'binary');
    if (encoding === 'vni' || encoding === 'tcvn3' || encoding === 'viqr') {
      text = decodeLegacyText(latin1OrUtf8(body, encoding), encoding);
      used = encoding;
    } else {
      let valid: string | undefined;
      try {
        valid = utf8.decode(body);
      } catch {
        valid = undefined;
      }
      if (valid !== undefined) {
        text = valid;
        used = 'utf8';
        if (encoding === 'auto' && bom !== 'utf8') {
          const legacy = detectLegacy(text);
          if (legacy) {
            text = decodeLegacyText(text, legacy);
            used = legacy;
          }
        }
      } else {
        const at = firstInvalidUtf8(body);
        if (encoding === 'utf8') throw new InputError(`invalid UTF-8 at byte ${at}`, 'invalid-utf8');
        // Valid UTF-8 Vietnamese letters elsewhere in the bytes: a file that mixes UTF-8 with another
        // encoding (concatenated files, a bad paste). Reading all of it as a legacy encoding would
        // turn the UTF-8 part into mojibake without a word, so it is an error.
        if (utf8VietnameseLetters(body, MIXED_MIN_LETTERS) >= MIXED_MIN_LETTERS) {
          throw new InputError(
            `invalid UTF-8 at byte ${at} in text that is otherwise UTF-8 Vietnamese (mixed encodings?); fix the file, or force --encoding`,
            'invalid-utf8',
          );
        }
        const raw = latin1(body);
        const legacy = detectLegacy(raw, 0.5);
        if (!legacy) {
          const hint = findFunction('detectEncoding') ? 'and not VNI/TCVN3/VIQR either' : 'and legacy detection is not available in this build';
          throw new InputError(`invalid UTF-8 at byte ${at} ${hint}; try --encoding vni|tcvn3|viqr`, 'invalid-utf8');
        }
        text = decodeLegacyText(raw, legacy);
        used = legacy;
      }
    }
  }
  if (text.indexOf('\r') !== -1) text = text.replaceAll('\r\n', '\n').replaceAll('\r', '\n');
  if (text.trim() === '') throw new InputError(bytes.length === 0 ? 'empty file' : 'no text (only whitespace)', 'empty');
  return { text, encoding: used };
}

function bomOf(b: Uint8Array): 'utf8' | 'utf16le' | 'utf16be' | undefined {
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf8';
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return 'utf16le';
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return 'utf16be';
  return undefined;
}

/** NUL anywhere in the first 64 KiB, or more than 10% C0 controls other than tab/LF/FF/CR/ESC. */
function looksBinary(b: Uint8Array): boolean {
  const n = Math.min(b.length, 65536);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i];
    if (c === 0) return true;
    if (c < 0x20 && c !== 9 && c !== 10 && c !== 12 && c !== 13 && c !== 27) controls++;
    else if (c === 0x7f) controls++;
  }
  return n > 0 && controls / n > 0.1;
}

function hasNul(s: string): boolean {
  return s.indexOf('\u0000') !== -1;
}

function latin1(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.length).toString('latin1');
}

/** Legacy text given explicitly: bytes that are valid UTF-8 (VIQR, or VNI re-saved as UTF-8) are read as UTF-8. */
function latin1OrUtf8(b: Uint8Array, enc: string): string {
  try {
    return utf8.decode(b);
  } catch {
    if (enc === 'viqr') throw new InputError('invalid UTF-8 for VIQR (VIQR is plain ASCII)', 'invalid-utf8');
    return latin1(b);
  }
}

/**
 * The legacy encoding `detectEncoding` finds with at least `minConfidence`, else undefined.
 * Valid UTF-8 needs strong evidence (0.8, as fixEncoding); bytes that are not UTF-8 less (0.5).
 */
export function detectLegacy(text: string, minConfidence = 0.8): string | undefined {
  if (hasUnicodeVietnamese(text)) return undefined;
  const detect = findFunction('detectEncoding');
  if (!detect) return undefined;
  const found = detect(text) as string | { encoding?: unknown; confidence?: unknown } | undefined;
  if (typeof found === 'string') return LEGACY.has(found) ? found : undefined;
  if (!found || typeof found.encoding !== 'string' || !LEGACY.has(found.encoding)) return undefined;
  return typeof found.confidence !== 'number' || found.confidence >= minConfidence ? found.encoding : undefined;
}

/**
 * True at the first character that only Unicode Vietnamese has: a precomposed letter of
 * U+1EA0–U+1EF9, ă Ă đ Đ ơ Ơ ư Ư, or a combining tone mark (NFD). VNI/TCVN3 bytes read as latin1
 * or windows-1252, and VIQR, contain none of them, so detection can be skipped. Stops early.
 */
function hasUnicodeVietnamese(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x100) continue;
    if ((c >= 0x1ea0 && c <= 0x1ef9) || c === 0x103 || c === 0x102 || c === 0x111 || c === 0x110 || c === 0x1a1 || c === 0x1a0 || c === 0x1b0 || c === 0x1af) return true;
    if (c >= 0x300 && c <= 0x323) return true;
  }
  return false;
}

function decodeLegacyText(text: string, enc: string): string {
  const decode = findFunction('decodeLegacy');
  if (!decode) throw new InputError(`cannot decode ${enc.toUpperCase()}: legacy decoding is not available in this build`, 'invalid-utf8');
  return decode(text, enc) as string;
}

/** Where UTF-16 bytes go wrong (for the error message): an odd length or the first unpaired surrogate. */
function utf16Problem(b: Uint8Array, le: boolean, skip: number): string {
  let i = 0;
  while (i + 1 < b.length) {
    const u = le ? b[i] | (b[i + 1] << 8) : (b[i] << 8) | b[i + 1];
    if (u >= 0xdc00 && u <= 0xdfff) return `at byte ${i + skip} (unpaired surrogate)`;
    if (u >= 0xd800 && u <= 0xdbff) {
      const v = i + 3 < b.length ? (le ? b[i + 2] | (b[i + 3] << 8) : (b[i + 2] << 8) | b[i + 3]) : -1;
      if (!(v >= 0xdc00 && v <= 0xdfff)) return `at byte ${i + skip} (unpaired surrogate)`;
      i += 4;
      continue;
    }
    i += 2;
  }
  return `(odd number of bytes: ${b.length + skip})`;
}

/** Byte offset of the first invalid UTF-8 sequence (for the error message). */
/** UTF-8 Vietnamese letters that make a non-UTF-8 input "mixed" rather than legacy-encoded. */
const MIXED_MIN_LETTERS = 3;

/**
 * Counts (up to `limit`) valid UTF-8 encodings of U+1EA0–U+1EF9 (the precomposed Vietnamese
 * letters: E1 BA A0 – E1 BB B9). VNI and TCVN3 spell a letter with one or two bytes and never need
 * three high bytes in a row of this shape, so legacy text has none.
 */
function utf8VietnameseLetters(b: Uint8Array, limit: number): number {
  let found = 0;
  for (let i = b.indexOf(0xe1); i !== -1 && i + 2 < b.length; i = b.indexOf(0xe1, i + 1)) {
    const b1 = b[i + 1];
    const b2 = b[i + 2];
    if ((b1 === 0xba && b2 >= 0xa0 && b2 <= 0xbf) || (b1 === 0xbb && b2 >= 0x80 && b2 <= 0xb9)) {
      if (++found >= limit) break;
    }
  }
  return found;
}

function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    let need = 0;
    if (c < 0x80) { i++; continue; }
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) need = 2;
    else if (c >= 0xf0 && c <= 0xf4) need = 3;
    else return i;
    for (let k = 1; k <= need; k++) if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return i;
}
