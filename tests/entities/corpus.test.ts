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

describe('the scorer itself', () => {
  it('counts matches, misses and extras by span and by value', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'vietext-ent-'));
    try {
      const text = 'Ngày 18/6/2020, UBND quận tăng 5,2%.';
      writeFileSync(join(dir, 'a.txt'), text);
      const gold = {
        encoding: 'utf8',
        entities: {
          // Right span, wrong value: a span match but not a value match.
          dates: [{ text: 'Ngày 18/6/2020', start: 0, end: 14, value: '2020-06-19' }],
          // Shorter span, right value: a value match but not a span match.
          percentages: [{ text: '5,2%', start: 31, end: 35, value: 5.2, qualifier: '=' }],
          // A gold official the extractor cannot find: a miss in both.
          officials: [{ text: 'UBND', start: 16, end: 20, name: 'Ai Đó', title: 'x', organisation: null, titles: [] }],
          organisations: [],
        },
      };
      writeFileSync(join(dir, 'a.gold.json'), JSON.stringify(gold));
      const s = await scoreCorpus(dir);
      expect(s.articles).toBe(1);
      expect([s.span.dates.tp, s.value.dates.tp, s.value.dates.fn, s.value.dates.fp]).toEqual([1, 0, 1, 1]);
      expect([s.span.percentages.tp, s.value.percentages.tp]).toEqual([0, 1]);
      expect([s.value.officials.fn, s.value.officials.f1]).toEqual([1, 0]);
      expect(s.value.organisations.fp).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
