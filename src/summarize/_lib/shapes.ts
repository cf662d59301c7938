// Line-shape tests for article parts: source tag, byline, caption. Internal.

import { countWords, endsLikeSentence, foldKey, isDigit, isLetter, isSpace, isUpper, isZeroWidth } from './lines.js';

/** A source tag found at the start of a lead line. */
export interface SourceTag {
  /** Offsets of the name inside the tag (`Thanhuytphcm.vn`). */
  start: number;
  end: number;
  /** Offset where the lead text begins after the tag, its dash and spaces. */
  leadStart: number;
}

const MAX_TAG = 60;
const DOMAIN = /\.(?:vn|com|net|org|gov)\b/i;

function isDash(c: number): boolean {
  return c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x2012 || c === 0x2212;
}

/**
 * Finds a source tag that opens the line `text[start, end)`: `(Thanhuytphcm.vn) - `,
 * `(HCM CityWeb) – `, `Hà Nội, 18/6 (TTXVN) - `, `TTO - `, `VOV.VN - `. Bounded scan of the first
 * MAX_TAG + 40 code units.
 */
export function findSourceTag(text: string, start: number, end: number): SourceTag | null {
  const limit = Math.min(end, start + MAX_TAG + 40);
  // Parenthesised tag, optionally after a short place/date prefix without sentence punctuation.
  for (let i = start; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x28) {
      const close = indexIn(text, 0x29, i + 1, Math.min(end, i + 2 + MAX_TAG));
      if (close < 0 || close - i - 1 > MAX_TAG || close >= end) return null;
      let s = i + 1;
      let e = close;
      while (s < e && isSpace(text.charCodeAt(s))) s++;
      while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
      if (e - s < 2 || !isUpperOrDigit(text.charCodeAt(s)) || countWords(text, s, e) > 5) return null;
      for (let k = s; k < e; k++) if (text.charCodeAt(k) === 0x28) return null;
      const after = skipDash(text, close + 1, end);
      if (after < 0) return null;
      return { start: s, end: e, leadStart: after };
    }
    if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3b || c === 0x22 || c === 0x201c) break;
    if (i - start > 40) break;
  }
  // Bare tag: one to three words in capitals or a domain name, then a dash: `TTO - `, `VOV.VN - `.
  let i = start;
  let words = 0;
  let upper = 0;
  let lower = 0;
  let dot = false;
  while (i < limit && words <= 3) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (isDash(c)) break;
    words++;
    while (i < limit && !isSpace(text.charCodeAt(i))) {
      const d = text.charCodeAt(i);
      if (d === 0x2e) dot = true;
      else if (isUpper(d)) upper++;
      else if (isLetter(d)) lower++;
      else if (!isDigit(d)) return null;
      i++;
    }
  }
  if (words === 0 || words > 3 || i >= limit || !isDash(text.charCodeAt(i))) return null;
  const shout = upper >= 2 && lower <= upper / 3;
  const domain = dot && DOMAIN.test(text.slice(start, i));
  if (!shout && !domain) return null;
  let e = i;
  while (e > start && isSpace(text.charCodeAt(e - 1))) e--;
  const after = skipDash(text, i, end);
  if (after < 0) return null;
  return { start, end: e, leadStart: after };
}

function isUpperOrDigit(c: number): boolean {
  return isUpper(c) || isDigit(c);
}

/** From `i`, skips spaces, one dash run and spaces; returns the next offset, or -1 if there is no dash or nothing follows. */
function skipDash(text: string, i: number, end: number): number {
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  if (i >= end || !isDash(text.charCodeAt(i))) return -1;
  while (i < end && isDash(text.charCodeAt(i))) i++;
  const dashEnd = i;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  // `-` directly followed by a letter is a hyphen, not a tag dash.
  if (i === dashEnd) return -1;
  return i < end ? i : -1;
}

// Credit labels that may open a byline: `Bài, ảnh:`, `Tin và ảnh:`, `Tác giả:`, `PV:`.
const CREDIT_WORDS = new Set(['bai', 'tin', 'anh', 'va', 'tac', 'gia', 'nhom', 'thuc', 'hien', 'video', 'clip', 'pv', 'ctv']);

