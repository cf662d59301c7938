// ROUGE-1, ROUGE-2 and ROUGE-L (Lin 2004, "ROUGE: A Package for Automatic Evaluation of
// Summaries") at the syllable level, Unicode-aware. Internal (used by scripts/eval-summary.ts and
// the tests). Tokens are maximal runs of letters, combining marks and digits after NFC and
// lowercasing, so `Đội ngũ`, NFD `Đội ngũ` and `ĐỘI NGŨ` give the same tokens; punctuation is
// dropped. (Google's `rouge_score` default tokenizer keeps only [a-z0-9] and so strips every
// accented letter from Vietnamese: huggingface/evaluate#256.)

/** Precision, recall and F1 of one ROUGE measure. */
export interface RougeScore {
  p: number;
  r: number;
  f: number;
}

/** ROUGE-1, ROUGE-2 and ROUGE-L of a candidate against one reference. */
export interface RougeScores {
  rouge1: RougeScore;
  rouge2: RougeScore;
  rougeL: RougeScore;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+/gu;

/** Syllable tokens of `text`: NFC, lowercase, letters/marks/digits only. */
export function rougeTokens(text: string): string[] {
  return text.normalize('NFC').toLowerCase().match(TOKEN) ?? [];
}

function score(overlap: number, candidate: number, reference: number): RougeScore {
  const p = candidate > 0 ? overlap / candidate : 0;
  const r = reference > 0 ? overlap / reference : 0;
  const f = p + r > 0 ? (2 * p * r) / (p + r) : 0;
  return { p, r, f };
}

function ngrams(tokens: readonly string[], n: number): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join('\u0001');
    m.set(key, (m.get(key) ?? 0) + 1);
  }
  return m;
}

/** ROUGE-N on token arrays: clipped n-gram overlap. */
export function rougeNTokens(candidate: readonly string[], reference: readonly string[], n: number): RougeScore {
  const c = ngrams(candidate, n);
  const r = ngrams(reference, n);
  let overlap = 0;
  for (const [k, v] of c) overlap += Math.min(v, r.get(k) ?? 0);
  return score(overlap, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1));
}

/** Length of the longest common subsequence (two-row dynamic programme, O(m·n) time, O(n) memory). */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let prev = new Uint32Array(b.length + 1);
  let cur = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const ai = a[i - 1];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = ai === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/** ROUGE-L on token arrays (LCS-based F1, β = 1). */
export function rougeLTokens(candidate: readonly string[], reference: readonly string[]): RougeScore {
  return score(lcsLength(candidate, reference), candidate.length, reference.length);
}

/**
 * ROUGE-1/2/L F of `candidate` against `reference`. Multi-sentence summaries are compared as
 * one token sequence each (sentences joined in order), as `rouge_score`'s `rougeL`.
 */
export function rouge(candidate: string, reference: string): RougeScores {
  const c = rougeTokens(candidate);
  const r = rougeTokens(reference);
  return { rouge1: rougeNTokens(c, r, 1), rouge2: rougeNTokens(c, r, 2), rougeL: rougeLTokens(c, r) };
}
