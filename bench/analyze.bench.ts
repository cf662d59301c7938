// Benchmark rows for the summarize capability. `input: 'corpus-articles'` calls `run` once per
// corpus article (the runner repeats the corpus), so the runner can report articles/s.
import { analyze } from '../src/summarize/analyze.js';
import { parseArticle } from '../src/summarize/parse-article.js';
import { summarize } from '../src/summarize/summarize.js';
import type { BenchCase } from './_types.js';

export const cases: BenchCase[] = [
  { group: 'analyze', name: 'analyze', input: 'corpus-articles', run: (text) => analyze(text) },
  { group: 'analyze', name: 'parseArticle', input: 'corpus-articles', run: (text) => parseArticle(text) },
  { group: 'analyze', name: 'summarize', input: 'corpus-articles', run: (text) => summarize(text) },
];
