// Benchmark rows for vietext/segment (run by bench/run.ts, `npm run bench`).
import { segment, segmentOffsets } from '../src/segment/index.js';
import type { BenchCase } from './_types.js';

export const cases: BenchCase[] = [
  { group: 'tokenize', name: 'segment', run: (s) => segment(s), input: 'corpus', unit: 'words' },
  { group: 'tokenize', name: 'segmentOffsets', run: (s) => segmentOffsets(s), input: 'corpus', unit: 'words', unitsPerItem: 3 },
  // NFD input: more code units per syllable, and every syllable form goes through the NFC key path once.
  { group: 'tokenize', name: 'segmentOffsets (NFD input)', run: (s) => segmentOffsets(s), input: 'corpus-nfd', unit: 'words', unitsPerItem: 3 },
  // Per article (a few KB each): the per-call overhead of a typical pipeline call.
  { group: 'tokenize', name: 'segment (per article)', run: (s) => segment(s), input: 'corpus-articles', unit: 'words' },
];
