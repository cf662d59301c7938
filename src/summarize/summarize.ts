import { messages } from '../errors.js';
import { assertString, checkEnum, checkInteger, checkOptions } from '../_lib/validate.js';
import { bodySentences, pickSentences, type BodySentence } from './_lib/pipeline.js';
import type { RankMethod } from './_lib/rank.js';
import { parseStructure, type Structure } from './_lib/structure.js';

/** Options of {@link summarize}. */
export interface SummarizeOptions {
  /** How many sentences to return (integer ≥ 1). Default 3. Exclusive with `ratio`. */
  sentences?: number;
  /** Share of the body sentences to return, in (0, 1]; at least one sentence. Exclusive with `sentences`. */
  ratio?: number;
  /**
   * `'hybrid'` (default): position, centrality, fact density and title overlap with MMR;
   * `'textrank'`: centrality alone (the classic baseline); `'lead'`: the first sentences.
   */
  method?: SummaryMethod;
}

/** Scoring methods of {@link summarize}. */
export type SummaryMethod = RankMethod;

/** One picked sentence. */
export interface SummarySentence {
  text: string;
  start: number;
  end: number;
  /** The sentence's score under the method (higher is more central to the summary). */
  score: number;
  /** Position of the sentence among the body sentences, from 0. */
  index: number;
}

/** The result of {@link summarize}. */
export interface Summary {
  /** Picked sentences in article order. */
  sentences: SummarySentence[];
  /** The method that scored them. */
  method: SummaryMethod;
}

export const SUMMARIZE_OPTIONS = ['sentences', 'ratio', 'method'] as const;
const METHODS: readonly SummaryMethod[] = ['hybrid', 'textrank', 'lead'];
export const DEFAULT_SENTENCES = 3;

/** Validates summary options and returns the resolved count rule. Internal to the module. */
export function resolveSummaryOptions(
  options: unknown,
  fn: string,
  valid: readonly string[],
): { count: (n: number) => number; method: SummaryMethod } {
  const o = checkOptions<SummarizeOptions>(options, fn, valid);
  const method = checkEnum(o.method, fn, 'method', METHODS, 'hybrid');
  if (o.sentences !== undefined && o.ratio !== undefined) {
    throw new RangeError(messages.invalidOptionValue(fn, 'ratio', o.ratio, ['undefined when "sentences" is set']));
  }
  if (o.ratio !== undefined) {
    const r = o.ratio;
    if (typeof r !== 'number' || Number.isNaN(r)) throw new TypeError(messages.invalidOptionType(fn, 'ratio', r, 'a number'));
    if (!(r > 0 && r <= 1)) throw new RangeError(messages.outOfRange(fn, 'ratio', r, 'a number in (0, 1]'));
    return { count: (n) => Math.max(1, Math.round(r * n)), method };
  }
  const k = checkInteger(o.sentences, fn, 'sentences', 1, Number.MAX_SAFE_INTEGER, DEFAULT_SENTENCES);
  return { count: () => k, method };
}

/** Builds the public Summary from precomputed pieces. Internal to the module. */
export function summarizeParsed(
  text: string,
  structure: Structure,
  sentences: readonly BodySentence[],
  count: (n: number) => number,
  method: SummaryMethod,
  entityCounts: readonly number[] | null,
): Summary {
  const k = Math.min(sentences.length, count(sentences.length));
  const picked = pickSentences(text, structure, sentences, k, method, entityCounts);
  return {
    sentences: picked.map(({ index, score }) => {
      const s = sentences[index]!;
      return { text: text.slice(s.start, s.end), start: s.start, end: s.end, score, index };
    }),
    method,
  };
}

/**
 * Extractive summary of a Vietnamese news article: the body sentences that best tell the news,
 * in article order. Title, dateline, captions, byline and page chrome are never picked (see
 * `parseArticle`), and the source tag is not part of the first sentence.
 *
 * Scoring (`method: 'hybrid'`): a position prior (the inverted pyramid that makes LEAD-3 strong,
 * Nenkova 2005), TextRank/LexRank centrality (Mihalcea & Tarau 2004; Erkan & Radev 2004) over
 * TF-IDF cosine similarities of the segmented words (`vietext/segment`), the density of figures and named mentions, and the
 * overlap with the title; sentences are then chosen by maximal marginal relevance (Carbonell &
 * Goldstein 1998) so a second sentence does not repeat the first. Ties break by position and the
 * result is deterministic. Above 300 body sentences, centrality is similarity to the article
 * centroid (MEAD, Radev et al. 2004) and selection is by score, to stay linear.
 *
 * @param text - The article text (a plain paragraph works: it is all body).
 * @param options - `sentences` (default 3) or `ratio`, and `method`.
 * @returns `{ sentences: [{ text, start, end, score, index }], method }`; an article shorter than
 *   asked returns all its body sentences; `''` returns no sentences.
 * @throws {TypeError} If `text` is not a string, or an option has the wrong type.
 * @throws {RangeError} On an unknown option, `sentences` < 1 or not an integer, `ratio` outside
 *   (0, 1], both `sentences` and `ratio`, or an unknown `method`.
 * @example
 * ```ts
 * const { sentences } = summarize(articleText, { sentences: 2 });
 * sentences.map((s) => s.text); // the two sentences that carry the news, in article order
 * ```
 */
export function summarize(text: string, options?: SummarizeOptions): Summary {
  assertString(text, 'summarize');
  const { count, method } = resolveSummaryOptions(options, 'summarize', SUMMARIZE_OPTIONS);
  const structure = parseStructure(text);
  return summarizeParsed(text, structure, bodySentences(text, structure), count, method, null);
}
