import { assertString } from '../_lib/validate.js';
import { C_LETTER, C_UPPER, charClasses } from './_char-class.js';
import { tokenOffsets } from './token-offsets.js';

/** A sentence: `text === input.slice(start, end)`, trimmed of surrounding whitespace. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

const T_ABBR = 4;
const T_PUNCT = 7;
const T_WORD = 0;

// Words that, followed by '.', abbreviate a title or place type and go on to a name:
// `TP. Hồ Chí Minh`, `TS. Nguyễn`, `Q. Bình Thạnh`, `tr. 5`. Compared lowercased, dots removed.
const NON_FINAL = new Set([
  'tp', 'ts', 'gs', 'pgs', 'ths', 'bs', 'bsck', 'ks', 'ls', 'ncs', 'cn', 'th', 'st', 'mr', 'mrs', 'ms',
  'dr', 'prof', 'q', 'p', 'tt', 'tx', 'h', 'x', 'tr', 'vs', 'no', 'đ', 'ng', 'ths', 'tsks', 'gsts', 'pgsts',
]);

function isTerminatorPunct(text: string, s: number, e: number): boolean {
  const c = text.charCodeAt(s);
  if (c === 0x2e) return true; // '.', '...'
  if (e - s !== 1) return false;
  return c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x203c || c === 0x2047 || c === 0x2048 || c === 0x2049;
}

function isCloser(c: number): boolean {
  return (
    c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d || c === 0x7d || c === 0x201d || c === 0x2019 ||
    c === 0xbb || c === 0x203a || c === 0x300d || c === 0x300f
  );
}

/** Continuation marks: a line ending in one of these runs on into the next line. */
function isContinuation(c: number): boolean {
  return c === 0x2c || c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x28 || c === 0x5b || c === 0x201c || c === 0x2018 || c === 0x26 || c === 0x2f;
}

/**
 * Splits text into sentences. Rules, in order:
 * 1. A blank line (two or more line breaks, or U+2029) always ends a sentence: paragraphs.
 * 2. `.`, `!`, `?`, `…` and `...` end a sentence, together with closing quotes and brackets right
 *    after them (`."`, `!”`, `?)`), when what follows is a line break, or whitespace and then
 *    anything but a lowercase letter. Not after title or place abbreviations (`TP. Hồ Chí Minh`, `TS.`, `ThS.`,
 *    `Q.`, `P.`) or inside a chain of initials (`N. V. A.`); never when the next token touches the
 *    mark (`Q.10`). Decimals (`95,5`, `3.14`), dotted abbreviations (`TP.HCM`, `Th.S`) and dates are
 *    single tokens, so their dots never split; an abbreviation ending in a dot (`v.v.`, `N.V.A.`)
 *    ends a sentence only when a capitalised word follows.
 *    The '.' of a list marker opening a sentence (`1.`, `a.`, `II.`) does not end it.
 * 3. A source tag opening a paragraph, a bracketed name then a spaced dash (`(Chinhphu.vn) -`,
 *    `(HNM) –`), is its own sentence, as news sites print it before the lead.
 * 4. A single line break ends a sentence when the line has no final punctuation — a headline,
 *    dateline, caption or byline — unless the next line starts with a lowercase letter or the line
 *    ends in `,` `-` `–` `(` and the like: that is a soft wrap inside one sentence.
 *
 * @param text - Any string; it is never modified.
 * @returns Sentences in order, `{ text, start, end }` with UTF-16 offsets into `text`, trimmed of
 *   whitespace; `[]` for `''` or whitespace only.
 * @throws {TypeError} If `text` is not a string.
 * @example
 * ```ts
 * splitSentences('Tin mới\nÔng N.V.A. đến TP. Hồ Chí Minh lúc 8 giờ. Tỷ lệ đạt 95,5%.');
 * // [{ text: 'Tin mới', start: 0, end: 7 },
 * //  { text: 'Ông N.V.A. đến TP. Hồ Chí Minh lúc 8 giờ.', start: 8, end: 49 },
 * //  { text: 'Tỷ lệ đạt 95,5%.', start: 50, end: 66 }]
 * ```
 */
