import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TOKEN_TYPES, tokenOffsets, tokenize } from '../../src/tokenize/index.js';

const GAP = /^[\s\u200b\ufeff]*$/u;

/** Asserts the tokens tile `text`: in order, non-empty, and only whitespace between them. */
function checkTiling(text: string): void {
  const o = tokenOffsets(text);
  expect(o.length % 3).toBe(0);
  let prev = 0;
  for (let k = 0; k < o.length; k += 3) {
    const start = o[k];
    const end = o[k + 1];
    expect(start).toBeGreaterThanOrEqual(prev);
    expect(end).toBeGreaterThan(start);
    expect(o[k + 2]).toBeLessThan(TOKEN_TYPES.length);
    expect(GAP.test(text.slice(prev, start))).toBe(true);
    prev = end;
  }
  expect(GAP.test(text.slice(prev))).toBe(true);
  // tokenize agrees with tokenOffsets and slices the original.
  // tokenize agrees with tokenOffsets token for token.
  const toks = tokenize(text);
  expect(toks.length).toBe(o.length / 3);
  toks.forEach((t, q) => {
    expect([t.start, t.end, t.type]).toEqual([o[3 * q], o[3 * q + 1], TOKEN_TYPES[o[3 * q + 2]]]);
    expect(text.slice(t.start, t.end)).toBe(t.text);
  });
  const all = tokenize(text, { whitespace: true });
  expect(all.map((t) => t.text).join('')).toBe(text);
}

// Text that looks like the news: syllables, numbers, dates, abbreviations, punctuation, spaces.
const PIECES = [
  'cán', 'bộ', 'Hòa', 'hoà', 'khỏe', 'thuỷ', 'duyệt', 'Đặng', 'QUỐC', 'UBND', 'TP', 'HCM', 'Th', 'S', 'v',
  'N', 'A', '18', '6', '2020', '1', '234', '95', '5', '100', '14', 'www', 'vn', 'http', 'a', 'b', 'CT', 'TW',
  '.', ',', '/', '-', '%', '@', ':', '(', ')', '“', '”', '…', '...', ' ', ' ', ' ', '\n', '\n\n', '\u0301',
  '\u0323', '👍', '\ud800', '\udc00', "'", '’', '+', '−',
];
const newsText = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join(''));

describe('tiling', () => {
  it('holds for binary strings (lone surrogates)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => checkTiling(s)), { numRuns: 500 });
  });
  it('holds for grapheme strings (NFD, emoji)', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 100 }), (s) => checkTiling(s)), { numRuns: 500 });
  });
  it('holds for news-like text', () => {
    fc.assert(fc.property(newsText, (s) => checkTiling(s)), { numRuns: 1000 });
  });
});

/** Tokens as [NFC text, type] pairs, to compare forms of different lengths. */
function nfcTokens(text: string): string[] {
  return tokenize(text).map((t) => `${t.text.normalize('NFC')}|${t.type}`);
}

describe('form invariance', () => {
  it('NFC and NFD give the same tokens (news-like text)', () => {
    fc.assert(
      fc.property(newsText, (s) => {
        expect(nfcTokens(s.normalize('NFD'))).toEqual(nfcTokens(s.normalize('NFC')));
      }),
      { numRuns: 1000 },
    );
  });
  it('NFC and NFD give the same tokens (grapheme strings)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (s) => {
        expect(nfcTokens(s.normalize('NFD'))).toEqual(nfcTokens(s.normalize('NFC')));
      }),
      { numRuns: 500 },
    );
  });
  it('mixed NFC/NFD gives the same tokens as NFC', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...PIECES), fc.boolean()), { maxLength: 30 }), (parts) => {
        const mixed = parts.map(([p, d]) => (d ? p.normalize('NFD') : p)).join('');
        const nfc = parts.map(([p]) => p).join('');
        expect(nfcTokens(mixed)).toEqual(nfcTokens(nfc.normalize('NFC')));
      }),
      { numRuns: 500 },
    );
  });

  // Traditional vs reformed tone placement differ only on open oa/oe/uy; same length in NFC.
  const STYLE_PAIRS: [string, string][] = [
    ['hòa', 'hoà'], ['Hòa', 'Hoà'], ['HÒA', 'HOÀ'], ['khỏe', 'khoẻ'], ['thủy', 'thuỷ'], ['THỦY', 'THUỶ'],
    ['tùy', 'tuỳ'], ['lũy', 'luỹ'], ['hóa', 'hoá'], ['xòe', 'xoè'], ['Thụy', 'Thuỵ'],
  ];
  const SEPS = [' ', ', ', '.', '-', '/', '\n', '.HCM ', ' 18/6 ', ' UBND '];
  it('either tone style gives identical offsets and types', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...STYLE_PAIRS), fc.constantFrom(...SEPS)), { maxLength: 20 }),
        fc.boolean(),
        (parts, nfd) => {
          const form = nfd ? 'NFD' : 'NFC';
          const a = parts.map(([[t], sep]) => t + sep).join('').normalize(form);
          const b = parts.map(([[, r], sep]) => r + sep).join('').normalize(form);
          expect(Array.from(tokenOffsets(b))).toEqual(Array.from(tokenOffsets(a)));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('purity', () => {
  it('does not modify its input and returns fresh objects', () => {
    const text = 'Ngày 18/6, TP.HCM';
    const copy = `${text}`;
    const a = tokenize(text);
    const b = tokenize(text);
    expect(text).toBe(copy);
    expect(a).toEqual(b);
    expect(a[0]).not.toBe(b[0]);
  });
});

// tokenize against tokenOffsets on real articles (UTF-8 and NFD), and on input denser in tokens
// than tokenOffsets' first buffer (one token per 4 code units), which must then grow.
describe('tokenize agrees with tokenOffsets', () => {
  const dir = new URL('../../corpus/', import.meta.url);
  const articles = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(new URL(f, dir)))
    .filter((b) => !b.toString('utf8').includes('\ufffd'))
    .map((b) => b.toString('utf8'));
  const dense = [',.,;:!?()"'.repeat(500), 'a,'.repeat(3000), 'UBND '.repeat(50) + '1/1 '.repeat(400), '—“”'.repeat(999)];
  it.each([...articles.flatMap((a) => [a, a.normalize('NFD')]), ...dense].map((t, q) => [q, t]))('text %i', (_q, text) => {
    const o = tokenOffsets(text as string);
    const got = tokenize(text as string).flatMap((t) => [t.start, t.end, TOKEN_TYPES.indexOf(t.type)]);
    expect(got).toEqual(Array.from(o));
  });
});
