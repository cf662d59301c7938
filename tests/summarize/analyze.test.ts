import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/entities/index.js';
import { analyze, parseArticle, summarize } from '../../src/summarize/index.js';

const SEED = readFileSync(new URL('../../corpus/000_ef666b26bbfb0251.txt', import.meta.url), 'utf8');

describe('analyze', () => {
  it('equals its parts on the seed article', () => {
    const r = analyze(SEED);
    expect(r.article).toEqual(parseArticle(SEED));
    expect(r.summary).toEqual(summarize(SEED));
    expect(r.entities).toEqual(extractEntities(SEED));
    expect(r.article.title?.text).toBe('Tiếp tục xây dựng chương trình nâng cao chất lượng đội ngũ cán bộ');
    expect(r.entities.percentages.map((p) => p.value)).toEqual([100, 90]);
    expect(r.summary.sentences).toHaveLength(3);
  });
  it('passes summary and entity options through', () => {
    expect(analyze(SEED, { sentences: 1 }).summary).toEqual(summarize(SEED, { sentences: 1 }));
    expect(analyze(SEED, { ratio: 0.5, method: 'textrank' }).summary).toEqual(summarize(SEED, { ratio: 0.5, method: 'textrank' }));
    expect(analyze(SEED, { referenceDate: '2019-01-01' }).entities).toEqual(extractEntities(SEED, { referenceDate: '2019-01-01' }));
  });
  it('keeps offsets into NFD and CRLF input', () => {
    for (const t of [SEED.normalize('NFD'), SEED.replaceAll('\n', '\r\n')]) {
      const r = analyze(t);
      for (const s of [...r.summary.sentences, ...r.article.paragraphs, ...r.entities.dates, ...r.entities.officials]) {
        expect(t.slice(s.start, s.end)).toBe(s.text);
      }
      expect(r.summary.sentences.map((s) => s.index)).toEqual(analyze(SEED).summary.sentences.map((s) => s.index));
    }
  });
  it("'' gives the empty structure", () => {
    const r = analyze('');
    expect(r.article.paragraphs).toEqual([]);
    expect(r.article.title).toBeNull();
    expect(r.summary).toEqual({ sentences: [], method: 'hybrid' });
    expect(r.entities).toEqual({ dates: [], percentages: [], officials: [], organisations: [] });
  });
  it.each([[null], [undefined], [1], [{}], [['x']]])('text %o is a TypeError', (t) => {
    expect(() => analyze(t as never)).toThrow(TypeError);
    expect(() => analyze(t as never)).toThrow(/analyze: expected text to be a string/);
  });
  it.each([[{ sentences: 0 }], [{ sentences: -2 }], [{ ratio: 2 }], [{ foo: 1 }], [{ method: 'x' }]])('%o is a RangeError', (o) => {
    expect(() => analyze(SEED, o as never)).toThrow(RangeError);
  });
  it.each([[{ referenceDate: 2020 }], [{ sentences: '2' }], [null]])('%o is a TypeError', (o) => {
    expect(() => analyze(SEED, o as never)).toThrow(TypeError);
  });
  it('is linear enough on a long article', () => {
    const t = `Tiêu đề dài của bài viết về cán bộ\n\n${'Sáng 5/1, UBND Quận 10 tổ chức hội nghị với 95,5% đại biểu tham dự. '.repeat(20_000)}`;
    const t0 = performance.now();
    const r = analyze(t);
    expect(performance.now() - t0).toBeLessThan(20_000);
    expect(r.summary.sentences).toHaveLength(3);
  });
});
