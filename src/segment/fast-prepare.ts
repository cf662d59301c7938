/**
 * Internal: the runtime's token preparation, fused into one pass over the tokenizer's triples.
 * Same output as `preTokenize` (pre-tokenize.ts: line-break, glued and letters-only flags) followed
 * by engine.ts `fillTokens` (ids, key ids, shapes) and `prepareGaps` (forced splits, ALL-CAPS runs
 * and Title Case headlines as lower case) — tests/segment/engine.test.ts checks that on the corpus,
 * UD VTB dev and random strings. It also lists the glued one-character `.`/`-` tokens, so the
 * initial and hyphen rules run only there. Kept out of pre-tokenize.ts and engine.ts, which
 * define what the model was trained on (they are part of its sources hash).
 */
import { tokenOffsets } from '../tokenize/token-offsets.js';
import { CAP_LOWER, CAP_MIXED, CAP_NUM, CAP_PUNCT, CAP_SYM, CAP_TITLE, CAP_UPPER, ID_NUM, ID_SYM, TITLE_LINE_MIN_WORDS, type Work } from './engine.js';
import type { SurfaceTable } from './surface-table.js';
import * as scan from './pre-tokenize.js';

// Local copies (see engine.ts).
const F_GLUED = scan.F_GLUED;
const F_NEWLINE_BEFORE = scan.F_NEWLINE_BEFORE;
const F_LETTERS = scan.F_LETTERS;
const T_WORD = scan.T_WORD;
const T_NUMBER = scan.T_NUMBER;
const T_PERCENT = scan.T_PERCENT;
const T_DATE = scan.T_DATE;
const T_PUNCT = scan.T_PUNCT;
const T_ABBR = scan.T_ABBR;

/** Output of prepareTokens besides `w`: the triples, and the glued `.`/`-` tokens. */
export class Prepared {
  data: Uint32Array = new Uint32Array(0);
  count = 0;
  /** Indexes of glued one-character `.` or `-` punctuation tokens, ascending. */
  marks: Uint32Array = new Uint32Array(64);
  markCount = 0;
  /** Per token: its SurfaceTable entry, or -1 (not a word, or not remembered). */
  entries: Int32Array = new Int32Array(64);
  /** False if the SurfaceTable started over during the call (then `entries` must not be used). */
  entriesValid = true;
}

