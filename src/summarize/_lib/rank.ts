// Sentence scoring and selection for the extractive summariser. Internal.
//
// Score of body sentence i (all parts scaled to [0, 1]):
//   S_i = L_i · (W_CENTRAL·C_i + W_POSITION·P_i + W_FACTS·F_i + W_TITLE·T_i)
// - C: centrality. TextRank (Mihalcea & Tarau 2004, "TextRank: Bringing Order into Texts", EMNLP)
//   with LexRank's continuous cosine edges (Erkan & Radev 2004, "LexRank: Graph-based Lexical
//   Centrality as Salience in Text Summarization", JAIR 22): PageRank (damping 0.85, fixed 40
//   iterations, so deterministic) over the graph of TF-IDF cosine similarities between sentences.
//   Terms are the sentence's words from vietext/segment (`cán bộ` is one term), compared
//   lowercased and NFC, function words removed; IDF is computed inside
//   the article. (Without words, content syllables plus adjacent-syllable bigrams stand in.) Above MAX_GRAPH sentences the graph would be quadratic, so C falls
//   back to cosine similarity with the article centroid (Radev et al. 2004, MEAD), which is linear.
// - P: position prior. News puts the news first (the inverted pyramid; the reason LEAD-k is a
//   strong baseline, Nenkova 2005): P = 1 / sqrt(1 + i), plus PARAGRAPH_FIRST for a paragraph's first sentence.
// - F: fact density: figures (numbers, percentages, dates) and named mentions (entities, or
//   capitalised syllables when no entity list is given) per sqrt(length): the "who decided what,
//   with which figures" editors keep.
// - T: share of the title's content terms that the sentence contains.
// - L: length factor min(1, len / MIN_SYLLABLES) · min(1, sqrt(MAX_SYLLABLES / len)): fragments and
//   run-on sentences (speeches listing every task) are poor summary sentences.
// Selection: maximal marginal relevance (Carbonell & Goldstein 1998, SIGIR): repeatedly take
// argmax λ·S_i − (1−λ)·max_j sim(i, j) over chosen j, λ = MMR_LAMBDA; ties by position. Output is
// in article order.

import { STOPWORDS, type SyllableScan } from './terms.js';

export const MAX_GRAPH = 300;
const DAMPING = 0.85;
const ITERATIONS = 40;
const W_CENTRAL = 0.3;
const W_POSITION = 0.45;
const W_FACTS = 0.35;
const W_TITLE = 0.2;
const PARAGRAPH_FIRST = 0.15;
const MIN_SYLLABLES = 12;
const MAX_SYLLABLES = 80;
const MMR_LAMBDA = 0.7;

/** One body sentence as the ranker sees it. */
export interface RankInput {
  scan: SyllableScan;
  /** Index of the paragraph the sentence is in. */
  paragraph: number;
  /** True for the first sentence of its paragraph. */
  paragraphFirst: boolean;
  /** Entity mentions inside the sentence, when an entity list is available. */
  entities: number | null;
  /** Segmented words (lowercased NFC keys), when a segmenter is available. */
  words: string[] | null;
}

export type RankMethod = 'hybrid' | 'textrank' | 'lead';

type Vector = Map<number, number>;

const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;

function termsOf(s: RankInput): string[] {
  const out: string[] = [];
  if (s.words) {
    for (const w of s.words) if (!STOPWORDS.has(w) && HAS_WORD_CHAR.test(w)) out.push(w);
    return out;
  }
  const k = s.scan.keys;
  for (let i = 0; i < k.length; i++) {
    const a = k[i]!;
    if (!STOPWORDS.has(a)) out.push(a);
    if (i + 1 < k.length) {
      const b = k[i + 1]!;
      if (!STOPWORDS.has(a) && !STOPWORDS.has(b)) out.push(`${a} ${b}`);
    }
  }
  return out;
}

