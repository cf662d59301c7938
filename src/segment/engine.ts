/**
 * Internal engine shared by the runtime and by scripts/build-segment-data.ts (so training and
 * decoding compute the very same features). The model labels every gap between two adjacent
 * syllables as "join" (same word) or "split", left to right, with an averaged perceptron over
 * hashed integer features: syllable n-grams around the gap, capitalisation shapes, lexicon matches
 * (2–4 syllables) covering, starting or ending at the gap, forward/backward longest-match
 * decisions, and the previous decision. Linear time; all state lives in typed arrays.
 */

import * as scan from './pre-tokenize.js';
import { toNFC } from '../_lib/unicode-form.js';

// Local copies of the scanner's type codes: module-level constants, so hot loops never go through
// an import binding (some loaders compile those to getter calls).
const F_GLUED = scan.F_GLUED;
const F_NEWLINE_BEFORE = scan.F_NEWLINE_BEFORE;
const T_NUMBER = scan.T_NUMBER;
const T_PERCENT = scan.T_PERCENT;
const T_DATE = scan.T_DATE;
const T_PUNCT = scan.T_PUNCT;
const T_WORD = scan.T_WORD;
const F_LETTERS = scan.F_LETTERS;

/** True if a type slot denotes a token the model may join: a word, or a letters-only abbreviation. */
export function isWordSlot(slot: number): boolean {
  return (slot & 0xff) === T_WORD || (slot & F_LETTERS) !== 0;
}

/** Longest lexicon entry (in syllables) the model's lexicon features look at. */
export const MAX_LEX = 4;
export const ID_UNK = 0;
export const ID_BOS = 1;
export const ID_EOS = 2;
export const ID_NUM = 3;
export const ID_PUNCT = 4;
export const ID_SYM = 5;
/** First id given to a vocabulary entry. */
export const FIRST_ID = 8;

export const CAP_LOWER = 0;
export const CAP_TITLE = 1;
export const CAP_UPPER = 2;
export const CAP_MIXED = 3;
export const CAP_NUM = 4;
export const CAP_PUNCT = 5;
export const CAP_SYM = 6;
export const CAP_EDGE = 7;

export const HASH_BITS = 18;
export const HASH_SIZE = 1 << HASH_BITS;
const HASH_MASK = HASH_SIZE - 1;
/** Upper bound on features per gap (see gapFeatures). */
export const MAX_FEATURES = 32;

/** Hash of a feature template and up to three integer arguments into [0, HASH_SIZE). */
export function fh(t: number, x: number, y: number, z: number): number {
  // Independent multiplies (they run in parallel), then one avalanche step.
  let h = Math.imul(t + 0x632be5ab, 0x9e3779b1) ^ Math.imul(x + 0x7f4a7c15, 0x85ebca6b) ^ Math.imul(y + 0x165667b1, 0xc2b2ae35) ^ Math.imul(z + 0x27d4eb2f, 0x2545f491);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h & HASH_MASK;
}

/** Step of the rolling hash of a syllable-id sequence. */
export function seqStep(h: number, id: number): number {
  h = Math.imul(h ^ id, 0x85ebca6b);
  return h ^ (h >>> 13);
}
export const SEQ_SEED = 0x2545f491;
/** Final hash of a sequence of `len` ids whose rolling state is `h`; never 0. */
export function seqFinal(h: number, len: number): number {
  h = Math.imul(h ^ len, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) || 1;
}

