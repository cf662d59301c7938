// Internal: the tokenizer's rules and its all-JavaScript scan. `tokenOffsets` (token-offsets.ts)
// runs this scan in browsers; under Node the WebAssembly scan (_scan-wasm.ts) handles the common
// tokens and calls `tokenAt` here for every other one, so each rule has one definition.
import { assertString } from '../_lib/validate.js';
import { C_DIGIT, C_JOIN, C_LETTER, C_MARK, C_PUNCT, C_SPACE, C_UPPER, charClasses, latinBases } from './_char-class.js';
import { isSyllableShape } from './_syllable-shape.js';

// Type codes: indexes into TOKEN_TYPES (token-types.ts). Kept as literals for the hot path.
const T_WORD = 0;
const T_NUMBER = 1;
const T_PERCENT = 2;
const T_DATE = 3;
const T_ABBR = 4;
const T_URL = 5;
const T_EMAIL = 6;
const T_PUNCT = 7;
const T_SYMBOL = 8;
const T_CODE = 9;

const WORD_CONT = C_LETTER | C_DIGIT | C_MARK;
const ALNUM = C_LETTER | C_DIGIT;

// Top-level domains accepted for bare domains (`thanhuytphcm.vn`). Short English words that are
// also TLDs (`in`, `is`, `me`, `us`) are left out on purpose: `xong.Me` is more likely a typo.
const TLDS = new Set([
  'vn', 'com', 'net', 'org', 'gov', 'edu', 'info', 'biz', 'io', 'tv', 'asia', 'int', 'uk', 'jp',
  'cn', 'kr', 'fr', 'de', 'ru', 'au', 'ca', 'eu', 'sg', 'th', 'la', 'kh', 'news', 'online', 'site',
]);

/**
 * Scan state for one call. The `*From`/`*To` pairs memoise maximal runs of one character class
 * so that a failed look-ahead (email, domain, document code) never rescans the same run from a
 * later start: every such run's end does not depend on where inside it the scan began, which keeps
 * the whole scan linear on adversarial input (`a.a.a.…`, `1/1/1/…`, `x@x@x@…`).
 */
export class Scan {
  readonly text: string;
  readonly n: number;
  readonly tab: Uint8Array;
  // Email local part: [A-Za-z0-9._%+-]+
  localFrom = -1;
  localTo = -1;
  // Domain-ish run: [A-Za-z0-9.-]+, with the last '.' and the last '..' inside it.
  domFrom = -1;
  domTo = -1;
  domTrim = -1;
  domLastDot = -1;
  domLastDoubleDot = -1;
  // Result of the domain check after one '@'.
  atPos = -1;
  atEnd = -1;
  // Code chain: alnum (('-'|'/') alnum)*, with the last separator, digit and capital in it.
  codeFrom = -1;
  codeTo = -1;
  codeLastSep = -1;
  codeLastDigit = -1;
  codeLastUpper = -1;

  constructor(text: string, tab: Uint8Array) {
    this.text = text;
    this.n = text.length;
    this.tab = tab;
  }

  at(p: number): number {
    return p < this.n ? this.text.charCodeAt(p) : -1;
  }

  cls(p: number): number {
    return p < this.n ? this.tab[this.text.charCodeAt(p)] : 0;
  }

  localEnd(i: number): number {
    if (i >= this.localFrom && i < this.localTo) return this.localTo;
    let p = i;
    while (p < this.n && isLocalChar(this.text.charCodeAt(p))) p++;
    this.localFrom = i;
    this.localTo = p;
    return p;
  }

  /**
   * Caches the maximal run of [A-Za-z0-9.-] from i, its end with trailing '.'/'-' trimmed
   * (`domTrim`), the last '.' before that end, and the last '..' in it.
   */
  domainRun(i: number): void {
    if (i >= this.domFrom && i < this.domTo) return;
    const { text, n } = this;
    let p = i;
    let lastDouble = -1;
    while (p < n) {
      const c = text.charCodeAt(p);
      if (c === 0x2e) {
        if (p > i && text.charCodeAt(p - 1) === 0x2e) lastDouble = p;
      } else if (!(isAsciiAlnum(c) || c === 0x2d)) break;
      p++;
    }
    let q = p;
    while (q > i && (text.charCodeAt(q - 1) === 0x2e || text.charCodeAt(q - 1) === 0x2d)) q--;
    let dot = q - 1;
    while (dot >= i && text.charCodeAt(dot) !== 0x2e) dot--;
    this.domFrom = i;
    this.domTo = p;
    this.domTrim = q;
    this.domLastDot = dot;
    this.domLastDoubleDot = lastDouble;
  }

