// Benchmark case for word segmentation (run by bench/run.ts, `npm run bench`).
import { segment } from '../src/segment/index.js';

/** Shape of a benchmark case (declared here so this file does not depend on bench/_types.ts). */
interface SegmentBenchCase {
  group: string;
  name: string;
  run: (input: string) => unknown;
  input?: 'corpus' | 'corpus-nfd' | 'corpus-articles';
}

export const cases: SegmentBenchCase[] = [{ group: 'tokenize', name: 'segment', run: (input) => segment(input).length, input: 'corpus' }];
