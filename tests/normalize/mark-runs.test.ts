// Adversarial review: one long run of combining marks of different classes. The platform's
// String.prototype.normalize sorts such a run in quadratic time (80 000 marks ≈ 2 s); every
// function built on it must stay linear, and src/_lib/unicode-form.ts must equal the platform.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toNFC, toNFD } from '../../src/_lib/unicode-form.js';
import {
  decodeLegacy, detectEncoding, encodeLegacy, fixEncoding, normalize, normalizeWithOffsets, parseSyllable, toMatchKey,
} from '../../src/normalize/index.js';
import { extractEntities } from '../../src/entities/index.js';
import { parseArticle } from '../../src/summarize/index.js';

// Marks of many combining classes (incl. class 0 marks, marks that decompose, astral marks).
const MARKS = [
  '\u0301', '\u0323', '\u0300', '\u0344', '\u0903', '\u05b0', '\u064b', '\u0e38', '\u302a', '\u1dce', '\u0315',
  '\u031b', '\u0345', '\u0f73', '\u0f71', '\u20d2', '\ud834\udd65', '\ud834\udd67', '\ud804\udcb9', '\u0334', '\u035c',
];
const BASES = ['a', 'o', '\u1ea1', 'ơ', 'A', '\u0627', 'ก', ' ', '😀', '\ud800', '\udc00', '', 'e\u0302', '\u1100'];

describe('toNFC / toNFD', () => {
  it('equal the platform on text with long mark runs, and on any string', () => {
    const markRun = fc.array(fc.constantFrom(...MARKS), { maxLength: 300 }).map((a) => a.join(''));
    const text = fc.array(fc.oneof(fc.constantFrom(...BASES), markRun), { maxLength: 6 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: 'binary', maxLength: 200 })), (s) => {
        expect(toNFC(s)).toBe(s.normalize('NFC'));
        expect(toNFD(s)).toBe(s.normalize('NFD'));
      }),
      { numRuns: 150 },
    );
  });
});

describe('linear time on one long run of alternating marks', () => {
  const make = (n: number) => 'Việt a' + '\u0301\u0323'.repeat(n / 2) + ' Nam';
  const cases: [string, (s: string) => unknown][] = [
    ['normalize', (s) => normalize(s)],
    ['normalize NFD, clean-up off', (s) => normalize(s, { form: 'NFD', eth: false, spaces: false, zeroWidth: false })],
    ['normalizeWithOffsets', (s) => normalizeWithOffsets(s, { tones: 'reformed' })],
    ['toMatchKey', toMatchKey],
    ['parseSyllable', parseSyllable],
    ['detectEncoding', detectEncoding],
    ['fixEncoding', (s) => fixEncoding(s)],
    ['encodeLegacy', (s) => encodeLegacy(s, 'vni') + encodeLegacy(s, 'tcvn3') + encodeLegacy(s, 'viqr')],
    ['decodeLegacy', (s) => decodeLegacy(s, 'viqr')],
    ['extractEntities', (s) => extractEntities(s)],
    ['parseArticle', (s) => parseArticle(s)],
  ];
  it.each(cases)('%s', (_, fn) => {
    const time = (n: number): number => {
      const s = make(n);
      const t0 = performance.now();
      fn(s);
      return performance.now() - t0;
    };
    time(2_000);
    const small = Math.max(time(20_000), 5);
    const big = time(80_000);
    // Quadratic would be ~16× (and ~2 s per platform call at 80 000 marks).
    expect(big).toBeLessThan(small * 10 + 50);
  });
});