/**
 * If `text[start, end)` is a byline, returns the offsets of the name part (credit label and a
 * trailing parenthesis such as `(TTXVN)` or `(tổng hợp)` removed), else null. A byline is at most
 * MAX_BYLINE_WORDS name-shaped words (each capitalised, or an all-caps name, joined by spaces,
 * `-`, `–`, `,`, `&`, `và`, `/`), with no digits and no sentence punctuation at the end.
 */
export function findByline(text: string, start: number, end: number): { start: number; end: number } | null {
  if (end - start > 80) return null;
  let s = start;
  let e = end;
  // A photo credit after the name: `Ngọc Duyên - Ảnh: Minh Khang`, `Thu Hương; ảnh: TTXVN`.
  const photo = PHOTO_TAIL.exec(lightFold(text.slice(s, e)));
  // (`Bài, ảnh: X` is one label, not a name followed by a photo credit.)
  if (photo && photo.index > 0 && !foldKey(text.slice(s, s + photo.index)).split(' ').every((w) => CREDIT_WORDS.has(w))) {
    e = s + photo.index;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  }
  // Credit label before a colon.
  const colon = indexIn(text, 0x3a, s, e);
  if (colon >= 0 && colon < e) {
    const label = foldKey(text.slice(s, colon));
    if (label === '' || !label.split(' ').every((w) => CREDIT_WORDS.has(w))) return null;
    s = colon + 1;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
  }
  // Trailing parenthesis: `(TTXVN)`, `(tổng hợp)`, `(theo Báo Nhân Dân)`.
  if (text.charCodeAt(e - 1) === 0x29) {
    const open = lastIndexIn(text, 0x28, s + 1, e - 1);
    if (open > s) {
      e = open;
      while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    }
  }
  if (e <= s) return null;
  // `Theo TTXVN`, `Nguồn: Báo Nhân Dân` credit a source, not an author.
  const firstWord = foldKey(text.slice(s, Math.min(e, s + 8))).split(' ')[0];
  if (firstWord === 'theo' || firstWord === 'nguon') return null;
  if (endsLikeSentence(text, s, e)) {
    // An initial's dot is fine (`T. Hương`), a final full stop after a word is not.
    return null;
  }
  let words = 0;
  let i = s;
  while (i < e) {
    const c = text.charCodeAt(i);
    if ((isSpace(c) && !isZeroWidth(c)) || c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x2c || c === 0x26 || c === 0x2f) {
      i++;
      continue;
    }
    let j = i;
    while (j < e) {
      const d = text.charCodeAt(j);
      if (isZeroWidth(d)) {
        j++; // inside a name (`N\u200bgọc`): part of the word
        continue;
      }
      if (isSpace(d) || d === 0x2c || d === 0x2f || d === 0x26) break;
      if (isDigit(d)) return null;
      // An apostrophe between letters is part of a name: `K'Linh`, `H’Hen Niê`.
      const apostrophe = (d === 0x27 || d === 0x2019) && j > i && j + 1 < e && isLetter(text.charCodeAt(j + 1));
      if (!isLetter(d) && d !== 0x2e && d !== 0x2d && !apostrophe) return null;
      j++;
    }
    const word = text.slice(i, j).replace(ZERO_WIDTH, '');
    if (word === '') {
      i = j;
      continue;
    }
    if (!isUpper(word.charCodeAt(0))) {
      if (foldKey(word) !== 'va') return null;
    } else {
      words++;
    }
    i = j;
  }
  if (words === 0 || words > MAX_BYLINE_WORDS) return null;
  return { start: s, end: e };
}

const MAX_BYLINE_WORDS = 8;
const ZERO_WIDTH = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
// Matched on lightFold output, which keeps one code unit per input code unit (NFD marks stay).
const PHOTO_TAIL = / ?[-\u2013\u2014,;/] ?(?:a[\u0300-\u036f]{0,3}nh|video) ?:/;

