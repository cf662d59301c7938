// Benchmark rows for vietext/segment (run by bench/run.ts, `npm run bench`).
import { segment, segmentOffsets } from '../src/segment/index.js';
import type { BenchCase } from './_types.js';

export const cases: BenchCase[] = [
  { group: 'tokenize', name: 'segment', run: (s) => segment(s), input: 'corpus', unit: 'words' },
  { group: 'tokenize', name: 'segmentOffsets', run: (s) => segmentOffsets(s), input: 'corpus', unit: 'words', unitsPerItem: 3 },
];