function buildVectors(inputs: readonly RankInput[]): { vectors: Vector[]; ids: Map<string, number>; idf: Float64Array; terms: number[][] } {
  const ids = new Map<string, number>();
  const terms: number[][] = inputs.map((s) =>
    termsOf(s).map((t) => {
      let id = ids.get(t);
      if (id === undefined) {
        id = ids.size;
        ids.set(t, id);
      }
      return id;
    }),
  );
  const df = new Float64Array(ids.size);
  for (const ts of terms) for (const id of new Set(ts)) df[id]! += 1;
  const n = inputs.length;
  const idf = new Float64Array(ids.size);
  for (let t = 0; t < idf.length; t++) idf[t] = Math.log(1 + n / df[t]!);
  const vectors = terms.map((ts) => {
    const v: Vector = new Map();
    for (const id of ts) v.set(id, (v.get(id) ?? 0) + 1);
    let norm = 0;
    for (const [id, tf] of v) {
      const w = tf * idf[id]!;
      v.set(id, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [id, w] of v) v.set(id, w / norm);
    return v;
  });
  return { vectors, ids, idf, terms };
}

/** Cosine of two unit vectors. */
export function cosine(a: Vector, b: Vector): number {
  if (a.size > b.size) [a, b] = [b, a];
  let dot = 0;
  for (const [id, w] of a) {
    const u = b.get(id);
    if (u !== undefined) dot += w * u;
  }
  return dot;
}

function centrality(vectors: Vector[]): Float64Array {
  const n = vectors.length;
  const out = new Float64Array(n);
  if (n === 0) return out;
  if (n > MAX_GRAPH) {
    const centroid: Vector = new Map();
    for (const v of vectors) for (const [id, w] of v) centroid.set(id, (centroid.get(id) ?? 0) + w);
    let norm = 0;
    for (const w of centroid.values()) norm += w * w;
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < n; i++) out[i] = cosine(vectors[i]!, centroid) / norm;
    return out;
  }
  const sim = new Float64Array(n * n);
  const rowSum = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const s = cosine(vectors[i]!, vectors[j]!);
      sim[i * n + j] = s;
      sim[j * n + i] = s;
      rowSum[i]! += s;
      rowSum[j]! += s;
    }
  }
  let rank = new Float64Array(n).fill(1 / n);
  for (let it = 0; it < ITERATIONS; it++) {
    const next = new Float64Array(n).fill((1 - DAMPING) / n);
    for (let j = 0; j < n; j++) {
      const rj = rank[j]!;
      if (rowSum[j] === 0) {
        // Dangling sentence: spread its rank evenly.
        for (let i = 0; i < n; i++) next[i]! += (DAMPING * rj) / n;
        continue;
      }
      const share = (DAMPING * rj) / rowSum[j]!;
      for (let i = 0; i < n; i++) next[i]! += share * sim[j * n + i]!;
    }
    rank = next;
  }
  return rank;
}

function scaleToMax(a: Float64Array): Float64Array {
  let max = 0;
  for (const x of a) if (x > max) max = x;
  if (max > 0) for (let i = 0; i < a.length; i++) a[i]! /= max;
  return a;
}

/** Scores every sentence; returns the scores and the similarity function for selection. */
export function scoreSentences(
  inputs: readonly RankInput[],
  titleKeys: readonly string[] | null,
  method: RankMethod,
): { scores: Float64Array; similarity: (i: number, j: number) => number } {
  const n = inputs.length;
  const { vectors } = buildVectors(inputs);
  const similarity = (i: number, j: number): number => cosine(vectors[i]!, vectors[j]!);
  if (method === 'lead') {
    const scores = new Float64Array(n);
    for (let i = 0; i < n; i++) scores[i] = 1 / (1 + i);
    return { scores, similarity };
  }
  const c = scaleToMax(centrality(vectors));
  if (method === 'textrank') return { scores: c, similarity };

  const facts = new Float64Array(n);
  const title = new Float64Array(n);
  const titleTerms = new Set<string>();
  if (titleKeys) for (const k of titleKeys) if (!STOPWORDS.has(k)) titleTerms.add(k);
  for (let i = 0; i < n; i++) {
    const s = inputs[i]!.scan;
    const len = Math.max(1, s.keys.length);
    const named = inputs[i]!.entities ?? s.capitals * 0.34;
    facts[i] = (s.figures + s.percents + named) / Math.sqrt(len);
    if (titleTerms.size > 0) {
      let hit = 0;
      const seen = new Set<string>();
      for (const k of s.keys) if (titleTerms.has(k) && !seen.has(k)) { seen.add(k); hit++; }
      title[i] = hit / titleTerms.size;
    }
  }
  scaleToMax(facts);
  const scores = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const inp = inputs[i]!;
    const position = 1 / Math.sqrt(1 + i) + (inp.paragraphFirst && i > 0 ? PARAGRAPH_FIRST : 0);
    const len = inp.scan.keys.length;
    const lengthFactor = Math.min(1, len / MIN_SYLLABLES) * Math.min(1, Math.sqrt(MAX_SYLLABLES / Math.max(1, len)));
    scores[i] = lengthFactor * (W_CENTRAL * c[i]! + W_POSITION * position + W_FACTS * facts[i]! + W_TITLE * title[i]!);
  }
  return { scores, similarity };
}

/**
 * Picks `k` sentence indices: by MMR when `mmr` (and n ≤ MAX_GRAPH), else by score; ties by
 * position. Returns the indices in article order.
 */
export function selectSentences(
  scores: Float64Array,
  similarity: (i: number, j: number) => number,
  k: number,
  mmr: boolean,
): number[] {
  const n = scores.length;
  if (k >= n) return Array.from({ length: n }, (_, i) => i);
  const chosen: number[] = [];
  if (!mmr || n > MAX_GRAPH) {
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
    return order.slice(0, k).sort((a, b) => a - b);
  }
  const taken = new Uint8Array(n);
  const maxSim = new Float64Array(n);
  for (let round = 0; round < k; round++) {
    let best = -1;
    let bestValue = -Infinity;
    for (let i = 0; i < n; i++) {
      if (taken[i]) continue;
      const value = MMR_LAMBDA * scores[i]! - (1 - MMR_LAMBDA) * maxSim[i]!;
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    taken[best] = 1;
    chosen.push(best);
    for (let i = 0; i < n; i++) {
      if (taken[i]) continue;
      const s = similarity(i, best);
      if (s > maxSim[i]!) maxSim[i] = s;
    }
  }
  return chosen.sort((a, b) => a - b);
}
