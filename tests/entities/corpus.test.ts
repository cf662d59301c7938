// Runs the same scorer as `npm run eval:entities` over corpus/*.gold.json and holds the
// thresholds of issue 4 (F1 by normalised value).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreCorpus } from '../../scripts/eval-entities.js';

const THRESHOLDS = { dates: 0.95, percentages: 0.97, officials: 0.9, organisations: 0.85 } as const;

describe('entity extraction on the gold corpus', async () => {
  const s = await scoreCorpus(join(import.meta.dirname, '..', '..', 'corpus'));

  it('scores at least one article and every span slices to its text', () => {
    expect(s.articles).toBeGreaterThan(0);
    expect(s.errors).toEqual([]);
  });

  it.each(Object.entries(THRESHOLDS))('%s F1 by value ≥ %s', (type, min) => {
    const f1 = s.value[type as keyof typeof THRESHOLDS].f1;
    expect(f1).toBeGreaterThanOrEqual(min);
  });
});