/** Open-addressing map from 32-bit sequence hashes (0 = empty) to a byte of source flags. */
export class HashMap32 {
  keys: Uint32Array;
  vals: Uint8Array;
  private mask: number;
  size = 0;
  constructor(capacity: number) {
    let cap = 16;
    while (cap < capacity * 2) cap <<= 1;
    this.keys = new Uint32Array(cap);
    this.vals = new Uint8Array(cap);
    this.mask = cap - 1;
  }
  /** ORs `flags` into the value of `h`. */
  add(h: number, flags: number): void {
    let i = h & this.mask;
    const t = this.keys;
    while (t[i] !== 0) {
      if (t[i] === h) {
        this.vals[i] |= flags;
        return;
      }
      i = (i + 1) & this.mask;
    }
    t[i] = h;
    this.vals[i] = flags;
    this.size++;
    if (this.size * 2 > t.length) this.grow();
  }
  /** The flags of `h`, 0 if absent. */
  get(h: number): number {
    let i = h & this.mask;
    const t = this.keys;
    for (;;) {
      const v = t[i];
      if (v === h) return this.vals[i];
      if (v === 0) return 0;
      i = (i + 1) & this.mask;
    }
  }
  private grow(): void {
    const oldK = this.keys;
    const oldV = this.vals;
    this.keys = new Uint32Array(oldK.length * 2);
    this.vals = new Uint8Array(oldK.length * 2);
    this.mask = this.keys.length - 1;
    this.size = 0;
    for (let i = 0; i < oldK.length; i++) if (oldK[i] !== 0) this.add(oldK[i], oldV[i]);
  }
}

/** Lexicon source flags (a word may carry several). */
export const SRC_TRAIN = 1;
export const SRC_DICT = 2;
export const SRC_CORE = 4;
export const SRC_EXTENDED = 8;

/** Flag on a lexicon key that is a proper prefix (2+ syllables) of a longer entry. */
export const LEX_PREFIX = 0x80;
/** Mask of the source flags in a lexicon value. */
export const LEX_SOURCES = 0x0f;

/**
 * Adds a word (as a list of `len` syllable ids) with its source flags to a lexicon, and marks
 * its proper prefixes of two or more syllables, so lookups can stop early.
 */
export function addToLexicon(lex: HashMap32, ids: ArrayLike<number>, flags: number, len = ids.length): void {
  let h = SEQ_SEED;
  for (let i = 0; i < len; i++) {
    h = seqStep(h, ids[i]);
    if (i >= 1 && i + 1 < len) lex.add(seqFinal(h, i + 1), LEX_PREFIX);
  }
  lex.add(seqFinal(h, len), flags);
}

/** Per-call working arrays, grown on demand and reused. */
export class Work {
  cap = 0;
  id!: Int32Array; // feature id per token
  kid!: Int32Array; // key id per token (for user dictionaries; may exceed the model vocabulary)
  shape!: Uint8Array; // capitalisation / kind class per token
  brk!: Uint8Array; // brk[g] = 1: gap g (between tokens g and g+1) is a forced split
  starts!: Uint8Array; // bit L: lexicon word of L syllables starts here
  ends!: Uint8Array; // bit L: lexicon word of L syllables ends here
  lex2!: Uint8Array; // source flags of the 2-syllable entry starting here
  lex3!: Uint8Array; // source flags of the 3-syllable entry starting here
  fmm!: Uint8Array;
  bmm!: Uint8Array;
  join!: Uint8Array; // decision per gap
  feats = new Int32Array(MAX_FEATURES);
  ensure(n: number): void {
    if (n <= this.cap) return;
    let c = Math.max(64, this.cap);
    while (c < n) c *= 2;
    this.cap = c;
    this.id = new Int32Array(c);
    this.kid = new Int32Array(c);
    this.shape = new Uint8Array(c);
    this.brk = new Uint8Array(c);
    this.starts = new Uint8Array(c);
    this.ends = new Uint8Array(c);
    this.lex2 = new Uint8Array(c);
    this.lex3 = new Uint8Array(c);
    this.fmm = new Uint8Array(c);
    this.bmm = new Uint8Array(c);
    this.join = new Uint8Array(c);
  }
}

/** Shape class of a non-word token type code. */
export function shapeOfType(type: number): number {
  if (type === T_NUMBER || type === T_PERCENT || type === T_DATE) return CAP_NUM;
  if (type === T_PUNCT) return CAP_PUNCT;
  return CAP_SYM;
}

/**
 * Fills `w.brk` from the scanned types (forced split wherever either side is not a word, or a
 * line break separates them) and neutralises capitals inside ALL-CAPS runs of two or more words,
 * so a shouted headline segments like its lower-case form.
 */
