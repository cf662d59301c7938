// The benchmark harness (bench/_corpus.ts, bench/_measure.ts) builds its inputs and numbers as
// bench/README.md says.
import { describe, expect, it } from 'vitest';
import { buildInputs, loadArticles } from '../../bench/_corpus.js';
import { floorLoop, measure } from '../../bench/_measure.js';

describe('bench inputs', () => {
  it('reads every corpus article, decoding legacy-encoded files', async () => {
    const { articles, skipped } = await loadArticles();
    expect(articles.length).toBeGreaterThan(0);
    for (const a of articles) {
      // Decoded text reads as Vietnamese: no latin1 mojibake of the legacy encodings' bytes.
      expect(a.text).toMatch(/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/u);
    }
    for (const s of skipped) expect(s.reason).toMatch(/not UTF-8/);
  });
  it('repeats the corpus to at least the target size, with an NFD twin', async () => {
    const inputs = await buildInputs(200_000);
    expect(inputs.corpusBytes).toBeGreaterThanOrEqual(200_000);
    expect(Buffer.byteLength(inputs.corpus)).toBe(inputs.corpusBytes);
    expect(inputs.corpusNfd).toBe(inputs.corpus.normalize('NFD'));
    expect(inputs.corpusArticlesBytes).toBeGreaterThanOrEqual(200_000);
  });
});

describe('measure', () => {
  it('times a case and counts its units', async () => {
    const inputs = await buildInputs(50_000);
    const m = measure({ group: 'g', name: 'split', run: (s) => s.split(' '), unit: 'pieces' }, inputs, { runs: 3, budgetMs: 1000 });
    expect(m.runs).toBe(3);
    expect(m.mbPerS).toBeGreaterThan(0);
    expect(m.unitsPerS).toBeCloseTo(inputs.corpus.split(' ').length / (m.medianMs / 1000), 0);
    const f = measure({ group: 'g', name: 'floor', run: floorLoop }, inputs, { runs: 3, budgetMs: 1000 });
    expect(f.unit).toBeUndefined();
    const per = measure({ group: 'g', name: 'len', run: (s) => s.length, input: 'corpus-articles', unit: 'chars' }, inputs, { runs: 3, budgetMs: 1000 });
    expect(per.articlesPerS).toBeGreaterThan(0);
    expect(per.chars).toBe(inputs.corpusArticles.reduce((n, a) => n + a.length, 0));
  });
});
