// Sentence splitting inside one paragraph, with offsets into the caller's string. Internal.
// A boundary is `.`, `!`, `?` or `…` (plus closing quotes/brackets) followed by whitespace and a
// capital letter, an opening quote or bracket, or a digit — unless the full stop ends a known
// abbreviation (`TP.`, `ThS.`, `PGS.`), a single capital initial (`T. Hương`), or sits between
// digits. One pass with charCodeAt; linear.

import { isDigit, isLetter, isSpace, isUpper } from './lines.js';

export interface Range {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  'tp', 'tt', 'q', 'p', 'h', 'ths', 'ts', 'pgs', 'gs', 'bs', 'ks', 'cn', 'ls', 'nxb', 'st', 'th', 'mr',
  'mrs', 'ms', 'dr', 'vs', 'tr', 'kt', 'đc', 'đ/c', 'nsnd', 'nsưt', 'v.v', 'v.v.', 'tx', 'ttr', 'ubnd',
]);

function isOpener(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x28 || c === 0x5b || c === 0x201c || c === 0x2018 || c === 0xab;
}

function isCloser(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d || c === 0x201d || c === 0x2019 || c === 0xbb;
}

/** Splits `text[start, end)` into sentences, trimmed of surrounding whitespace. */
export function splitSentenceRanges(text: string, start: number, end: number): Range[] {
  const out: Range[] = [];
  let s = start;
  while (s < end && isSpace(text.charCodeAt(s))) s++;
  let i = s;
  while (i < end) {
    const c = text.charCodeAt(i);
    const terminal = c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
    if (!terminal) {
      i++;
      continue;
    }
    // Extend over a run of terminals and closers: `?!`, `...`, `.”`, `.)`.
    let j = i + 1;
    while (j < end) {
      const d = text.charCodeAt(j);
      if (d === 0x2e || d === 0x21 || d === 0x3f || d === 0x2026 || isCloser(d)) j++;
      else break;
    }
    let k = j;
    while (k < end && isSpace(text.charCodeAt(k))) k++;
    if (k === end) {
      i = end;
      break;
    }
    const hadSpace = k > j;
    const next = text.charCodeAt(k);
    const startsSentence = isUpper(next) || isOpener(next) || isDigit(next) || next === 0x2d || next === 0x2013;
    if (!hadSpace || !startsSentence || (c === 0x2e && j === i + 1 && isAbbreviation(text, s, i))) {
      i = j;
      continue;
    }
    let e = j;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
    s = k;
    i = k;
  }
  let e = end;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e });
  return out;
}

/** True when the full stop at `dot` ends an abbreviation or an initial. */
function isAbbreviation(text: string, from: number, dot: number): boolean {
  let w = dot;
  while (w > from) {
    const c = text.charCodeAt(w - 1);
    if (isLetter(c) || c === 0x2e || c === 0x2f) w--;
    else break;
  }
  if (w === dot) return false;
  const word = text.slice(w, dot);
  // A single capital letter: an initial (`T. Hương`).
  if (dot - w === 1 && isUpper(word.charCodeAt(0))) return true;
  return ABBREVIATIONS.has(word.normalize('NFC').toLowerCase());
}