export function prepareGaps(w: Work, types: Uint32Array, n: number, typeStride: number, typeOffset: number): void {
  for (let g = 0; g + 1 < n; g++) {
    const a = types[g * typeStride + typeOffset];
    const b = types[(g + 1) * typeStride + typeOffset];
    w.brk[g] = !isWordSlot(a) || !isWordSlot(b) || (b & (F_NEWLINE_BEFORE | F_GLUED)) !== 0 ? 1 : 0;
  }
  if (n > 0) w.brk[n - 1] = 1;
  const shape = w.shape;
  let i = 0;
  while (i < n) {
    if (shape[i] !== CAP_UPPER) {
      i++;
      continue;
    }
    // A run of two or more ALL-CAPS words on one line: treat as lower case.
    let j = i + 1;
    while (j < n && shape[j] === CAP_UPPER && !w.brk[j - 1]) j++;
    if (j - i >= 2) for (let k = i; k < j; k++) shape[k] = CAP_LOWER;
    i = j;
  }
  // A line whose words are all capitalised (a Title Case headline, seven words or more) carries no
  // name signal either: treat it as lower case too. Seven words, so a byline of two full names
  // (six words) keeps its names.
  let lineStart = 0;
  let words = 0;
  let lower = 0;
  for (let t = 0; t <= n; t++) {
    if (t === n || (t > lineStart && (types[t * typeStride + typeOffset] & F_NEWLINE_BEFORE) !== 0)) {
      if (words >= TITLE_LINE_MIN_WORDS && lower === 0) {
        for (let k = lineStart; k < t; k++) if (shape[k] === CAP_TITLE) shape[k] = CAP_LOWER;
      }
      lineStart = t;
      words = 0;
      lower = 0;
    }
    if (t === n) break;
    const sh = shape[t];
    if (sh === CAP_TITLE || sh === CAP_UPPER || sh === CAP_MIXED) words++;
    else if (sh === CAP_LOWER) {
      words++;
      lower++;
    }
  }
}

/** Fewest words on an all-capitalised line for it to be read as a Title Case headline. */
export const TITLE_LINE_MIN_WORDS = 7;

/** Computes lexicon start/end masks and the forward/backward longest-match decisions. */
export function matchLexicon(w: Work, n: number, lex: HashMap32): void {
  const { id, brk, starts, ends, fmm, bmm, lex2, lex3 } = w;
  starts.fill(0, 0, n);
  ends.fill(0, 0, n);
  lex2.fill(0, 0, n + 1);
  lex3.fill(0, 0, n + 1);
  for (let s = 0; s < n; s++) {
    if (brk[s]) continue;
    let h = seqStep(SEQ_SEED, id[s]);
    for (let L = 2; L <= MAX_LEX && s + L - 1 < n; L++) {
      const t = s + L - 1;
      h = seqStep(h, id[t]);
      if (id[t] < FIRST_ID) break;
      const value = lex.get(seqFinal(h, L));
      const flags = value & LEX_SOURCES;
      if (flags !== 0) {
        if (L === 2) lex2[s] = flags;
        else if (L === 3) lex3[s] = flags;
        starts[s] |= 1 << L;
        ends[t] |= 1 << L;
      }
      if (brk[t] || (value & LEX_PREFIX) === 0) break; // no longer entry starts here
    }
  }
  // Forward longest match.
  fmm.fill(0, 0, n);
  for (let s = 0; s < n; ) {
    const m = starts[s];
    let L = 1;
    for (let k = MAX_LEX; k >= 2; k--) if (m & (1 << k)) { L = k; break; }
    for (let g = s; g < s + L - 1; g++) fmm[g] = 1;
    s += L;
  }
  // Backward longest match.
  bmm.fill(0, 0, n);
  for (let e = n - 1; e >= 0; ) {
    const m = ends[e];
    let L = 1;
    for (let k = MAX_LEX; k >= 2; k--) if (m & (1 << k)) { L = k; break; }
    for (let g = e - L + 1; g < e; g++) bmm[g] = 1;
    e -= L;
  }
}

// Context of a gap, written by gapContext and read by gapFeatures (training) and gapScore
// (decoding), so both see exactly the same values. Slots:
const CX_A = 0, CX_B = 1, CX_P = 2, CX_Q = 3, CX_SA = 4, CX_SB = 5, CX_SP = 6, CX_SQ = 7, CX_LX = 8;
const CX_COVER = 9, CX_MM = 10, CX_TAB = 11, CX_TPA = 12, CX_TBQ = 13, CX_T3L = 14, CX_T3R = 15;
const CX = new Int32Array(16);

