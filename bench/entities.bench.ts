// Benchmark rows for entity extraction (run by bench/run.ts, `npm run bench`). `corpus-articles`
// calls `run` once per corpus article, so the runner reports MB/s and articles/s beside `segment`.
import { extractEntities } from '../src/entities/index.js';
import type { BenchCase } from './_types.js';

export const cases: BenchCase[] = [
  {
    group: 'entities',
    name: 'extractEntities',
    input: 'corpus-articles',
    run: (text) => {
      const r = extractEntities(text);
      return r.dates.length + r.percentages.length + r.officials.length + r.organisations.length;
    },
  },
];
