/**
 * Internal: the runtime decoder. It makes exactly the decisions of engine.ts's reference path
 * (`decodeGaps` over `gapFeatures`' hashed weights; tests/segment/engine.test.ts compares the two
 * on the whole corpus and on UD VTB dev), only faster:
 *
 * - every feature that pairs ONE syllable id with small context (unigram, id × lexicon bits,
 *   id × shape pair, id × 2-syllable flags, neighbour id × shapes) is read from a per-id row of a
 *   flat Int8Array (`rows[rowOf[id] + k]`), built the first time an id is seen, so a gap costs a
 *   few array reads instead of ten hashes into a 256 KB table;
 * - the lexicon context of a gap (engine.ts gapContext's `lx` bits and longest covering word) is
 *   derived in O(1) from the start/end masks instead of a loop over the three tokens before it;
 * - the id-free features read ScoreTables as before; only the five n-gram features still hash.
 *
 * Kept apart from engine.ts on purpose: engine.ts defines the features the model was trained on
 * (it is part of the model's sources hash); this file only evaluates them.
 */
import {
  CAP_EDGE,
  CAP_LOWER,
  ID_BOS,
  ID_EOS,
  fh,
  type ScoreTables,
  type Work,
} from './engine.js';


// Layout of one id's row. A scored gap joins two word tokens, whose shapes are CAP_LOWER..CAP_MIXED
// (0–3), so the shape pair `cab` = sa * 8 + sb takes 16 values, indexed here as sa * 4 + sb.
const R_A14 = 0; // fh(14, a, lx), lx < 64
const R_A17 = 64; // fh(17, a, cab)
const R_A26 = 80; // fh(26, a, tab) + fh(1, a), tab < 16
const R_B15 = 96; // fh(15, b, lx)
const R_B18 = 160; // fh(18, b, cab)
const R_B27 = 176; // fh(27, b, tab) + fh(2, b)
const R_P19 = 192; // fh(19, p, cab, sp): cab16 * 8 + sp
const R_Q20 = 320; // fh(20, q, cab, sq)
const ROW = 448;

/**
 * Per-model decoding tables: lazy rows of id-bound weights (see the file comment), and the
 * id-free tables of ScoreTables summed where they share an index (fewer reads per gap).
 */
export class IdRows {
  /** Row offset of each id in `rows`, -1 until built. */
  readonly rowOf: Int32Array;
  rows: Int16Array;
  /** bias + prev + lx + lxCab + prevLxCab, indexed [(prev * 64 + lx) * 16 + cab16]. */
  readonly lxPrev = new Int16Array(3 * 64 * 16);
  /** tab + tabCab + tabPrev, indexed [(tab * 16 + cab16) * 3 + prev]. */
  readonly tabPrev = new Int16Array(16 * 16 * 3);
  private used = 0;
  constructor(
    private readonly weights: Int8Array,
    T: ScoreTables,
    vocabEnd: number,
  ) {
    this.rowOf = new Int32Array(vocabEnd).fill(-1);
    this.rows = new Int16Array(ROW * 256);
    for (let sa = 0; sa < 4; sa++) {
      for (let sb = 0; sb < 4; sb++) {
        const cab = sa * 8 + sb;
        const c16 = sa * 4 + sb;
        for (let prev = 0; prev < 3; prev++) {
          for (let lx = 0; lx < 64; lx++) {
            this.lxPrev[(prev * 64 + lx) * 16 + c16] = T.bias + T.prev[prev] + T.lx[lx] + T.lxCab[lx * 64 + cab] + T.prevLxCab[(prev * 64 + lx) * 64 + cab];
          }
          for (let tab = 0; tab < 16; tab++) {
            this.tabPrev[(tab * 16 + c16) * 3 + prev] = T.tab[tab] + T.tabCab[tab * 64 + cab] + T.tabPrev[tab * 3 + prev];
          }
        }
      }
    }
  }

  /** Builds the row of `id` (ids below the model's vocabEnd) and returns its offset. */
  build(id: number): number {
    if (this.used + ROW > this.rows.length) {
      const next = new Int16Array(this.rows.length * 2);
      next.set(this.rows);
      this.rows = next;
    }
    const o = this.used;
    this.used += ROW;
    const r = this.rows;
    const W = this.weights;
    const a1 = W[fh(1, id, 0, 0)];
    const b2 = W[fh(2, id, 0, 0)];
    for (let lx = 0; lx < 64; lx++) {
      r[o + R_A14 + lx] = W[fh(14, id, lx, 0)];
      r[o + R_B15 + lx] = W[fh(15, id, lx, 0)];
    }
    for (let t = 0; t < 16; t++) {
      r[o + R_A26 + t] = W[fh(26, id, t, 0)] + a1;
      r[o + R_B27 + t] = W[fh(27, id, t, 0)] + b2;
    }
    for (let sa = 0; sa < 4; sa++) {
      for (let sb = 0; sb < 4; sb++) {
        const c16 = sa * 4 + sb;
        const cab = sa * 8 + sb;
        r[o + R_A17 + c16] = W[fh(17, id, cab, 0)];
        r[o + R_B18 + c16] = W[fh(18, id, cab, 0)];
        for (let s = 0; s < 8; s++) {
          r[o + R_P19 + c16 * 8 + s] = W[fh(19, id, cab, s)];
          r[o + R_Q20 + c16 * 8 + s] = W[fh(20, id, cab, s)];
        }
      }
    }
    this.rowOf[id] = o;
    return o;
  }
}

