import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSegmenter, segment, segmentToString } from '../../src/segment/index.js';
import { tokenize } from '../../src/tokenize/index.js';

const WHITESPACE = /^\s*$/u;

/** Words are in order, exact slices of the input, and only whitespace lies between them. */
function checkTiling(input: string, words: { text: string; start: number; end: number }[]): void {
  let pos = 0;
  for (const w of words) {
    expect(w.start).toBeGreaterThanOrEqual(pos);
    expect(w.end).toBeGreaterThan(w.start);
    expect(input.slice(w.start, w.end)).toBe(w.text);
    expect(input.slice(pos, w.start)).toMatch(WHITESPACE);
    pos = w.end;
  }
  expect(input.slice(pos)).toMatch(WHITESPACE);
}

describe('segment: offsets and tiling', () => {
  it('reports offsets into the original string (NFD, tabs, NBSP, emoji)', () => {
    const input = '  Cán bộ\u00a0đội\tngũ 🇻🇳 ' + 'Quận ủy'.normalize('NFD') + '\n\n18/6.';
    const words = segment(input);
    checkTiling(input, words);
    expect(words.some((w) => w.text === 'Quận ủy'.normalize('NFD'))).toBe(true);
  });

  it('tiles any string, including lone surrogates (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 80 })), (s) => {
        checkTiling(s, segment(s));
      }),
      { numRuns: 500 },
    );
  });

  it('tiles with a user dictionary too (property)', () => {
    const seg = createSegmenter({ words: ['cán bộ trẻ', 'Quận 10', 'a b c'] });
    const part = fc.constantFrom('cán', 'bộ', 'trẻ', 'Quận', '10', 'a', 'b', 'c', ' ', '\n', '.', 'x');
    fc.assert(
      fc.property(fc.array(part, { maxLength: 40 }), (parts) => {
        const s = parts.join(' ');
        checkTiling(s, seg.segment(s));
      }),
      { numRuns: 300 },
    );
  });

  it('segmentToString agrees with segment and tokenize', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.constantFrom('cán\u200bbộ đội\u3000ngũ', 'Ông H. nói', 'Mát-xcơ-va')), (s) => {
        const tokens = tokenize(s);
        const expected = segment(s)
          .map((w) => {
            let out = '';
            let last = -1;
            for (const t of tokens) {
              if (t.start < w.start || t.end > w.end) continue;
              out += (last >= 0 && t.start > last ? '_' : '') + t.text;
              last = t.end;
            }
            return out;
          })
          .join(' ');
        expect(segmentToString(s)).toBe(expected);
      }),
      { numRuns: 300 },
    );
    // Any whitespace inside a word, zero-width and ideographic spaces included, prints as one `_`.
    expect(segmentToString('cán\u200bbộ đội\u3000ngũ')).toBe('cán_bộ đội_ngũ');
    expect(segmentToString('cán \u00a0 bộ')).toBe('cán_bộ');
  });
});

describe('segment: adversarial inputs complete in linear time', () => {
  const big = 1_000_000;
  it.each([
    ['digits', '1'.repeat(big)],
    ['dots', '.'.repeat(big)],
    ['slashes', '/'.repeat(big)],
    ['digit-dot runs', '1.'.repeat(big / 2)],
    ['capitals', 'A'.repeat(big)],
    ['capital syllables', 'NGUYỄN '.repeat(big / 7)],
    ['title-case syllables', 'Nguyễn Văn '.repeat(big / 11)],
    ['spaces', ' '.repeat(big)],
    ['syllables', 'cán bộ '.repeat(big / 7)],
    ['abbreviation dots', 'A.B'.repeat(big / 3)],
    ['lone surrogates', '\ud800'.repeat(big)],
    ['combining marks', 'a\u0301\u0301\u0301'.repeat(big / 4)],
    // One run of marks of two combining classes: the platform's NFC sorts it in quadratic time.
    ['one long run of mixed marks', `Việt a${'\u0301\u0323'.repeat(200_000)} Nam`],
  ])('%s', (_label, input) => {
    const t0 = performance.now();
    const words = segment(input);
    const ms = performance.now() - t0;
    expect(words.length).toBeGreaterThanOrEqual(0);
    expect(ms).toBeLessThan(10_000);
    if (words.length > 0) {
      expect(words[0].start).toBeGreaterThanOrEqual(0);
      expect(words[words.length - 1].end).toBeLessThanOrEqual(input.length);
    }
  });

  it('a 10 MB line', () => {
    const input = 'Ủy ban nhân dân Quận 10 tổ chức hội nghị cán bộ, ngày 18/6/2020 đạt 95,5%. '.repeat(140_000);
    const words = segment(input);
    expect(words[words.length - 1].end).toBe(input.length - 1);
  });
});
