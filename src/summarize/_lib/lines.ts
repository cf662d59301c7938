// Line and character helpers for article parsing. Internal: never exported from the package.
// Every function scans with charCodeAt and returns offsets into the caller's string.

import { toNFD } from '../../_lib/unicode-form.js';

/** One physical line: `start`/`end` bound its content with surrounding whitespace trimmed. */
export interface Line {
  /** Offset of the first non-space code unit (equals `end` for a blank line). */
  start: number;
  /** Offset just past the last non-space code unit. */
  end: number;
}

/** True for code units that are horizontal whitespace or invisible format characters. */
export function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x09 ||
    c === 0x0b ||
    c === 0x0c ||
    c === 0xa0 ||
    c === 0xad || // soft hyphen: page-to-text tools leave it on otherwise empty lines
    (c >= 0x2000 && c <= 0x200d) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x2060 ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** True for zero-width characters and the soft hyphen: invisible, trimmed, but no word break. */
export function isZeroWidth(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

/** True for code units that end a line: LF, CR, NEL, LS, PS. */
export function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x85 || c === 0x2028 || c === 0x2029;
}

/** Splits `text` into lines (LF, CRLF, CR, NEL, LS, PS), each trimmed of whitespace. Linear. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const n = text.length;
  let i = 0;
  while (i <= n) {
    let j = i;
    while (j < n && !isLineBreak(text.charCodeAt(j))) j++;
    let s = i;
    let e = j;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    lines.push(s === e ? { start: s, end: s } : { start: s, end: e });
    if (j >= n) break;
    // CRLF counts as one break.
    i = text.charCodeAt(j) === 0x0d && text.charCodeAt(j + 1) === 0x0a ? j + 2 : j + 1;
  }
  return lines;
}

/** Counts whitespace-separated words in `text[start, end)`. */
export function countWords(text: string, start: number, end: number): number {
  let words = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isZeroWidth(c)) continue; // inside a word (`Th\u200bứ`) it does not split it
    const space = isSpace(c);
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

const CLOSERS = new Set([0x22, 0x27, 0x29, 0x5d, 0x7d, 0xbb, 0x2019, 0x201d, 0x203a, 0x2a]);

/**
 * The last meaningful code unit of `text[start, end)`, skipping closing quotes and brackets,
 * or -1 when there is none.
 */
export function lastMeaningful(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && (CLOSERS.has(text.charCodeAt(e - 1)) || isSpace(text.charCodeAt(e - 1)))) e--;
  return e > start ? text.charCodeAt(e - 1) : -1;
}

/** True when the span ends like a sentence: `.`, `!`, `?`, `…`, `;` (closing quotes skipped). */
export function endsLikeSentence(text: string, start: number, end: number): boolean {
  const c = lastMeaningful(text, start, end);
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x3b;
}

/** True when the span ends with `.`, `;` or `…`: a statement, not a headline (`?`/`!` are headline-safe). */
export function endsLikeStatement(text: string, start: number, end: number): boolean {
  const c = lastMeaningful(text, start, end);
  return c === 0x2e || c === 0x2026 || c === 0x3b;
}

const COMBINING = /\p{M}/gu;

/**
 * Folds a string for lexicon lookup: NFD, combining marks removed, `đ`→`d`, lowercase, runs of
 * whitespace and separators squeezed to one space, trimmed. Used for whole-line matching only,
 * never for offsets.
 */
export function foldKey(s: string): string {
  const base = toNFD(s).replace(COMBINING, '').toLowerCase();
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < base.length; i++) {
    let c = base.charCodeAt(i);
    // Zero-width characters and soft hyphens inside words (`Th\u200bứ`) are noise, not word breaks.
    if (isZeroWidth(c)) continue;
    if (c === 0x111 || c === 0xd0 || c === 0xf0) c = 0x64; // đ, Ð (eth typed for Đ), ð → d
    const letterOrDigit =
      (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c > 0x7f && !isSpace(c) && !isPunctLike(c));
    if (letterOrDigit) {
      if (pendingSpace && out.length > 0) out += ' ';
      pendingSpace = false;
      out += String.fromCharCode(c);
    } else {
      pendingSpace = true;
    }
  }
  return out;
}

function isPunctLike(c: number): boolean {
  return (
    (c >= 0x2010 && c <= 0x2027) ||
    (c >= 0x2030 && c <= 0x205e) ||
    (c >= 0x2190 && c <= 0x2bff) ||
    c === 0xab ||
    c === 0xbb ||
    c === 0xb7 ||
    c === 0xa9 ||
    c === 0xae ||
    (c >= 0xd800 && c <= 0xdfff) ||
    c === 0xfffd
  );
}

/** True for an uppercase letter code unit (Latin incl. Vietnamese capitals; NFD base letters too). */
export function isUpper(c: number): boolean {
  if (c >= 0x41 && c <= 0x5a) return true;
  if (c < 0xc0) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** True for a letter code unit (ASCII, Latin-1/Extended, Vietnamese precomposed) or a combining mark. */
export function isLetter(c: number): boolean {
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) return true;
  if (c < 0xc0) return false;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c <= 0x24f) return true; // Latin-1 Supplement letters, Latin Extended-A/B (đ, ơ, ư, ă …)
  if (c >= 0x300 && c <= 0x36f) return true; // combining diacritics (NFD input)
  if (c >= 0x1e00 && c <= 0x1eff) return true; // Latin Extended Additional (ạ ả ấ … ỹ)
  const ch = String.fromCharCode(c);
  return ch.toLowerCase() !== ch.toUpperCase();
}

/** True for an ASCII digit. */
export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