  /**
   * End of a valid domain name starting at `i` (labels joined by '.', at least two, last one a
   * known TLD when `tldOnly`, else any 2+ letters), or -1.
   */
  domainEnd(i: number, tldOnly: boolean): number {
    this.domainRun(i);
    const q = this.domTrim;
    const dot = this.domLastDot;
    if (q <= i || dot <= i) return -1;
    // A run cut short by a non-ASCII letter or a combining mark (`ca` + U+0301 in NFD `cán`) is
    // not a name.
    if (q === this.domTo && this.cls(q) & WORD_CONT) return -1;
    if (this.domLastDoubleDot >= i && this.domLastDoubleDot < q) return -1;
    const labelLen = q - dot - 1;
    if (labelLen < 2) return -1;
    if (tldOnly) {
      if (labelLen > 6) return -1;
      if (!TLDS.has(this.text.slice(dot + 1, q).toLowerCase())) return -1;
    } else {
      if (labelLen > 24) return -1;
      for (let p = dot + 1; p < q; p++) if (!isAsciiLetter(this.text.charCodeAt(p))) return -1;
    }
    return q;
  }

  /** End of an email starting at `i`, or -1. */
  email(i: number): number {
    const le = this.localEnd(i);
    if (le === i || this.at(le) !== 0x40) return -1;
    if (this.atPos !== le) {
      this.atPos = le;
      this.atEnd = isAsciiAlnum(this.at(le + 1)) ? this.domainEnd(le + 1, false) : -1;
    }
    return this.atEnd;
  }

  /** End of a document code / identifier starting at `i` (`05-CT/TW`, `COVID-19`), or -1. */
  code(i: number): number {
    if (!(i >= this.codeFrom && i < this.codeTo)) {
      let p = i;
      let lastSep = -1;
      let lastDigit = -1;
      let lastUpper = -1;
      const { text, n, tab } = this;
      while (p < n) {
        const f = tab[text.charCodeAt(p)];
        if (f & WORD_CONT) {
          if (f & C_DIGIT) lastDigit = p;
          else if (f & C_UPPER) lastUpper = p;
          p++;
          continue;
        }
        const c = text.charCodeAt(p);
        if ((c === 0x2d || c === 0x2f) && p + 1 < n && tab[text.charCodeAt(p + 1)] & ALNUM) {
          lastSep = p;
          p++;
          continue;
        }
        break;
      }
      this.codeFrom = i;
      this.codeTo = p;
      this.codeLastSep = lastSep;
      this.codeLastDigit = lastDigit;
      this.codeLastUpper = lastUpper;
    }
    if (this.codeLastSep > i && this.codeLastDigit >= i && this.codeLastUpper >= i) return this.codeTo;
    return -1;
  }

  /** URL tail from `p` to the first space or quote, minus trailing sentence punctuation. */
  urlRest(start: number, p: number): number {
    const { text, n, tab } = this;
    let open = 0;
    let close = 0;
    let openSq = 0;
    let closeSq = 0;
    while (p < n) {
      const c = text.charCodeAt(p);
      if (c < 0x80) {
        if (c <= 0x20 || c === 0x22 || c === 0x3c || c === 0x3e || c === 0x60 || c === 0x7b || c === 0x7d || c === 0x7c || c === 0x5c || c === 0x5e || c === 0x7f) break;
        if (c === 0x28) open++;
        else if (c === 0x29) close++;
        else if (c === 0x5b) openSq++;
        else if (c === 0x5d) closeSq++;
      } else if (!(tab[c] & WORD_CONT)) break;
      p++;
    }
    while (p > start) {
      const c = text.charCodeAt(p - 1);
      if (c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x27 || c === 0x2a) p--;
      else if (c === 0x29 && close > open) {
        close--;
        p--;
      } else if (c === 0x5d && closeSq > openSq) {
        closeSq--;
        p--;
      } else break;
    }
    return p;
  }
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c < 0xdc00;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c < 0xe000;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}