export function splitSentences(text: string): Sentence[] {
  assertString(text, 'splitSentences');
  const o = tokenOffsets(text);
  const count = o.length / 3;
  const out: Sentence[] = [];
  if (count === 0) return out;
  const tab = charClasses();
  let sentStart = o[0];
  let sentFirst = 0; // index of the sentence's first token
  // True while the current token closes a sentence if a suitable token follows.
  let terminal = false;
  for (let t = 0; t < count; t++) {
    const s = o[3 * t];
    const e = o[3 * t + 1];
    const type = o[3 * t + 2];
    const c0 = text.charCodeAt(s);
    if (type === T_PUNCT && isTerminatorPunct(text, s, e)) {
      // A '.' after a title abbreviation or a lone initial is not a terminator by itself, nor is
      // the '.' of a list marker opening the sentence (`1.`, `a.`, `II.`).
      terminal = !(
        c0 === 0x2e &&
        e - s === 1 &&
        t > 0 &&
        o[3 * t - 2] === s &&
        (isNonFinalBefore(text, o, t, count, tab) || (t - 1 === sentFirst && isListMarker(text, o[3 * t - 3], s, o[3 * t - 1])))
      );
    } else if (terminal && type === T_PUNCT && isCloser(c0) && o[3 * t - 2] === s) {
      // closing quote or bracket glued to the terminator: stays terminal
    } else if (type === T_ABBR && text.charCodeAt(e - 1) === 0x2e) {
      const key = text.slice(s, e).replaceAll('.', '').toLowerCase();
      terminal = !NON_FINAL.has(key);
    } else {
      terminal = false;
    }
    if (t === count - 1) break;
    const ns = o[3 * t + 3];
    const breaks = lineBreaks(text, e, ns);
    let boundary = false;
    if (breaks >= 2) boundary = true;
    else if (ns === e) boundary = false; // touching tokens never split (`Q.10`, `xong.Tiếp`)
    else if (t - sentFirst <= MAX_TAG_TOKENS && isSourceTagDash(text, o, t, sentFirst)) boundary = true;
    else if (terminal) {
      const n0 = text.charCodeAt(ns);
      if (type === T_ABBR) boundary = (tab[n0] & C_UPPER) !== 0;
      // Sentence punctuation at the end of a line ends the sentence whatever follows (`a. …` list).
      else boundary = breaks === 1 || !isLowercase(n0, tab);
    } else if (breaks === 1) {
      const last = text.charCodeAt(e - 1);
      boundary = !isContinuation(last) && !isLowercase(text.charCodeAt(ns), tab);
    }
    if (boundary) {
      out.push({ text: text.slice(sentStart, e), start: sentStart, end: e });
      sentStart = ns;
      sentFirst = t + 1;
      terminal = false;
    }
  }
  const end = o[o.length - 2];
  out.push({ text: text.slice(sentStart, end), start: sentStart, end });
  return out;
}

const T_NUMBER = 1;

/** `1`, `12`, `a`, `b`, `II`, `IV`: a list marker when it opens a sentence and a '.' follows. */
function isListMarker(text: string, s: number, e: number, type: number): boolean {
  if (type === T_NUMBER) return e - s <= 3;
  if (e - s === 1) return (text.charCodeAt(s) | 0x20) >= 0x61 && (text.charCodeAt(s) | 0x20) <= 0x7a;
  if (e - s > 4) return false;
  for (let p = s; p < e; p++) {
    const c = text.charCodeAt(p);
    if (c !== 0x49 && c !== 0x56 && c !== 0x58) return false;
  }
  return true;
}

const MAX_TAG_TOKENS = 12;

/** Is token t a spaced dash right after a bracketed group that opens the sentence at token `first`? */
function isSourceTagDash(text: string, o: Uint32Array, t: number, first: number): boolean {
  if (t < first + 2) return false;
  const s = o[3 * t];
  const e = o[3 * t + 1];
  if (e - s !== 1 || o[3 * t + 2] !== T_PUNCT) return false;
  const c = text.charCodeAt(s);
  if (c !== 0x2d && c !== 0x2013 && c !== 0x2014) return false;
  if (text.charCodeAt(o[3 * first]) !== 0x28 || text.charCodeAt(o[3 * t - 3]) !== 0x29) return false;
  if (o[3 * t - 2] === s || (3 * t + 3 < o.length && o[3 * t + 3] === e)) return false; // spaced dash only
  // The only ')' closing at depth 0 is the one before the dash.
  let depth = 0;
  for (let k = first; k < t; k++) {
    const ch = text.charCodeAt(o[3 * k]);
    if (ch === 0x28) depth++;
    else if (ch === 0x29 && --depth === 0 && k !== t - 1) return false;
  }
  return depth === 0;
}

function isLowercase(c: number, tab: Uint8Array): boolean {
  const f = tab[c];
  if (!(f & C_LETTER) || f & C_UPPER) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toUpperCase();
}

/**
 * Is the '.' token t preceded (touching) by a title/place abbreviation (`TP`, `TS`, `Q`) or by a
 * single capital that continues a chain of initials (`N. V. A.`)?
 */
function isNonFinalBefore(text: string, o: Uint32Array, t: number, count: number, tab: Uint8Array): boolean {
  const ps = o[3 * t - 3];
  const pe = o[3 * t - 2];
  const ptype = o[3 * t - 1];
  if (ptype !== T_WORD && ptype !== T_ABBR) return false;
  if (pe - ps <= 5 && NON_FINAL.has(text.slice(ps, pe).replaceAll('.', '').toLowerCase())) return true;
  // A single capital letter (with its marks): an initial. It continues when the next token is
  // another initial followed by '.'.
  if (tab[text.charCodeAt(ps)] & C_UPPER && isSingleLetter(text, ps, pe, tab) && t + 2 < count) {
    const ns = o[3 * t + 3];
    const ne = o[3 * t + 4];
    return tab[text.charCodeAt(ns)] & C_UPPER && isSingleLetter(text, ns, ne, tab) && text.charCodeAt(ne) === 0x2e ? true : false;
  }
  return false;
}

function isSingleLetter(text: string, s: number, e: number, tab: Uint8Array): boolean {
  for (let p = s + 1; p < e; p++) if (tab[text.charCodeAt(p)] & C_LETTER) return false;
  return true;
}

/** Line breaks in the whitespace text[a, b): CRLF counts once, U+2029 counts as a paragraph. */
function lineBreaks(text: string, a: number, b: number): number {
  let n = 0;
  for (let p = a; p < b; p++) {
    const c = text.charCodeAt(p);
    if (c === 0x0a) n++;
    else if (c === 0x0d) {
      n++;
      if (p + 1 < b && text.charCodeAt(p + 1) === 0x0a) p++;
    } else if (c === 0x2028 || c === 0x0b || c === 0x0c || c === 0x85) n++;
    else if (c === 0x2029) n += 2;
    if (n >= 2) return n;
  }
  return n;
}