function gapContext(w: Work, n: number, g: number): void {
  const { id, shape, starts, ends, lex2, lex3 } = w;
  CX[CX_A] = id[g];
  CX[CX_B] = id[g + 1];
  CX[CX_P] = g > 0 ? id[g - 1] : ID_BOS;
  CX[CX_Q] = g + 2 < n ? id[g + 2] : ID_EOS;
  CX[CX_SA] = shape[g];
  CX[CX_SB] = shape[g + 1];
  CX[CX_SP] = g > 0 ? shape[g - 1] : CAP_EDGE;
  CX[CX_SQ] = g + 2 < n ? shape[g + 2] : CAP_EDGE;
  // Lexicon bits around the gap.
  let lx = 0;
  const st = starts[g];
  if (st & 4) lx |= 1; // [a b] is a word
  if (st & ~7) lx |= 2; // a longer word starts at a
  let maxCover = st === 0 ? 0 : 31 - Math.clz32(st);
  for (let s = g - 1; s >= 0 && s > g - MAX_LEX; s--) {
    const m = starts[s];
    if (m === 0) continue;
    for (let L = 2; L <= MAX_LEX; L++) {
      if ((m & (1 << L)) === 0) continue;
      const e = s + L - 1;
      if (e === g) lx |= 16; // a word ends at a
      else if (e === g + 1) lx |= 4; // a word from the left ends at b
      else if (e > g + 1) lx |= 8; // a word covers the gap from both sides
      if (e > g && L > maxCover) maxCover = L;
    }
  }
  if (g + 1 < n && starts[g + 1] !== 0) lx |= 32; // a word starts at b
  if (ends[g] & ~3) lx |= 16;
  CX[CX_LX] = lx;
  CX[CX_COVER] = maxCover;
  CX[CX_MM] = w.fmm[g] | (w.bmm[g] << 1);
  CX[CX_TAB] = lex2[g];
  CX[CX_TPA] = g > 0 ? lex2[g - 1] : 0;
  CX[CX_TBQ] = lex2[g + 1];
  CX[CX_T3L] = g > 0 ? lex3[g - 1] : 0;
  CX[CX_T3R] = lex3[g];
}

/**
 * Writes the hashed features of gap `g` (tokens g and g+1; `prev` = decision at gap g-1) into
 * `w.feats` and returns how many there are. Used for training; decoding uses gapScore, which
 * reads the same weights through ScoreTables for the features without syllable ids.
 */
export function gapFeatures(w: Work, n: number, g: number, prev: number): number {
  gapContext(w, n, g);
  const f = w.feats;
  const a = CX[CX_A], b = CX[CX_B], p = CX[CX_P], q = CX[CX_Q];
  const sa = CX[CX_SA], sb = CX[CX_SB], sp = CX[CX_SP], sq = CX[CX_SQ];
  const lx = CX[CX_LX], maxCover = CX[CX_COVER], mm = CX[CX_MM];
  const tab = CX[CX_TAB], tpa = CX[CX_TPA], tbq = CX[CX_TBQ], t3l = CX[CX_T3L], t3r = CX[CX_T3R];
  const cab = sa * 8 + sb;
  let k = 0;
  f[k++] = fh(0, 0, 0, 0);
  f[k++] = fh(1, a, 0, 0);
  f[k++] = fh(2, b, 0, 0);
  f[k++] = fh(3, a, b, 0);
  f[k++] = fh(4, p, a, 0);
  f[k++] = fh(5, b, q, 0);
  f[k++] = fh(6, p, a, b);
  f[k++] = fh(7, a, b, q);
  f[k++] = fh(8, sp * 512 + sa * 64 + sb * 8 + sq, 0, 0);
  f[k++] = fh(9, lx, 0, 0);
  f[k++] = fh(10, lx, cab, 0);
  f[k++] = fh(11, mm, lx, 0);
  f[k++] = fh(12, prev, 0, 0);
  f[k++] = fh(13, prev, lx, cab);
  f[k++] = fh(14, a, lx, 0);
  f[k++] = fh(15, b, lx, 0);
  f[k++] = fh(16, maxCover, cab, 0);
  f[k++] = fh(17, a, cab, 0);
  f[k++] = fh(18, b, cab, 0);
  f[k++] = fh(19, p, cab, sp);
  f[k++] = fh(20, q, cab, sq);
  f[k++] = fh(21, mm, cab, prev);
  f[k++] = fh(22, tab, 0, 0);
  f[k++] = fh(23, tab, cab, 0);
  f[k++] = fh(24, tab, tpa, tbq);
  f[k++] = fh(25, t3l, t3r, tab);
  f[k++] = fh(26, a, tab, 0);
  f[k++] = fh(27, b, tab, 0);
  f[k++] = fh(28, tab, prev, 0);
  return k;
}