function isLocalChar(c: number): boolean {
  return isAsciiAlnum(c) || c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2b || c === 0x2d;
}

function lower(c: number): number {
  return c >= 0x41 && c <= 0x5a ? c + 32 : c;
}

/** True when text[i, j) is `http`, `https` or `ftp` (any case) followed by `://` and something. */
function isScheme(s: Scan, i: number, j: number): boolean {
  const len = j - i;
  if (len < 3 || len > 5) return false;
  if (s.at(j + 1) !== 0x2f || s.at(j + 2) !== 0x2f || !(s.cls(j + 3) & WORD_CONT)) return false;
  const t = s.text;
  if (len === 3) return lower(t.charCodeAt(i)) === 0x66 && lower(t.charCodeAt(i + 1)) === 0x74 && lower(t.charCodeAt(i + 2)) === 0x70;
  const http =
    lower(t.charCodeAt(i)) === 0x68 &&
    lower(t.charCodeAt(i + 1)) === 0x74 &&
    lower(t.charCodeAt(i + 2)) === 0x74 &&
    lower(t.charCodeAt(i + 3)) === 0x70;
  return http && (len === 4 || lower(t.charCodeAt(i + 4)) === 0x73);
}

/** Letters in text[s, e) not counting marks, and whether any is a capital. */
function letterCount(s: Scan, a: number, e: number): number {
  let count = 0;
  for (let p = a; p < e; p++) if (!(s.tab[s.text.charCodeAt(p)] & C_MARK)) count++;
  return count;
}

/**
 * True when text[a, e) (letters and marks) can be one part of a dotted abbreviation: a single
 * letter (`v`, `N`), or a run with a capital that is not a syllable (`TP`, `HCM`, `Th`, `PGS`).
 */
function isAbbrPart(s: Scan, a: number, e: number): boolean {
  let letters = 0;
  let upper = false;
  for (let p = a; p < e; p++) {
    const f = s.tab[s.text.charCodeAt(p)];
    if (f & C_MARK) continue;
    if (!(f & C_LETTER)) return false;
    letters++;
    if (f & C_UPPER) upper = true;
  }
  if (letters === 1) return true;
  return upper && !isSyllableShape(s.text, a, e);
}

/** End of a letters-and-marks run from p. */
function letterRun(s: Scan, p: number): number {
  const { text, n, tab } = s;
  while (p < n && tab[text.charCodeAt(p)] & (C_LETTER | C_MARK)) p++;
  return p;
}

/** End of a digit run from p, scanning at most `max` + 1 digits (enough to reject). */
function digitRun(s: Scan, p: number, max: number): number {
  const limit = Math.min(s.n, p + max + 1);
  while (p < limit && s.tab[s.text.charCodeAt(p)] & C_DIGIT) p++;
  return p;
}

function readInt(s: Scan, a: number, e: number): number {
  let v = 0;
  for (let p = a; p < e; p++) v = v * 10 + (s.text.charCodeAt(p) - 0x30);
  return v;
}

