import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle, summarize } from '../../src/summarize/index.js';

const SEED = readFileSync(new URL('../../corpus/000_ef666b26bbfb0251.txt', import.meta.url), 'utf8');

describe('summarize on the seed article', () => {
  const s = summarize(SEED);
  const a = parseArticle(SEED);
  it('returns 3 body sentences in article order with exact offsets', () => {
    expect(s.method).toBe('hybrid');
    expect(s.sentences).toHaveLength(3);
    for (const x of s.sentences) expect(SEED.slice(x.start, x.end)).toBe(x.text);
    const idx = s.sentences.map((x) => x.index);
    expect([...idx].sort((p, q) => p - q)).toEqual(idx);
    expect(new Set(idx).size).toBe(3);
  });
  it('takes only body text: never title, caption, byline or chrome, never the source tag', () => {
    const body = a.paragraphs;
    for (const x of s.sentences) {
      expect(body.some((p) => x.start >= p.start && x.end <= p.end)).toBe(true);
      expect(x.text).not.toContain('Thanhuytphcm.vn');
    }
  });
  it('keeps the lead sentence of this news article', () => {
    expect(s.sentences[0]!.text.startsWith('Ngày 18/6, Quận ủy Quận 10')).toBe(true);
  });
  it('is deterministic', () => expect(summarize(SEED)).toEqual(s));
  it('picks the same sentences on NFD input', () => {
    expect(summarize(SEED.normalize('NFD')).sentences.map((x) => x.index)).toEqual(s.sentences.map((x) => x.index));
  });
  it('picks the same sentences on CRLF input', () => {
    expect(summarize(SEED.replaceAll('\n', '\r\n')).sentences.map((x) => x.text)).toEqual(s.sentences.map((x) => x.text));
  });
  it('scores are finite numbers; method lead gives the first sentences', () => {
    for (const x of s.sentences) expect(Number.isFinite(x.score)).toBe(true);
    expect(summarize(SEED, { method: 'lead', sentences: 2 }).sentences.map((x) => x.index)).toEqual([0, 1]);
    expect(summarize(SEED, { method: 'textrank' }).method).toBe('textrank');
  });
});

describe('summarize options', () => {
  const body = 'Câu một nói về ngân sách 2021. Câu hai nói về 5% tăng trưởng. Câu ba nói về đảng viên. Câu bốn nói về cán bộ.';
  it.each([
    [{ sentences: 1 }, 1],
    [{ sentences: 2 }, 2],
    [{ sentences: 10 }, 4],
    [{ ratio: 0.5 }, 2],
    [{ ratio: 1 }, 4],
    [{ ratio: 0.01 }, 1],
    [undefined, 3],
    [{}, 3],
  ])('%o gives %i sentences', (o, n) => {
    expect(summarize(body, o).sentences).toHaveLength(n);
  });
  it.each([
    [{ sentences: 0 }],
    [{ sentences: -1 }],
    [{ sentences: 1.5 }],
    [{ ratio: 0 }],
    [{ ratio: 1.2 }],
    [{ ratio: -0.5 }],
    [{ sentences: 2, ratio: 0.5 }],
    [{ method: 'lexrank' }],
    [{ sentence: 2 }],
  ])('%o is a RangeError', (o) => {
    expect(() => summarize(body, o as never)).toThrow(RangeError);
  });
  it.each([[{ sentences: '3' }], [{ ratio: '0.5' }], [{ sentences: Number.NaN }], [null], ['x'], [[]]])('%o is a TypeError', (o) => {
    expect(() => summarize(body, o as never)).toThrow(TypeError);
  });
  it.each([[null], [undefined], [3], [{}], [Symbol('x')]])('text %o is a TypeError', (t) => {
    expect(() => summarize(t as never)).toThrow(TypeError);
  });
  it("'' gives no sentences", () => expect(summarize('')).toEqual({ sentences: [], method: 'hybrid' }));
  it('a one-sentence text gives that sentence', () => {
    expect(summarize('Quận ủy họp.').sentences).toEqual([{ text: 'Quận ủy họp.', start: 0, end: 12, score: expect.any(Number), index: 0 }]);
  });
  it('does not mutate the options object', () => {
    const o = Object.freeze({ sentences: 2 });
    expect(summarize(body, o).sentences).toHaveLength(2);
  });
  it('breaks ties by position', () => {
    const same = 'Đây là một câu giống hệt nhau trong bài. '.repeat(6).trim();
    const got = summarize(same, { sentences: 2, method: 'textrank' }).sentences.map((x) => x.index);
    expect(got).toEqual([0, 1]);
  });
  it('MMR avoids a near-duplicate second sentence', () => {
    const t = [
      'Sáng 5/1, UBND tỉnh Long An tổ chức hội nghị tổng kết công tác năm 2020 với 300 đại biểu.',
      'Sáng 5/1, UBND tỉnh Long An tổ chức hội nghị tổng kết công tác năm 2020 với 300 đại biểu dự.',
      'Năm 2020, thu ngân sách của tỉnh đạt 112% dự toán, tăng 5,2% so với cùng kỳ.',
    ].join(' ');
    expect(summarize(t, { sentences: 2 }).sentences.map((x) => x.index)).toEqual([0, 2]);
  });
});

describe('summarize robustness', () => {
  it('never throws; sentences are in order, inside the text, offset-exact', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), fc.integer({ min: 1, max: 5 }), (t, k) => {
        const s = summarize(t, { sentences: k });
        expect(s.sentences.length).toBeLessThanOrEqual(k);
        let last = -1;
        for (const x of s.sentences) {
          expect(t.slice(x.start, x.end)).toBe(x.text);
          expect(x.index).toBeGreaterThan(last);
          last = x.index;
        }
      }),
      { numRuns: 300 },
    );
  });
  it('stays fast on a very long article (centroid fallback)', () => {
    const t = Array.from({ length: 20_000 }, (_, i) => `Câu số ${i} nói về ngân sách ${i % 97} tỷ đồng của quận ${i % 13}.`).join(' ');
    const t0 = performance.now();
    const s = summarize(t, { sentences: 5 });
    expect(performance.now() - t0).toBeLessThan(20_000);
    expect(s.sentences).toHaveLength(5);
  });
  it.each([
    ['digits', '1'.repeat(1_000_000)],
    ['dots', '. '.repeat(500_000)],
    ['capitals', 'A. '.repeat(300_000)],
  ])('is fast on adversarial %s', (_, t) => {
    const t0 = performance.now();
    summarize(t);
    expect(performance.now() - t0).toBeLessThan(20_000);
  });
});