/**
 * The weights of every feature that involves no syllable id, laid out as small dense tables
 * (about 35 KB, cache-resident) so decoding indexes them directly instead of hashing. Built once
 * from the hashed weights; the scores are identical to the hashed features of gapFeatures.
 */
export class ScoreTables {
  readonly bias: number;
  readonly shapes = new Int8Array(4096); // 8: sp, sa, sb, sq
  readonly lx = new Int8Array(64); // 9
  readonly lxCab = new Int8Array(64 * 64); // 10
  readonly mmLx = new Int8Array(4 * 64); // 11
  readonly prev = new Int8Array(3); // 12
  readonly prevLxCab = new Int8Array(3 * 64 * 64); // 13
  readonly coverCab = new Int8Array((MAX_LEX + 1) * 64); // 16
  readonly mmCabPrev = new Int8Array(4 * 64 * 3); // 21
  readonly tab = new Int8Array(16); // 22
  readonly tabCab = new Int8Array(16 * 64); // 23
  readonly tabNeighbours = new Int8Array(16 * 16 * 16); // 24
  readonly tri = new Int8Array(16 * 16 * 16); // 25
  readonly tabPrev = new Int8Array(16 * 3); // 28
  constructor(weights: Int8Array) {
    const W = (t: number, x: number, y: number, z: number): number => weights[fh(t, x, y, z)];
    this.bias = W(0, 0, 0, 0);
    for (let i = 0; i < 4096; i++) this.shapes[i] = W(8, i, 0, 0);
    for (let lx = 0; lx < 64; lx++) {
      this.lx[lx] = W(9, lx, 0, 0);
      for (let cab = 0; cab < 64; cab++) {
        this.lxCab[lx * 64 + cab] = W(10, lx, cab, 0);
        for (let prev = 0; prev < 3; prev++) this.prevLxCab[(prev * 64 + lx) * 64 + cab] = W(13, prev, lx, cab);
      }
      for (let mm = 0; mm < 4; mm++) this.mmLx[mm * 64 + lx] = W(11, mm, lx, 0);
    }
    for (let prev = 0; prev < 3; prev++) this.prev[prev] = W(12, prev, 0, 0);
    for (let cab = 0; cab < 64; cab++) {
      for (let c = 0; c <= MAX_LEX; c++) this.coverCab[c * 64 + cab] = W(16, c, cab, 0);
      for (let mm = 0; mm < 4; mm++) for (let prev = 0; prev < 3; prev++) this.mmCabPrev[(mm * 64 + cab) * 3 + prev] = W(21, mm, cab, prev);
    }
    for (let t = 0; t < 16; t++) {
      this.tab[t] = W(22, t, 0, 0);
      for (let cab = 0; cab < 64; cab++) this.tabCab[t * 64 + cab] = W(23, t, cab, 0);
      for (let u = 0; u < 16; u++) {
        for (let v = 0; v < 16; v++) {
          this.tabNeighbours[(t * 16 + u) * 16 + v] = W(24, t, u, v);
          this.tri[(t * 16 + u) * 16 + v] = W(25, t, u, v); // t3l, t3r, tab
        }
      }
      for (let prev = 0; prev < 3; prev++) this.tabPrev[t * 3 + prev] = W(28, t, prev, 0);
    }
  }
}

