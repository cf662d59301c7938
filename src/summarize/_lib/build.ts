// Builders shared by parseArticle, summarize and analyze: public objects from offsets, option
// checks. Internal.
import { messages } from '../../errors.js';
import { checkEnum, checkInteger, checkOptions } from '../../_lib/validate.js';
import type { Article, ArticleSpan, SummarizeOptions, Summary, SummaryMethod } from '../types.js';
import { pickSentences, type BodySentence } from './pipeline.js';
import type { Range, Structure } from './structure.js';

/** Builds the public Article from offsets. */
export function toArticle(text: string, s: Structure): Article {
  const span = (r: Range): ArticleSpan => ({ text: text.slice(r.start, r.end), start: r.start, end: r.end });
  const opt = (r: Range | null): ArticleSpan | null => (r ? span(r) : null);
  return {
    title: opt(s.title),
    dateline: s.dateline
      ? { ...span(s.dateline), value: s.dateline.value, weekday: s.dateline.weekday, time: s.dateline.time }
      : null,
    source: opt(s.source),
    lead: opt(s.lead),
    paragraphs: s.paragraphs.map(span),
    captions: s.captions.map(span),
    author: opt(s.author),
    boilerplate: s.boilerplate.map(span),
  };
}

export const SUMMARIZE_OPTIONS = ['sentences', 'ratio', 'method'] as const;
const METHODS: readonly SummaryMethod[] = ['hybrid', 'textrank', 'lead'];
export const DEFAULT_SENTENCES = 3;

/** Validates summary options and returns the resolved count rule. */
export function resolveSummaryOptions(
  options: unknown,
  fn: string,
  valid: readonly string[],
): { count: (n: number) => number; method: SummaryMethod } {
  const o = checkOptions<SummarizeOptions>(options, fn, valid);
  const method = checkEnum(o.method, fn, 'method', METHODS, 'hybrid');
  if (o.sentences !== undefined && o.ratio !== undefined) {
    throw new RangeError(messages.conflictingOptions(fn, 'sentences', 'ratio'));
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

/** Builds the public Summary from precomputed pieces. */
export function summarizeParsed(
  text: string,
  structure: Structure,
  sentences: readonly BodySentence[],
  count: (n: number) => number,
  method: SummaryMethod,
  officialCounts: readonly number[] | null,
): Summary {
  const k = Math.min(sentences.length, count(sentences.length));
  const picked = pickSentences(text, structure, sentences, k, method, officialCounts);
  return {
    sentences: picked.map(({ index, score }) => {
      const s = sentences[index]!;
      return { text: text.slice(s.start, s.end), start: s.start, end: s.end, score, index };
    }),
    method,
  };
}
