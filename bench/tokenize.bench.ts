// Benchmark rows for vietext/tokenize (run by bench/run.ts, `npm run bench`). The floor (a bare
// charCodeAt loop), String.prototype.split(' ') and natural's tokenizer are measured by run.ts.
import { splitSentences, tokenize, tokenOffsets } from '../src/tokenize/index.js';
import type { BenchCase } from './_types.js';

export const cases: BenchCase[] = [
  { group: 'tokenize', name: 'tokenOffsets', run: (s) => tokenOffsets(s), unit: 'tokens', unitsPerItem: 3 },
  { group: 'tokenize', name: 'tokenOffsets (NFD input)', run: (s) => tokenOffsets(s), input: 'corpus-nfd', unit: 'tokens', unitsPerItem: 3 },
  { group: 'tokenize', name: 'tokenize', run: (s) => tokenize(s), unit: 'tokens' },
  { group: 'tokenize', name: 'splitSentences', run: (s) => splitSentences(s), unit: 'sentences' },
];
