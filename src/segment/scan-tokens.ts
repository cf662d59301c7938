/**
 * Internal pre-tokenizer of the segmenter: one pass over `charCodeAt`, no regex on the hot path,
 * no per-character allocation. Emits (start, end, type) triples into a growable Uint32Array.
 * Tokens never overlap and, together with the whitespace between them, tile the input.
 */

/** Token type codes; index = code. `word` is a syllable or a foreign word (letters, digits, marks). */
export const SCAN_TYPES = ['word', 'number', 'percent', 'date', 'punct', 'symbol', 'abbr'] as const;
export type ScanType = (typeof SCAN_TYPES)[number];
export const T_WORD = 0;
export const T_NUMBER = 1;
export const T_PERCENT = 2;
export const T_DATE = 3;
export const T_PUNCT = 4;
export const T_SYMBOL = 5;
export const T_ABBR = 6;
/** Bit set in the type slot when a line break lies between this token and the previous one. */
export const F_NEWLINE_BEFORE = 0x100;
/** Bit set in the type slot when no whitespace lies between this token and the previous one. */
export const F_GLUED = 0x200;

// Character classes for the BMP Latin range we care about; everything else is classified lazily.
const C_OTHER = 0;
const C_SPACE = 1;
const C_NEWLINE = 2;
const C_LETTER = 3;
const C_DIGIT = 4;
const C_MARK = 5; // combining mark or invisible joiner: continues the current token
const C_PUNCT = 6;
const C_SYMBOL = 7;

let CLASS: Uint8Array | null = null;
const LETTER_RE = /\p{L}/u;
const MARK_RE = /\p{M}/u;
const SPACE_RE = /\s/u;
const PUNCT_RE = /\p{P}/u;
/** Builds the class table on first use (not at import). */
function classTable(): Uint8Array {
  if (CLASS) return CLASS;
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    let k = C_SYMBOL;
    if (c >= 0xd800 && c <= 0xdfff) k = C_OTHER;
    else if (c === 10 || c === 13 || c === 0x85 || c === 0x2028 || c === 0x2029) k = C_NEWLINE;
    else if (c === 0xad || c === 0x200b || c === 0x200c || c === 0x200d || c === 0xfeff) k = C_MARK;
    else if (c >= 48 && c <= 57) k = C_DIGIT;
    else {
      const ch = String.fromCharCode(c);
      if (SPACE_RE.test(ch)) k = C_SPACE;
      else if (LETTER_RE.test(ch)) k = C_LETTER;
      else if (MARK_RE.test(ch)) k = C_MARK;
      else if (PUNCT_RE.test(ch)) k = C_PUNCT;
    }
    table[c] = k;
  }
  CLASS = table;
  return table;
}

/** Length (2) of an astral combining mark (a surrogate pair in \p{M}) at `i`, else 0. Rare path. */
function astralMarkAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return 0;
  const d = text.charCodeAt(i + 1);
  if (d < 0xdc00 || d > 0xdfff) return 0;
  return MARK_RE.test(text.slice(i, i + 2)) ? 2 : 0;
}

/** Skips combining marks (BMP and astral) and invisible joiners from `i`; returns the new index. */
function skipMarks(text: string, i: number, table: Uint8Array): number {
  const n = text.length;
  for (;;) {
    if (i >= n) return i;
    const c = text.charCodeAt(i);
    if (table[c] === C_MARK) i++;
    else if (c >= 0xd800 && c <= 0xdbff) {
      const m = astralMarkAt(text, i);
      if (m === 0) return i;
      i += m;
    } else return i;
  }
}