/** Tokenizes `text` and fills `p` and `w` (see the file comment). */
export function prepareTokens(text: string, p: Prepared, w: Work, interner: SurfaceTable, vocabEnd: number): void {
  const data = tokenOffsets(text);
  const n = data.length / 3;
  p.data = data;
  p.count = n;
  p.markCount = 0;
  w.ensure(n + 1);
  if (p.entries.length < n) p.entries = new Int32Array(Math.max(n, p.entries.length * 2));
  const entries = p.entries;
  const generation = interner.generation;
  const { id, kid, shape, brk } = w;
  let marks = p.marks;
  let markCount = 0;
  let prevEnd = 0;
  let prevWord = false;
  // ALL-CAPS run (engine.ts prepareGaps): first token of the current run of CAP_UPPER words.
  let runStart = -1;
  // Title Case line: first token of the line, words on it, lower-case words on it.
  let lineStart = 0;
  let words = 0;
  let lower = 0;
  for (let t = 0; t < n; t++) {
    const s = data[t * 3];
    const e = data[t * 3 + 1];
    let slot = data[t * 3 + 2];
    // preTokenize's flags.
    if (t > 0 && s === prevEnd) slot |= F_GLUED;
    else {
      for (let i = prevEnd; i < s; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || c === 13 || c === 0x85 || c === 0x2028 || c === 0x2029) {
          slot |= F_NEWLINE_BEFORE;
          break;
        }
      }
    }
    const type = slot & 0xff;
    if (type === T_ABBR) {
      let letters = true;
      for (let i = s; i < e; i++) {
        const c = text.charCodeAt(i);
        if (c < 0x80 && !((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) {
          letters = false;
          break;
        }
      }
      if (letters) slot |= F_LETTERS;
    }
    data[t * 3 + 2] = slot;
    // fillTokens.
    const isWord = type === T_WORD || (slot & F_LETTERS) !== 0;
    let sh: number;
    if (isWord) {
      const packed = interner.wordAt(text, s, e);
      entries[t] = interner.last;
      const k = packed >> 3;
      kid[t] = k;
      id[t] = k < vocabEnd ? k : 0;
      sh = packed & 7;
    } else {
      if (type === T_PUNCT) {
        id[t] = interner.punctAt(text, s, e);
        if (e - s === 1 && (slot & F_GLUED) !== 0) {
          const c = text.charCodeAt(s);
          if (c === 46 || c === 45) {
            if (markCount === marks.length) {
              const next = new Uint32Array(marks.length * 2);
              next.set(marks);
              p.marks = marks = next;
            }
            marks[markCount++] = t;
          }
        }
      } else id[t] = type === T_NUMBER || type === T_PERCENT || type === T_DATE ? ID_NUM : ID_SYM;
      kid[t] = -1;
      entries[t] = -1;
      sh = type === T_NUMBER || type === T_PERCENT || type === T_DATE ? CAP_NUM : type === T_PUNCT ? CAP_PUNCT : CAP_SYM;
    }
    // prepareGaps: the gap before t.
    let cut = true;
    if (t > 0) {
      cut = !prevWord || !isWord || (slot & (F_NEWLINE_BEFORE | F_GLUED)) !== 0;
      brk[t - 1] = cut ? 1 : 0;
    }
    // An ALL-CAPS run ends before t: two or more words become lower case.
    if (runStart >= 0 && (sh !== CAP_UPPER || cut)) {
      if (t - runStart >= 2) {
        for (let k = runStart; k < t; k++) shape[k] = CAP_LOWER;
        lower += t - runStart;
      }
      runStart = -1;
    }
    // A line ends before t: a Title Case headline becomes lower case.
    if (t > lineStart && (slot & F_NEWLINE_BEFORE) !== 0) {
      if (words >= TITLE_LINE_MIN_WORDS && lower === 0) {
        for (let k = lineStart; k < t; k++) if (shape[k] === CAP_TITLE) shape[k] = CAP_LOWER;
      }
      lineStart = t;
      words = 0;
      lower = 0;
    }
    shape[t] = sh;
    if (sh === CAP_UPPER) {
      if (runStart < 0) runStart = t;
      words++;
    } else if (sh === CAP_TITLE || sh === CAP_MIXED) words++;
    else if (sh === CAP_LOWER) {
      words++;
      lower++;
    }
    prevEnd = e;
    prevWord = isWord;
  }
  if (n > 0) brk[n - 1] = 1;
  if (runStart >= 0 && n - runStart >= 2) {
    for (let k = runStart; k < n; k++) shape[k] = CAP_LOWER;
    lower += n - runStart;
  }
  if (words >= TITLE_LINE_MIN_WORDS && lower === 0) {
    for (let k = lineStart; k < n; k++) if (shape[k] === CAP_TITLE) shape[k] = CAP_LOWER;
  }
  p.markCount = markCount;
  p.entriesValid = interner.generation === generation;
}

/**
 * engine.ts `joinInitials` then `joinHyphenated`, visiting only the listed glued `.`/`-` tokens
 * (every token either rule can fire on is one of them): same decisions, in the same order.
 */
export function joinMarks(text: string, p: Prepared, w: Work): void {
  const { data, count: n, marks, markCount } = p;
  const { join, shape } = w;
  // Initials: `ông H. nói`, `TP. HCM` (the dot is token t + 1).
  for (let m = 0; m < markCount; m++) {
    const d = marks[m];
    const t = d - 1;
    if (t < 0 || t + 2 >= n || text.charCodeAt(data[d * 3]) !== 46) continue;
    const s = data[t * 3];
    const len = data[t * 3 + 1] - s;
    const a = data[t * 3 + 2];
    if (len > 2 || !((a & 0xff) === T_WORD || (a & F_LETTERS) !== 0)) continue;
    const next = data[(t + 2) * 3 + 2];
    if ((next & (F_NEWLINE_BEFORE | F_GLUED)) !== 0 || !((next & 0xff) === T_WORD || (next & F_LETTERS) !== 0)) continue;
    const initial =
      len === 1 ? shape[t] === CAP_TITLE || shape[t] === CAP_UPPER : (text.charCodeAt(s) | 32) === 116 && (text.charCodeAt(s + 1) | 32) === 112;
    if (!initial) continue;
    join[t] = 1;
    join[t + 1] = 0;
  }
  // Hyphenated words: `Mát-xcơ-va` (the hyphen is token t + 1, glued on both sides).
  for (let m = 0; m < markCount; m++) {
    const d = marks[m];
    const t = d - 1;
    if (t < 0 || t + 2 >= n || text.charCodeAt(data[d * 3]) !== 45) continue;
    const a = data[t * 3 + 2];
    const b = data[(t + 2) * 3 + 2];
    if (!((a & 0xff) === T_WORD || (a & F_LETTERS) !== 0)) continue;
    if ((b & F_GLUED) === 0 || !((b & 0xff) === T_WORD || (b & F_LETTERS) !== 0)) continue;
    join[t] = 1;
    join[t + 1] = 1;
  }
}