/** The score of gap `g` (join if > 0): the same sum as over gapFeatures' weights, faster. */
function gapScore(w: Work, n: number, g: number, prev: number, weights: Int8Array, T: ScoreTables): number {
  gapContext(w, n, g);
  const a = CX[CX_A], b = CX[CX_B], p = CX[CX_P], q = CX[CX_Q];
  const sa = CX[CX_SA], sb = CX[CX_SB], sp = CX[CX_SP], sq = CX[CX_SQ];
  const lx = CX[CX_LX], mm = CX[CX_MM], tab = CX[CX_TAB];
  const cab = sa * 8 + sb;
  // Features with syllable ids: hashed.
  let s =
    weights[fh(1, a, 0, 0)] +
    weights[fh(2, b, 0, 0)] +
    weights[fh(3, a, b, 0)] +
    weights[fh(4, p, a, 0)] +
    weights[fh(5, b, q, 0)] +
    weights[fh(6, p, a, b)] +
    weights[fh(7, a, b, q)] +
    weights[fh(14, a, lx, 0)] +
    weights[fh(15, b, lx, 0)] +
    weights[fh(17, a, cab, 0)] +
    weights[fh(18, b, cab, 0)] +
    weights[fh(19, p, cab, sp)] +
    weights[fh(20, q, cab, sq)] +
    weights[fh(26, a, tab, 0)] +
    weights[fh(27, b, tab, 0)];
  // The rest: direct table lookups.
  s +=
    T.bias +
    T.shapes[sp * 512 + sa * 64 + sb * 8 + sq] +
    T.lx[lx] +
    T.lxCab[lx * 64 + cab] +
    T.mmLx[mm * 64 + lx] +
    T.prev[prev] +
    T.prevLxCab[(prev * 64 + lx) * 64 + cab] +
    T.coverCab[CX[CX_COVER] * 64 + cab] +
    T.mmCabPrev[(mm * 64 + cab) * 3 + prev] +
    T.tab[tab] +
    T.tabCab[tab * 64 + cab] +
    T.tabNeighbours[(tab * 16 + CX[CX_TPA]) * 16 + CX[CX_TBQ]] +
    T.tri[(CX[CX_T3L] * 16 + CX[CX_T3R]) * 16 + tab] +
    T.tabPrev[tab * 3 + prev];
  return s;
}

/**
 * Joins an initial or `TP`/`tp` to the dot glued after it when a word follows on the same line
 * (`ông H. nói`, `TP. HCM`): the dot belongs to the abbreviation, as in UD VTB's tokens.
 */
export function joinInitials(text: string, data: Uint32Array, n: number, w: Work): void {
  const { join, shape } = w;
  for (let t = 0; t + 2 < n; t++) {
    const s = data[t * 3];
    const e = data[t * 3 + 1];
    const len = e - s;
    if (len > 2 || !isWordSlot(data[t * 3 + 2])) continue;
    const dot = data[(t + 1) * 3 + 2];
    if ((dot & 0xff) !== T_PUNCT || (dot & F_GLUED) === 0 || data[(t + 1) * 3 + 1] - data[(t + 1) * 3] !== 1) continue;
    if (text.charCodeAt(data[(t + 1) * 3]) !== 46) continue;
    const next = data[(t + 2) * 3 + 2];
    if ((next & (F_NEWLINE_BEFORE | F_GLUED)) !== 0 || !isWordSlot(next)) continue;
    const c0 = text.charCodeAt(s) | 32;
    const initial = len === 1 ? shape[t] === CAP_TITLE || shape[t] === CAP_UPPER : c0 === 116 && (text.charCodeAt(s + 1) | 32) === 112;
    if (!initial) continue;
    join[t] = 1;
    join[t + 1] = 0;
  }
}

/**
 * Joins words glued by a hyphen into one word (`Wai-kru`, `Mát-xcơ-va`, `A-đam`): written without
 * spaces they are one token in UD VTB and in Vietnamese spelling of foreign names.
 */