function isUpperAscii(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** Growable output buffer of triples; reused across calls by the caller. */
export interface ScanBuffer {
  data: Uint32Array;
  count: number;
}

export function createScanBuffer(capacityTokens = 1024): ScanBuffer {
  return { data: new Uint32Array(capacityTokens * 3), count: 0 };
}

function push(buf: ScanBuffer, start: number, end: number, type: number): void {
  const i = buf.count * 3;
  if (i + 3 > buf.data.length) {
    const next = new Uint32Array(buf.data.length * 2);
    next.set(buf.data);
    buf.data = next;
  }
  buf.data[i] = start;
  buf.data[i + 1] = end;
  buf.data[i + 2] = type;
  buf.count++;
}

/** Scans `text` into `buf` (resetting it). */
export function scanTokens(text: string, buf: ScanBuffer): void {
  buf.count = 0;
  const CLASS = classTable();
  const n = text.length;
  let i = 0;
  let sawSpace = true;
  let sawNewline = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = CLASS[c];
    if (k === C_SPACE || k === C_NEWLINE) {
      sawSpace = true;
      if (k === C_NEWLINE) sawNewline = true;
      i++;
      continue;
    }
    const start = i;
    let type: number;
    if (k === C_LETTER) {
      i++;
      while (i < n) {
        const kk = CLASS[text.charCodeAt(i)];
        if (kk === C_LETTER || kk === C_DIGIT || kk === C_MARK) i++;
        else if (kk === C_OTHER && astralMarkAt(text, i) !== 0) i += 2;
        else break;
      }
      type = T_WORD;
      // Abbreviations: `TP.HCM`, `PGS.TS`, `Th.S` (short runs joined by dots), and an initial or
      // `TP.` before a space (`ông H. nói`, `TP. HCM`).
      if (i + 1 < n && text.charCodeAt(i) === 46 && i - start <= 3 && isUpperAscii(text.charCodeAt(start))) {
        const next = CLASS[text.charCodeAt(i + 1)];
        if (next === C_LETTER) {
          let j = i;
          while (j + 1 < n && text.charCodeAt(j) === 46 && CLASS[text.charCodeAt(j + 1)] === C_LETTER) {
            let e = j + 1;
            while (e < n && (CLASS[text.charCodeAt(e)] === C_LETTER || CLASS[text.charCodeAt(e)] === C_MARK)) e++;
            if (e - j - 1 > 4) break;
            j = e;
          }
          if (j > i) {
            i = j;
            type = T_ABBR;
          }
        } else if (next === C_SPACE && (i - start === 1 || (i - start === 2 && (text.charCodeAt(start + 1) | 32) === 112))) {
          i++;
          type = T_ABBR;
        }
      } else if (i + 1 < n && text.charCodeAt(i) === 46 && i - start === 2 && text.charCodeAt(start) === 116 && text.charCodeAt(start + 1) === 112) {
        // `tp.` in lower case.
        if (CLASS[text.charCodeAt(i + 1)] === C_SPACE) {
          i++;
          type = T_ABBR;
        }
      }
    } else if (k === C_DIGIT) {
      type = T_NUMBER;
      i++;
      for (;;) {
        while (i < n && CLASS[text.charCodeAt(i)] === C_DIGIT) i++;
        if (i + 1 < n) {
          const s = text.charCodeAt(i);
          if ((s === 46 || s === 44 || s === 47 || s === 45 || s === 58) && CLASS[text.charCodeAt(i + 1)] === C_DIGIT) {
            if (s === 47 || s === 45) type = T_DATE;
            i += 2;
            continue;
          }
        }
        break;
      }
      if (i < n && text.charCodeAt(i) === 37) {
        i++;
        type = T_PERCENT;
      } else {
        // Trailing marks glue to the number (lossless; they are rare).
        i = skipMarks(text, i, CLASS);
      }
    } else if (k === C_OTHER) {
      // Surrogates: a valid pair is one symbol; a lone surrogate is its own symbol.
      if (c <= 0xdbff && i + 1 < n) {
        const d = text.charCodeAt(i + 1);
        i += d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
      } else i++;
      type = T_SYMBOL;
      i = skipMarks(text, i, CLASS);
    } else {
      // Punctuation, symbols and stray marks: a run of the same character is one token (`...`, `--`).
      i++;
      while (i < n && text.charCodeAt(i) === c) i++;
      i = skipMarks(text, i, CLASS);
      type = k === C_PUNCT ? T_PUNCT : T_SYMBOL;
    }
    let flags = 0;
    if (sawNewline) flags |= F_NEWLINE_BEFORE;
    if (!sawSpace && buf.count > 0) flags |= F_GLUED;
    push(buf, start, i, type | flags);
    sawSpace = false;
    sawNewline = false;
  }
}
