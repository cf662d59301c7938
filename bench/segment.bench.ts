// Benchmark rows for vietext/segment (run by bench/run.ts, `npm run bench`).
import { segment, segmentOffsets } from '../src/segment/index.js';

/** The shape of bench/_types.ts's BenchCase (declared here until that file is committed). */
interface BenchCase {
  group: string;
  name: string;
  run: (input: string) => unknown;
  input?: 'corpus' | 'corpus-nfd' | 'corpus-articles';
  unit?: string;
  unitsPerItem?: number;
}

export const cases: BenchCase[] = [
  { group: 'tokenize', name: 'segment', run: (s) => segment(s), input: 'corpus', unit: 'words' },
  { group: 'tokenize', name: 'segmentOffsets', run: (s) => segmentOffsets(s), input: 'corpus', unit: 'words', unitsPerItem: 3 },
];