export function joinHyphenated(text: string, data: Uint32Array, n: number, w: Work): void {
  const join = w.join;
  for (let t = 0; t + 2 < n; t++) {
    if (!isWordSlot(data[t * 3 + 2])) continue;
    const h = data[(t + 1) * 3 + 2];
    const b = data[(t + 2) * 3 + 2];
    if ((h & 0xff) !== T_PUNCT || (h & F_GLUED) === 0 || (b & F_GLUED) === 0 || !isWordSlot(b)) continue;
    if (data[(t + 1) * 3 + 1] - data[(t + 1) * 3] !== 1 || text.charCodeAt(data[(t + 1) * 3]) !== 45) continue;
    join[t] = 1;
    join[t + 1] = 1;
  }
}

/** Decodes every gap left to right with integer weights; fills `w.join`. */
export function decodeGaps(w: Work, n: number, weights: Int8Array, tables: ScoreTables | null = null): void {
  const { brk, join, feats, starts, ends, shape } = w;
  let prev = 0;
  for (let g = 0; g + 1 < n; g++) {
    if (brk[g]) {
      join[g] = 0;
      prev = 2; // "after a forced split" is its own state
      continue;
    }
    // Shortcut (a measured approximation, see README): no lexicon entry touches either syllable
    // and one of them is lower case. The full model splits such gaps in >99.9% of cases on
    // UD VTB dev, so skip its ~30 feature lookups.
    if ((starts[g] | ends[g] | starts[g + 1] | ends[g + 1]) === 0 && (shape[g] === CAP_LOWER || shape[g + 1] === CAP_LOWER)) {
      join[g] = 0;
      prev = 0;
      continue;
    }
    let score = 0;
    if (tables) score = gapScore(w, n, g, prev, weights, tables);
    else {
      // Reference path (training-time evaluation and tests): the hashed features.
      const k = gapFeatures(w, n, g, prev);
      for (let j = 0; j < k; j++) score += weights[feats[j]];
    }
    prev = join[g] = score > 0 ? 1 : 0;
  }
  if (n > 0) join[n - 1] = 0;
}

/** Shape class of a word token from its NFC form. */
export function shapeOfWord(nfc: string): number {
  const lower = nfc.toLowerCase();
  if (nfc === lower) return CAP_LOWER;
  const upper = nfc.toUpperCase();
  if (nfc === upper) return nfc.length >= 2 ? CAP_UPPER : CAP_TITLE;
  return nfc[0] !== lower[0] ? CAP_TITLE : CAP_MIXED;
}

/** Largest number of distinct surface forms an Interner remembers before it starts over. */
export const INTERN_CACHE_LIMIT = 1 << 17;

/**
 * `(keyId << 3) | shape` of one surface form: the key's vocabulary id (else its id among the user
 * dictionary's extra keys, else ID_UNK) and its capitalisation shape. The slow path of both
 * interning caches (Interner here, SurfaceTable at run time).
 */
export function packWord(
  surface: string,
  vocab: Map<string, number>,
  keyOf: (s: string) => string,
  extra: Map<string, number> | null,
): number {
  const key = keyOf(surface);
  let id = vocab.get(key);
  if (id === undefined) id = (extra && extra.get(key)) ?? ID_UNK;
  return (id << 3) | shapeOfWord(toNFC(surface));
}

/**
 * Maps a token's surface form to `(keyId << 3) | shape`. keyId is the model vocabulary id, an id
 * from `extra` (user dictionary syllables), or ID_UNK. Hot path: `wordAt` hashes the code units in
 * place and probes an open-addressing table whose keys live in one Uint16Array pool, so a
 * known surface form costs no allocation. The table is bounded (INTERN_CACHE_LIMIT forms) and
 * starts over when full.
 */
export class Interner {
  private slots = new Int32Array(INTERN_CACHE_LIMIT * 2).fill(-1);
  private hashes = new Int32Array(INTERN_CACHE_LIMIT);
  private offs = new Uint32Array(INTERN_CACHE_LIMIT);
  private lens = new Uint32Array(INTERN_CACHE_LIMIT);
  private vals = new Int32Array(INTERN_CACHE_LIMIT);
  private pool = new Uint16Array(1 << 16);
  private poolUsed = 0;
  private count = 0;
  constructor(
    private readonly vocab: Map<string, number>,
    private readonly keyOf: (s: string) => string,
    private readonly extra: Map<string, number> | null,
  ) {}

  /** Slow path: the packed value of a surface form. */
  word(surface: string): number {
    return packWord(surface, this.vocab, this.keyOf, this.extra);
  }

