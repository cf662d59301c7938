/**
 * Internal: the segmenter's pre-tokenization, on top of the library tokenizer's hot path
 * (`tokenOffsets`, src/tokenize), so segment's words never cut through a token and carry the
 * tokenizer's types. Adds two flags the model needs to the type slot of every triple.
 */
import { tokenOffsets } from '../tokenize/token-offsets.js';
import { TOKEN_TYPES } from '../tokenize/token-types.js';

/** Type names, index = code in the low byte of a triple's type slot. */
export const SCAN_TYPES = TOKEN_TYPES;
export const T_WORD = TOKEN_TYPES.indexOf('word');
export const T_NUMBER = TOKEN_TYPES.indexOf('number');
export const T_PERCENT = TOKEN_TYPES.indexOf('percent');
export const T_DATE = TOKEN_TYPES.indexOf('date');
export const T_PUNCT = TOKEN_TYPES.indexOf('punct');
export const T_ABBR = TOKEN_TYPES.indexOf('abbr');
/** Bit set in the type slot when a line break lies between this token and the previous one. */
export const F_NEWLINE_BEFORE = 0x100;
/** Bit set in the type slot when no whitespace lies between this token and the previous one. */
export const F_GLUED = 0x200;
/**
 * Bit set on an `abbr` token made of letters only (`UBND`, `HĐND`, or an ALL-CAPS syllable such as
 * `ĐỘI`): the segmenter treats it like a word (it may join a neighbour), keeping its type when alone.
 */
export const F_LETTERS = 0x400;

/** Output of `preTokenize`: triples (start, end, type | flags); `count` tokens. */
export interface ScanBuffer {
  data: Uint32Array;
  count: number;
}

export function createScanBuffer(): ScanBuffer {
  return { data: new Uint32Array(0), count: 0 };
}

/** Tokenizes `text` into `buf` and sets the line-break and glued flags. */
export function preTokenize(text: string, buf: ScanBuffer): void {
  const data = tokenOffsets(text);
  const n = data.length / 3;
  let prevEnd = 0;
  for (let t = 0; t < n; t++) {
    const s = data[t * 3];
    let flags = 0;
    if (t > 0 && s === prevEnd) flags |= F_GLUED;
    for (let i = prevEnd; i < s; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13 || c === 0x85 || c === 0x2028 || c === 0x2029) {
        flags |= F_NEWLINE_BEFORE;
        break;
      }
    }
    if ((data[t * 3 + 2] & 0xff) === T_ABBR) {
      let letters = true;
      for (let i = s, e = data[t * 3 + 1]; i < e; i++) {
        const c = text.charCodeAt(i);
        // Dots, slashes, ampersands, hyphens, apostrophes and digits make it a non-word abbreviation.
        if (c < 0x80 && !((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) {
          letters = false;
          break;
        }
      }
      if (letters) flags |= F_LETTERS;
    }
    data[t * 3 + 2] |= flags;
    prevEnd = data[t * 3 + 1];
  }
  buf.data = data;
  buf.count = n;
}
