import { extractEntities } from '../entities/index.js';
import { assertString } from '../_lib/validate.js';
import { messages } from '../errors.js';
import { bodySentences, countPerSentence } from './_lib/pipeline.js';
import { parseStructure } from './_lib/structure.js';
import { resolveSummaryOptions, summarizeParsed, toArticle } from './_lib/build.js';
import type { AnalyzeOptions, Analysis } from './types.js';

const ANALYZE_OPTIONS = ['sentences', 'ratio', 'method', 'referenceDate'] as const;

/**
 * Everything vietext reads from one news article, in one pass: its structure (`parseArticle`),
 * its entities (`extractEntities`: dates, percentages, officials, organisations) and its summary
 * (`summarize`). The article is parsed once and that structure serves both the `article` result
 * and the summary; the body is split into sentences and segmented once; entities are extracted once
 * over the whole text (chrome yields none). `analyze(t).article` equals
 * `parseArticle(t)`, `analyze(t).summary` equals `summarize(t)` and `analyze(t).entities` equals
 * `extractEntities(t)` for the same options.
 *
 * @param text - The article text.
 * @param options - `sentences` or `ratio` and `method` (summary, as in `summarize`), and
 *   `referenceDate` (entities, as in `extractEntities`; default: the article's dateline).
 * @returns `{ article, entities, summary }`; every span has offsets into `text`.
 * @throws {TypeError} If `text` is not a string, or an option has the wrong type.
 * @throws {RangeError} On an unknown option, an out-of-range summary length (see `summarize`) or
 *   an invalid `referenceDate` string.
 * @example
 * ```ts
 * const { article, entities, summary } = analyze(articleText);
 * article.title?.text;                        // the headline
 * entities.percentages.map((p) => p.value);  // [100, 90]
 * summary.sentences.map((s) => s.text);      // the sentences that tell the news
 * ```
 */
export function analyze(text: string, options?: AnalyzeOptions): Analysis {
  assertString(text, 'analyze');
  const { count, method } = resolveSummaryOptions(options, 'analyze', ANALYZE_OPTIONS);
  const given = options?.referenceDate;
  if (given !== undefined && typeof given !== 'string' && !(given instanceof Date)) {
    throw new TypeError(messages.invalidOptionType('analyze', 'referenceDate', given, 'a Date or an ISO date string'));
  }
  const structure = parseStructure(text);
  const entities = extractEntities(text, given === undefined ? undefined : { referenceDate: given });
  const sentences = bodySentences(text, structure);
  return {
    article: toArticle(text, structure),
    entities,
    summary: summarizeParsed(text, structure, sentences, count, method, countPerSentence(sentences, entities.officials)),
  };
}
