import { assertString, checkBoolean, checkOptions } from '../_lib/validate.js';
import { C_JOIN, C_LETTER, C_SPACE, C_UPPER, charClasses } from './_char-class.js';
import { ALNUM, classifyWord, resultType, Scan, scanLetterSlow, scanNonLetter, WORD_CONT } from './_scan.js';
import { tokenOffsets } from './token-offsets.js';
import { TOKEN_TYPES, type Token } from './token-types.js';

/** Options for {@link tokenize}. */
export interface TokenizeOptions {
  /**
   * Also emit each run of whitespace as a token of type `space`, so that the tokens' texts joined
   * give back the input exactly. Default `false`.
   */
  whitespace?: boolean;
}

const OPTIONS = ['whitespace'] as const;

/**
 * Splits text into tokens: Vietnamese syllables and foreign words, numbers, percentages, dates,
 * abbreviations, URLs, emails, document codes, punctuation and symbols (see {@link TOKEN_TYPES}).
 * The text is never rewritten: each token's `text` is `input.slice(start, end)` with UTF-16
 * offsets into the caller's string. NFD, mixed-form and either tone style give the same
 * boundaries as NFC. The same tokens as {@link tokenOffsets}, which builds no objects: use that
 * for bulk work.
 *
 * @param text - Any string.
 * @param options - {@link TokenizeOptions}.
 * @returns Fresh token objects in order; `[]` for `''`.
 * @throws {TypeError} If `text` is not a string or `options` is not an object.
 * @throws {RangeError} On an unknown option key.
 * @example
 * ```ts
 * tokenize('Ngày 18/6, 95,5% cán bộ UBND TP.HCM');
 * // [{ text: 'Ngày', start: 0, end: 4, type: 'word' }, { text: '18/6', start: 5, end: 9, type: 'date' },
 * //  { text: ',', ... 'punct' }, { text: '95,5%', ... 'percent' }, ..., { text: 'UBND', ... 'abbr' },
 * //  { text: 'TP.HCM', start: 29, end: 35, type: 'abbr' }]
 * ```
 */
export function tokenize(text: string, options?: TokenizeOptions): Token[] {
  assertString(text, 'tokenize');
  const opts = checkOptions<TokenizeOptions>(options, 'tokenize', OPTIONS);
  const whitespace = checkBoolean(opts.whitespace, 'tokenize', 'whitespace', false);
  return whitespace ? tokenizeWithSpace(text) : scanTokens(text);
}

/**
 * The tokens of `text`, scanned and built in one pass: the same boundaries and types as
 * tokenOffsets (tested), without an intermediate offsets array. The plain-word fast path below is
 * tokenOffsets' own, inlined here for speed (STYLE §6), and also hashes the word's code units as
 * it reads them for the string cache; every other token goes through the shared scanners in
 * _scan.ts, as in tokenOffsets.
 */
function scanTokens(text: string): Token[] {
  const n = text.length;
  if (n === 0) return [];
  // Pre-sized from an estimate (running text has about one token per 4–5 code units), trimmed at
  // the end; writing past it grows the array as usual.
  const tokens: Token[] = new Array((n >> 2) + 16);
  let t = 0;
  const tab = charClasses();
  const s = new Scan(text, tab);
  // About one token per 4–5 code units in running text.
  const cache = newCache(n >> 2);
  const mask = cache.length - 1;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const f = tab[c];
    if (f & C_SPACE) {
      i++;
      continue;
    }
    let e: number;
    if (f & C_LETTER) {
      let upper = f & C_UPPER;
      let h = c;
      let j = i + 1;
      let g = 0;
      while (j < n) {
        const d = text.charCodeAt(j);
        g = tab[d];
        if ((g & WORD_CONT) === 0) break;
        upper += g & C_UPPER;
        h = (Math.imul(h, 31) + d) | 0;
        j++;
      }
      if (!(j + 1 < n && g & C_JOIN && tab[text.charCodeAt(j + 1)] & (ALNUM | C_JOIN))) {
        tokens[t++] = {
          text: j - i > MAX_SHARED ? text.slice(i, j) : sharedSlice(text, i, j, h, cache, mask),
          start: i,
          end: j,
          type: upper < 4 ? 'word' : TOKEN_TYPES[classifyWord(s, i, j, upper >> 1)],
        };
        i = g & C_SPACE ? j + 1 : j;
        continue;
      }
      e = scanLetterSlow(s, i, j);
    } else {
      e = scanNonLetter(s, i, c, f);
    }
    tokens[t++] = { text: sliceShared(text, i, e, cache, mask), start: i, end: e, type: TOKEN_TYPES[resultType] };
    i = e;
  }
  tokens.length = t;
  return tokens;
}

/** `tokenize(text, { whitespace: true })`: tokenOffsets' tokens with the whitespace runs between them. */
function tokenizeWithSpace(text: string): Token[] {
  const o = tokenOffsets(text);
  const count = o.length / 3;
  const cache = newCache(count);
  const mask = cache.length - 1;
  const tokens: Token[] = [];
  let prev = 0;
  for (let t = 0; t < count; t++) {
    const start = o[3 * t];
    const end = o[3 * t + 1];
    if (start > prev) tokens.push({ text: sliceShared(text, prev, start, cache, mask), start: prev, end: start, type: 'space' });
    tokens.push({ text: sliceShared(text, start, end, cache, mask), start, end, type: TOKEN_TYPES[o[3 * t + 2]] });
    prev = end;
  }
  if (prev < text.length) tokens.push({ text: text.slice(prev), start: prev, end: text.length, type: 'space' });
  return tokens;
}

const MAX_SHARED = 12; // longer slices are V8 SlicedStrings anyway (no copy)
const MAX_CACHE = 16384;

/** A per-call table of recent token texts, sized to the token count (power of two, 256–16384). */
function newCache(count: number): string[] {
  let size = 256;
  while (size < MAX_CACHE && size < count) size <<= 1;
  return new Array<string>(size).fill('');
}

/**
 * `text.slice(a, b)`, but a short slice equal to one seen recently in this call is returned as the
 * same string: most tokens of running text repeat (`của`, `và`, `,`), and sharing them saves an
 * allocation and a copy per token (about 1.5x faster `tokenize` on the bench corpus, and less
 * memory held by the result). Strings are immutable, so sharing is invisible to the caller.
 */
function sliceShared(text: string, a: number, b: number, cache: string[], mask: number): string {
  if (b - a > MAX_SHARED) return text.slice(a, b);
  let h = text.charCodeAt(a);
  // V8 keeps one shared string per Latin-1 character: slicing one allocates nothing.
  if (b - a === 1 && h < 0x100) return text.slice(a, b);
  for (let q = a + 1; q < b; q++) h = (Math.imul(h, 31) + text.charCodeAt(q)) | 0;
  return sharedSlice(text, a, b, h, cache, mask);
}

/** sliceShared with the hash of text[a, b) already computed (h = c0, then h * 31 + c per unit). */
function sharedSlice(text: string, a: number, b: number, h: number, cache: string[], mask: number): string {
  const len = b - a;
  const slot = (h ^ (h >>> 13)) & mask;
  const cand = cache[slot];
  if (cand.length === len) {
    let q = 0;
    while (q < len && cand.charCodeAt(q) === text.charCodeAt(a + q)) q++;
    if (q === len) return cand;
  }
  const str = text.slice(a, b);
  cache[slot] = str;
  return str;
}