  /** The packed value of `text.slice(s, e)`, cached. */
  wordAt(text: string, s: number, e: number): number {
    let h = 0x811c9dc5 | 0;
    for (let i = s; i < e; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    const mask = this.slots.length - 1;
    let slot = (h ^ (h >>> 15)) & mask;
    const len = e - s;
    for (;;) {
      const entry = this.slots[slot];
      if (entry < 0) break;
      if (this.hashes[entry] === h && this.lens[entry] === len) {
        const off = this.offs[entry];
        let i = 0;
        while (i < len && this.pool[off + i] === text.charCodeAt(s + i)) i++;
        if (i === len) return this.vals[entry];
      }
      slot = (slot + 1) & mask;
    }
    const value = this.word(text.slice(s, e));
    if (this.count >= INTERN_CACHE_LIMIT) {
      this.slots.fill(-1);
      this.count = 0;
      this.poolUsed = 0;
      slot = (h ^ (h >>> 15)) & mask;
    }
    if (this.poolUsed + len > this.pool.length) {
      if (len > 64) return value; // do not cache very long forms
      let size = this.pool.length * 2;
      while (size < this.poolUsed + len) size *= 2;
      if (size > 1 << 20) {
        this.slots.fill(-1);
        this.count = 0;
        this.poolUsed = 0;
        slot = (h ^ (h >>> 15)) & mask;
      } else {
        const next = new Uint16Array(size);
        next.set(this.pool.subarray(0, this.poolUsed));
        this.pool = next;
      }
    }
    const entry = this.count++;
    this.hashes[entry] = h;
    this.lens[entry] = len;
    this.offs[entry] = this.poolUsed;
    for (let i = 0; i < len; i++) this.pool[this.poolUsed + i] = text.charCodeAt(s + i);
    this.poolUsed += len;
    this.vals[entry] = value;
    this.slots[slot] = entry;
    return value;
  }

  private punct1: Int32Array | null = null;

  /** The id of a punctuation token `text.slice(s, e)` (see punctIdAt). */
  punctAt(text: string, s: number, e: number): number {
    return punctIdAt(this.vocab, (this.punct1 ??= newPunctTable()), text, s, e);
  }
}

/** A per-cache table of one-character punctuation ids, filled on use (-1: not looked up yet). */
export function newPunctTable(): Int32Array {
  return new Int32Array(0x10000).fill(-1);
}

/** The id of a punctuation token `text.slice(s, e)`; one-character marks go through `table`. */
export function punctIdAt(vocab: Map<string, number>, table: Int32Array, text: string, s: number, e: number): number {
  if (e - s === 1) {
    const c = text.charCodeAt(s);
    let v = table[c];
    if (v < 0) table[c] = v = vocab.get(String.fromCharCode(c)) ?? ID_PUNCT;
    return v;
  }
  return vocab.get(text.slice(s, e)) ?? ID_PUNCT;
}

/**
 * Fills ids, key ids, shapes and forced gaps of `w` for `n` scanned tokens (triples in `data`).
 * `vocabEnd` = one past the last model id: larger key ids (user syllables) become ID_UNK features.
 */
export function fillTokens(text: string, data: Uint32Array, n: number, w: Work, interner: Interner, vocabEnd: number): void {
  w.ensure(n + 1);
  const { id, kid, shape } = w;
  for (let t = 0; t < n; t++) {
    const s = data[t * 3];
    const e = data[t * 3 + 1];
    const slot = data[t * 3 + 2];
    const type = slot & 0xff;
    if (isWordSlot(slot)) {
      const packed = interner.wordAt(text, s, e);
      const k = packed >> 3;
      kid[t] = k;
      id[t] = k < vocabEnd ? k : ID_UNK;
      shape[t] = packed & 7;
    } else {
      const k = type === T_PUNCT ? interner.punctAt(text, s, e) : type === T_NUMBER || type === T_PERCENT || type === T_DATE ? ID_NUM : ID_SYM;
      id[t] = k;
      kid[t] = -1;
      shape[t] = shapeOfType(type);
    }
  }
  prepareGaps(w, data, n, 3, 2);
}