/**
 * Decodes every gap left to right; fills `w.join`. Same decisions as engine.ts
 * `decodeGaps(w, n, weights)`. `w` must hold ids below the rows' vocabEnd (fillTokens maps
 * user-dictionary syllables to ID_UNK), and `matchLexicon` must have run.
 */
export function decodeFast(w: Work, n: number, weights: Int8Array, T: ScoreTables, R: IdRows): void {
  const { brk, join, starts, ends, shape, id, fmm, bmm, lex2, lex3 } = w;
  const rowOf = R.rowOf;
  // Tables hoisted into locals (the loop below is the hot path).
  const tShapes = T.shapes, tMmLx = T.mmLx, tCoverCab = T.coverCab, tMmCabPrev = T.mmCabPrev, tTabN = T.tabNeighbours, tTri = T.tri;
  const fLxPrev = R.lxPrev, fTabPrev = R.tabPrev;
  let prev = 0;
  for (let g = 0; g + 1 < n; g++) {
    if (brk[g]) {
      join[g] = 0;
      prev = 2; // "after a forced split" is its own state
      continue;
    }
    const stA = starts[g];
    const stB = starts[g + 1];
    const enA = ends[g];
    const enB = ends[g + 1];
    const sa = shape[g];
    const sb = shape[g + 1];
    // The measured shortcut of engine.ts decodeGaps (same condition, same decision).
    if ((stA | enA | stB | enB) === 0 && (sa === CAP_LOWER || sb === CAP_LOWER)) {
      join[g] = 0;
      prev = 0;
      continue;
    }
    const a = id[g];
    const b = id[g + 1];
    const hasP = g > 0;
    const hasQ = g + 2 < n;
    const p = hasP ? id[g - 1] : ID_BOS;
    const q = hasQ ? id[g + 2] : ID_EOS;
    const sp = hasP ? shape[g - 1] : CAP_EDGE;
    const sq = hasQ ? shape[g + 2] : CAP_EDGE;
    const stP = hasP ? starts[g - 1] : 0;
    // engine.ts gapContext's lexicon bits, in O(1): a word of L syllables starting at s sets bit L
    // of starts[s] and of ends[s + L - 1], and L <= 4.
    const lx =
      (stA & 4 ? 1 : 0) | // [a b] is a word
      (stA & 24 ? 2 : 0) | // a longer word starts at a
      (enB & 24 ? 4 : 0) | // a word from the left ends at b
      (stP & 16 ? 8 : 0) | // a word covers the gap from both sides (only [p a b q] can)
      (enA !== 0 ? 16 : 0) | // a word ends at a
      (stB !== 0 ? 32 : 0); // a word starts at b
    // Longest lexicon word covering the gap.
    let cover = stA === 0 ? 0 : 31 - Math.clz32(stA);
    if (enB & 16 || stP & 16) cover = 4;
    else if (enB & 8 && cover < 3) cover = 3;
    const mm = fmm[g] | (bmm[g] << 1);
    const tab = lex2[g];
    const cab = sa * 8 + sb;
    const c16 = sa * 4 + sb;
    let ra = rowOf[a];
    if (ra < 0) ra = R.build(a);
    let rb = rowOf[b];
    if (rb < 0) rb = R.build(b);
    let rp = rowOf[p];
    if (rp < 0) rp = R.build(p);
    let rq = rowOf[q];
    if (rq < 0) rq = R.build(q);
    const rows = R.rows; // read after build: it may have grown
    let s =
      rows[ra + R_A14 + lx] +
      rows[ra + R_A17 + c16] +
      rows[ra + R_A26 + tab] +
      rows[rb + R_B15 + lx] +
      rows[rb + R_B18 + c16] +
      rows[rb + R_B27 + tab] +
      rows[rp + R_P19 + c16 * 8 + sp] +
      rows[rq + R_Q20 + c16 * 8 + sq];
    // n-gram features: hashed.
    s +=
      weights[fh(3, a, b, 0)] +
      weights[fh(4, p, a, 0)] +
      weights[fh(5, b, q, 0)] +
      weights[fh(6, p, a, b)] +
      weights[fh(7, a, b, q)];
    // The id-free features: direct table lookups.
    s +=
      fLxPrev[(prev * 64 + lx) * 16 + c16] +
      fTabPrev[(tab * 16 + c16) * 3 + prev] +
      tShapes[sp * 512 + sa * 64 + sb * 8 + sq] +
      tMmLx[mm * 64 + lx] +
      tCoverCab[cover * 64 + cab] +
      tMmCabPrev[(mm * 64 + cab) * 3 + prev] +
      tTabN[(tab * 16 + (hasP ? lex2[g - 1] : 0)) * 16 + lex2[g + 1]] +
      tTri[((hasP ? lex3[g - 1] : 0) * 16 + lex3[g]) * 16 + tab];
    prev = join[g] = s > 0 ? 1 : 0;
  }
  if (n > 0) join[n - 1] = 0;
}