/** Lowercase base letters, one code unit per input code unit (`Ả` → `a`, `Đ` → `d`, marks kept). */
function lightFold(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    const base = ch.normalize('NFD').charAt(0).toLowerCase();
    out += base === '\u0111' || base === '\u0110' ? 'd' : base.length === 1 ? base : ch;
  }
  return out;
}

// Label words that credit the text (not only the photo): `Bài`, `Tin`, `Tác giả`, `PV`, `Nhóm PV`.
const TEXT_CREDIT = new Set(['bai', 'tin', 'tac', 'pv', 'ctv', 'nhom', 'thuc']);

/**
 * The name part of a byline that carries a text-credit label (`Bài, ảnh: Minh Khang`,
 * `Tin: PV`, `Tác giả: Thu Hương`), else null. `Ảnh: Minh Khang` alone is a photo credit, not a byline.
 */
export function findTextCredit(text: string, start: number, end: number): { start: number; end: number } | null {
  const colon = indexIn(text, 0x3a, start, Math.min(end, start + 31));
  if (colon < 0 || colon >= end || colon - start > 30) return null;
  const label = foldKey(text.slice(start, colon)).split(' ');
  if (!label.some((w) => TEXT_CREDIT.has(w))) return null;
  return findByline(text, start, end);
}

const COMBINING = /\p{M}/gu;
const PHOTO_CUE = /(?:^|[\s.(\-\u2013\u2014])anh(?: minh hoa| tu lieu)? ?:/;

/** True when the line carries a photo credit (`Ảnh: Minh Khang`, `(Ảnh: TTXVN)`, `Ảnh minh họa`). */
export function hasPhotoCue(text: string, start: number, end: number): boolean {
  const s = text
    .slice(start, Math.min(end, start + 400))
    .normalize('NFD')
    .replace(COMBINING, '')
    .toLowerCase();
  return PHOTO_CUE.test(s) || s.includes('anh minh hoa');
}

/**
 * True when `text[start, end)` is shaped like a photo caption: at most MAX_CAPTION_WORDS words,
 * not ending like a sentence (unless it carries a photo credit), starting with a capital, not a
 * list item or a heading that introduces what follows (`…:`).
 */
export function isCaptionShaped(text: string, start: number, end: number): boolean {
  const words = countWords(text, start, end);
  if (hasPhotoCue(text, start, end)) return words <= MAX_CAPTION_WORDS * 2;
  if (words < 3 || words > MAX_CAPTION_WORDS) return false;
  if (endsLikeSentence(text, start, end)) return false;
  const last = text.charCodeAt(end - 1);
  if (last === 0x3a) return false;
  return isUpper(text.charCodeAt(start)) || text.charCodeAt(start) === 0x201c || text.charCodeAt(start) === 0x22;
}

const MAX_CAPTION_WORDS = 40;

/** True when the line is shaped like a headline: 1–MAX_TITLE_WORDS words, not ending with `.`, `;` or `…`. */
export function isHeadlineShaped(text: string, start: number, end: number): boolean {
  const words = countWords(text, start, end);
  if (words === 0 || words > MAX_TITLE_WORDS) return false;
  const c = lastChar(text, start, end);
  return c !== 0x2e && c !== 0x3b && c !== 0x2026 && c !== 0x2c && c !== 0x3a;
}

const MAX_TITLE_WORDS = 45;

function lastChar(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && (text.charCodeAt(e - 1) === 0x22 || text.charCodeAt(e - 1) === 0x201d)) e--;
  return e > start ? text.charCodeAt(e - 1) : -1;
}

/** Offset of the first code unit `c` in `text[from, to)`, or -1. Bounded, unlike `indexOf`. */
function indexIn(text: string, c: number, from: number, to: number): number {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === c) return i;
  return -1;
}

/** Offset of the last code unit `c` in `text[from, to)`, or -1. Bounded, unlike `lastIndexOf`. */
function lastIndexIn(text: string, c: number, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (text.charCodeAt(i) === c) return i;
  return -1;
}