function daysInMonth(m: number, y: number): number {
  if (m === 2) return y < 0 || (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/**
 * End of a date starting with the digit run text[i, j), or -1. Forms: d/m, d/m/yy, d/m/yyyy,
 * m/yyyy, d-m-yyyy, m-yyyy, d.m.yyyy. Day and month are range-checked. The date must not run on
 * into a longer identifier (`1/8/2014/QĐ`) or number.
 */
function dateEnd(s: Scan, i: number, j: number): number {
  const sep = s.at(j);
  const d1 = j - i;
  if (d1 > 2) return -1;
  // Not the tail of a longer numeric chain (`2/2021` inside `29/2/2021`, which is invalid).
  if (i >= 2) {
    const prev = s.text.charCodeAt(i - 1);
    if (prev === sep && s.tab[s.text.charCodeAt(i - 2)] & C_DIGIT) return -1;
  }
  const a = readInt(s, i, j);
  const k = digitRun(s, j + 1, 4);
  const d2 = k - j - 1;
  if (d2 < 1) return -1;
  const b = readInt(s, j + 1, k);
  let end = -1;
  if (d2 <= 2 && s.at(k) === sep && s.cls(k + 1) & C_DIGIT) {
    const l = digitRun(s, k + 1, 4);
    const d3 = l - k - 1;
    if (d3 === 4 || (d3 === 2 && sep === 0x2f)) {
      const y = readInt(s, k + 1, l);
      const year = d3 === 4 ? y : -1;
      if ((d3 === 2 || (y >= 1000 && y <= 2999)) && b >= 1 && b <= 12 && a >= 1 && a <= daysInMonth(b, year)) end = l;
    }
    if (end === -1) return -1; // `1/8/201`, `18.6.20`: not a date, and not d/m either
  } else if (d2 === 4) {
    if (sep === 0x2e) return -1;
    const y = b;
    if (a >= 1 && a <= 12 && y >= 1000 && y <= 2999) end = k;
  } else if (d2 <= 2 && sep === 0x2f) {
    if (b >= 1 && b <= 12 && a >= 1 && a <= daysInMonth(b, -1)) end = k;
  }
  if (end === -1) return -1;
  // What follows must not continue the token.
  const f = s.cls(end);
  if (f & (ALNUM | C_MARK)) return -1;
  const c = s.at(end);
  if ((c === 0x2f || c === sep) && s.cls(end + 1) & ALNUM) return -1;
  if ((c === 0x2e || c === 0x2c) && s.cls(end + 1) & C_DIGIT) return -1;
  return end;
}

/** End of a number whose first digit run is text[i, j): digits with '.' or ',' groups. */
function numberEnd(s: Scan, j: number): number {
  const { text, n, tab } = s;
  let p = j;
  while (p + 1 < n) {
    const c = text.charCodeAt(p);
    if ((c === 0x2e || c === 0x2c) && tab[text.charCodeAt(p + 1)] & C_DIGIT) {
      p += 2;
      while (p < n && tab[text.charCodeAt(p)] & C_DIGIT) p++;
    } else break;
  }
  return p;
}

// Result slot for the slow paths (avoids allocating a pair per token).
let resultType = 0;

/** The type code of the token `tokenAt` (or a rule) found last. */
export function lastTokenType(): number {
  return resultType;
}

/** Roman quarter before a year: `III/2021` in `quý III/2021`. */
function isRomanQuarter(s: Scan, i: number, j: number): boolean {
  const t = s.text;
  const len = j - i;
  if (len < 1 || len > 3) return false;
  for (let p = i; p < j; p++) {
    const c = t.charCodeAt(p);
    if (c !== 0x49 && c !== 0x56) return false;
  }
  const r = t.slice(i, j);
  return r === 'I' || r === 'II' || r === 'III' || r === 'IV';
}

/**
 * Slow path for a token that starts with a letter at `i` whose plain word scan stopped at `j`
 * on a character that can join a longer token ('.', '@', '-', '/', ':', '_', '+', '%', '\'').
 * Returns the end and sets resultType.
 */
function letterSlow(s: Scan, i: number, j: number): number {
  // Join across an apostrophe between letters (`M'Nông`, `don't`).
  let t = s.at(j);
  while ((t === 0x27 || t === 0x2019) && s.cls(j + 1) & C_LETTER) {
    j += 2;
    while (j < s.n && s.tab[s.text.charCodeAt(j)] & WORD_CONT) j++;
    t = s.at(j);
  }
  const c0 = s.text.charCodeAt(i);
  if (t === 0x3a && isScheme(s, i, j)) {
    resultType = T_URL;
    return s.urlRest(i, j + 3);
  }
  if (isAsciiAlnum(c0)) {
    const em = s.email(i);
    if (em > 0) {
      resultType = T_EMAIL;
      return em;
    }
    if (t === 0x2e || t === 0x2d) {
      const q = s.domainEnd(i, true);
      if (q >= j) {
        resultType = T_URL;
        const c = s.at(q);
        if (c === 0x2f || c === 0x3f || c === 0x23 || (c === 0x3a && s.cls(q + 1) & C_DIGIT)) return s.urlRest(i, q);
        return q;
      }
    }
    if (t === 0x2e && j - i === 3 && (c0 | 0x20) === 0x77 && (s.at(i + 1) | 0x20) === 0x77 && (s.at(i + 2) | 0x20) === 0x77 && s.cls(j + 1) & ALNUM) {
      resultType = T_URL;
      return s.urlRest(i, j + 1);
    }
  }
  if (t === 0x2f && s.cls(j + 1) & C_DIGIT && isRomanQuarter(s, i, j)) {
    const k = digitRun(s, j + 1, 4);
    if (k - j - 1 === 4 && !(s.cls(k) & (ALNUM | C_MARK))) {
      resultType = T_DATE;
      return k;
    }
  }
  if (t === 0x2d || t === 0x2f) {
    const q = s.code(i);
    if (q > 0) {
      resultType = T_CODE;
      return q;
    }
  }
  // Slash abbreviations of single letters: `đ/c`, `v/v`, `k/g`.
  if (t === 0x2f && letterCount(s, i, j) === 1 && s.cls(j + 1) & C_LETTER) {
    const k = letterRun(s, j + 1);
    if (letterCount(s, j + 1, k) <= 2 && !(s.cls(k) & ALNUM) && !(s.at(k) === 0x2f && s.cls(k + 1) & ALNUM)) {
      resultType = T_ABBR;
      return k;
    }
  }
  // Dotted chains: TP.HCM, PGS.TS, Th.S, v.v., N.V.A.
  if (t === 0x2e && s.cls(j + 1) & C_LETTER && letterRun(s, i) === j && isAbbrPart(s, i, j)) {
    let end = j;
    let parts = 1;
    let lastSingle = letterCount(s, i, j) === 1;
    let p = j;
    while (s.at(p) === 0x2e && s.cls(p + 1) & C_LETTER) {
      const k = letterRun(s, p + 1);
      if (s.cls(k) & C_DIGIT || !isAbbrPart(s, p + 1, k)) break;
      parts++;
      lastSingle = letterCount(s, p + 1, k) === 1;
      end = k;
      p = k;
    }
    if (parts >= 2) {
      if (lastSingle && s.at(end) === 0x2e) end++;
      resultType = T_ABBR;
      return end;
    }
  }
  resultType = classifyWord(s, i, j, countUpper(s, i, j));
  return j;
}

function countUpper(s: Scan, i: number, j: number): number {
  let upper = 0;
  for (let p = i; p < j; p++) if (s.tab[s.text.charCodeAt(p)] & C_UPPER) upper++;
  return upper;
}

/** `word`, or `abbr` for a run with two or more capitals that is not a syllable (`UBND`, `ThS`). */
function classifyWord(s: Scan, i: number, j: number, upper: number): number {
  if (upper < 2) return T_WORD;
  let letters = 0;
  for (let p = i; p < j; p++) {
    const f = s.tab[s.text.charCodeAt(p)];
    if (f & C_DIGIT) return T_WORD;
    if (f & C_LETTER) letters++;
  }
  // At least half capitals (`UBND`, `ThS`, `TpHCM`), so `hasOwnProperty` and `PowerPoint` stay words.
  if (upper * 2 < letters) return T_WORD;
  return isSyllableShape(s.text, i, j) ? T_WORD : T_ABBR;
}

/** Slow path for a token starting with an ASCII digit at i, digit run ending at j. */
function digitSlow(s: Scan, i: number, j: number): number {
  const t = s.at(j);
  if (t === 0x40 || ((t === 0x2e || t === 0x5f || t === 0x2b || t === 0x2d || t === 0x25) && isLocalChar(s.at(j + 1)))) {
    const em = s.email(i);
    if (em > 0) {
      resultType = T_EMAIL;
      return em;
    }
  }
  if (t === 0x2d || t === 0x2f) {
    const q = s.code(i);
    if (q > 0) {
      resultType = T_CODE;
      return q;
    }
  }
  if ((t === 0x2f || t === 0x2d || t === 0x2e) && s.cls(j + 1) & C_DIGIT) {
    const q = dateEnd(s, i, j);
    if (q > 0) {
      resultType = T_DATE;
      return q;
    }
  }
  return numberTail(s, j);
}

/** Number from the end of its first digit run, plus a following '%' (directly, or after one space). */
function numberTail(s: Scan, j: number): number {
  const q = numberEnd(s, j);
  if (s.at(q) === 0x25) {
    resultType = T_PERCENT;
    return q + 1;
  }
  const p = spacedPercentEnd(s.text, q);
  resultType = p > 0 ? T_PERCENT : T_NUMBER;
  return p > 0 ? p : q;
}

/**
 * End of `%` written after one space, no-break space or narrow no-break space right after a
 * number (`12,5 %`, `95\u00a0%`: French-style typography, common in CMS text), else -1.
 */
export function spacedPercentEnd(text: string, q: number): number {
  if (q + 1 >= text.length || text.charCodeAt(q + 1) !== 0x25) return -1;
  const c = text.charCodeAt(q);
  return c === 0x20 || c === 0xa0 || c === 0x202f ? q + 2 : -1;
}

/** A number after the sign at i (`-3`, `+5%`); sets resultType. */
function signedNumber(s: Scan, i: number): number {
  let j = i + 2;
  while (j < s.n && s.tab[s.text.charCodeAt(j)] & C_DIGIT) j++;
  return numberTail(s, j);
}

/** Can '+', '-' or '−' at i be a sign? Only after a space, the start, or an opening bracket/quote. */
function signAllowed(s: Scan, i: number): boolean {
  if (i === 0) return true;
  const p = s.text.charCodeAt(i - 1);
  if (s.tab[p] & C_SPACE) return true;
  return p === 0x28 || p === 0x5b || p === 0x7b || p === 0x22 || p === 0x201c || p === 0x2018 || p === 0x3a || p === 0x3d || p === 0x3b;
}

/** Emoji and other astral symbols with their modifiers, ZWJ sequences and flag pairs. */
function astralSymbolEnd(s: Scan, i: number, cp: number): number {
  let p = i + 2;
  const regional = cp >= 0x1f1e6 && cp <= 0x1f1ff;
  let first = true;
  while (p < s.n) {
    const c = s.text.charCodeAt(p);
    if (c === 0x200d || c === 0xfe0f || c === 0xfe0e || c === 0x20e3) {
      // ZWJ joins the next pictograph; VS15/16 and the keycap mark stay with this one.
      if (c === 0x200d && isHigh(s.at(p + 1)) && isLow(s.at(p + 2))) p += 3;
      else p++;
      continue;
    }
    if (isHigh(c) && isLow(s.at(p + 1))) {
      const next = s.text.codePointAt(p) as number;
      const modifier = (next >= 0x1f3fb && next <= 0x1f3ff) || (next >= 0xe0020 && next <= 0xe007f);
      const flag = regional && first && next >= 0x1f1e6 && next <= 0x1f1ff;
      if (modifier || flag) {
        p += 2;
        first = false;
        continue;
      }
    }
    break;
  }
  return p;
}

export function grow(out: Uint32Array<ArrayBuffer>): Uint32Array<ArrayBuffer> {
  const bigger = new Uint32Array(out.length * 2);
  bigger.set(out);
  return bigger;
}

/**
 * The token that starts at `i` (not whitespace), by every rule: returns its end and sets
 * resultType. The JS scan below inlines the common case (a plain word) and comes here for the
 * rest; the WebAssembly scan comes here for every token it leaves to JavaScript, so both scans
 * share one definition of each rule.
 */
export function tokenAt(s: Scan, i: number): number {
  const { text, n, tab } = s;
  const c = text.charCodeAt(i);
  const f = tab[c];
  let e: number;
  let type: number;
  if (f & C_LETTER) {
    let upper = f & C_UPPER;
    let j = i + 1;
    let g = 0;
    while (j < n) {
      g = tab[text.charCodeAt(j)];
      if ((g & WORD_CONT) === 0) break;
      upper += g & C_UPPER;
      j++;
    }
    // A joiner followed by something it could join (`TP.HCM`, `a@b`, `05-CT`, `http://`).
    if (j + 1 < n && g & C_JOIN && tab[text.charCodeAt(j + 1)] & (ALNUM | C_JOIN)) {
      e = letterSlow(s, i, j);
      type = resultType;
    } else {
      // The run already holds every mark after it: no absorption needed.
      resultType = upper < 4 ? T_WORD : classifyWord(s, i, j, upper >> 1);
      return j;
    }
  } else if (f & C_PUNCT) {
    if (c === 0x2e) {
      e = i + 1;
      while (e < n && text.charCodeAt(e) === 0x2e) e++;
      type = T_PUNCT;
    } else if (c === 0x2d && i + 1 < n && tab[text.charCodeAt(i + 1)] & C_DIGIT && signAllowed(s, i)) {
      e = signedNumber(s, i);
      type = resultType;
    } else {
      e = i + 1;
      type = T_PUNCT;
    }
  } else if (f & C_DIGIT) {
    let j = i + 1;
    let g = 0;
    while (j < n) {
      g = tab[text.charCodeAt(j)];
      if ((g & C_DIGIT) === 0) break;
      j++;
    }
    if (j < n && (g & C_JOIN || text.charCodeAt(j) === 0x2c) && (text.charCodeAt(j) === 0x25 || (j + 1 < n && tab[text.charCodeAt(j + 1)] & (ALNUM | C_JOIN)))) {
      e = digitSlow(s, i, j);
      type = resultType;
    } else {
      const p = spacedPercentEnd(text, j);
      e = p > 0 ? p : j;
      type = p > 0 ? T_PERCENT : T_NUMBER;
    }
  } else if ((c === 0x2b || c === 0x2212) && i + 1 < n && tab[text.charCodeAt(i + 1)] & C_DIGIT && signAllowed(s, i)) {
    e = signedNumber(s, i);
    type = resultType;
  } else if (isHigh(c) && i + 1 < n && isLow(text.charCodeAt(i + 1))) {
    const cp = text.codePointAt(i) as number;
    if ((cp >= 0x1f000 && cp < 0x20000) || cp >= 0xe0000) {
      e = astralSymbolEnd(s, i, cp);
      type = T_SYMBOL;
    } else {
      // Astral letters and marks (CJK extensions, historic scripts): a word; consecutive ones
      // stay together so that NFD pairs such as U+11099 U+110BA match their NFC U+1109A.
      e = i + 2;
      while (e + 1 < n && isHigh(text.charCodeAt(e)) && isLow(text.charCodeAt(e + 1))) {
        const next = text.codePointAt(e) as number;
        if ((next >= 0x1f000 && next < 0x20000) || next >= 0xe0000) break;
        e += 2;
      }
      type = T_WORD;
    }
  } else {
    // Symbols, lone surrogates, and combining marks with nothing before them: one unit each,
    // except that a run of marks stays together.
    e = i + 1;
    type = T_SYMBOL;
  }
  // Combining marks stick to the token they follow (NFD text, stray accents after punctuation).
  while (e < n && tab[text.charCodeAt(e)] & C_MARK) e++;
  resultType = type;
  return e;
}

/** The scan in JavaScript: everywhere WebAssembly is not used (see token-offsets.ts). */
export function tokenOffsetsJs(text: string): Uint32Array {
  const n = text.length;
  if (n === 0) return new Uint32Array(0);
  const tab = charClasses();
  const s = new Scan(text, tab);
  let out = new Uint32Array(3 * ((n >> 2) + 16));
  let k = 0;
  let i = 0;
  let cap = out.length;
  while (i < n) {
    const f = tab[text.charCodeAt(i)];
    if (f & C_SPACE) {
      i++;
      continue;
    }
    if (k + 3 > cap) {
      out = grow(out);
      cap = out.length;
    }
    if (f & C_LETTER) {
      // Hot path, inlined for speed: a plain word (tokenAt's first case without its rules; calling
      // tokenAt for every token instead measured 0.79x, bench:ab). A run of letters, digits and
      // marks, counting capitals (C_UPPER is 2: `upper` is twice the count).
      let upper = f & C_UPPER;
      let j = i + 1;
      let g = 0;
      while (j < n) {
        g = tab[text.charCodeAt(j)];
        if ((g & WORD_CONT) === 0) break;
        upper += g & C_UPPER;
        j++;
      }
      // A word before `. ` or `, ` stays here; a joiner that can join goes to the rules.
      if (!(j + 1 < n && g & C_JOIN && tab[text.charCodeAt(j + 1)] & (ALNUM | C_JOIN))) {
        out[k] = i;
        out[k + 1] = j;
        out[k + 2] = upper < 4 ? T_WORD : classifyWord(s, i, j, upper >> 1);
        k += 3;
        // `g` is the class of text[j]: step over one whitespace unit without another load.
        i = g & C_SPACE ? j + 1 : j;
        continue;
      }
    }
    const e = tokenAt(s, i);
    out[k] = i;
    out[k + 1] = e;
    out[k + 2] = resultType;
    k += 3;
    i = e;
  }
  // A view when the buffer is nearly full (no copy into fresh memory, which costs page faults on
  // large inputs), else an exact copy so a small result does not pin a large buffer.
  return k >= cap - (cap >> 2) ? out.subarray(0, k) : out.slice(0, k);
}
