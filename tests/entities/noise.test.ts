// Adversarial review: entity spans and values under input noise (eth for Đ, NFD, reformed tones,
// zero-width characters, BOM, NBSP, CRLF, astral characters and lone surrogates before the span).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractEntities, extractOfficials } from '../../src/entities/index.js';
import type { Entities } from '../../src/entities/index.js';
import { keyOf } from '../../src/entities/_lib/doc.js';

const PIECES = [
  'Ngày 18/6/2020, ', 'sáng 20/11', 'Bí thư Quận ủy ', 'Nguyễn Văn Đạt', 'Đồng chí ', 'UBND quận Đống Đa', ' tăng 5,2%',
  'Quận 10', 'TP.HCM', 'Đoàn TNCS Hồ Chí Minh', 'năm 2020', ' - ', 'quý III/2021', 'Ủy viên Ban Thường vụ Thành ủy ',
  'Chủ tịch UBND tỉnh Khánh Hòa ', 'Sở Y tế', ' và ', ', ', '. ', '\n', 'Đảng ủy Khối ', 'đạt 98%',
];

/** Noise that must not change what is found, only where (in the caller's string). */
const NOISE: ((s: string) => string)[] = [
  (s) => s.replaceAll('Đ', '\u00d0'), // Icelandic eth typed for Đ
  (s) => s.normalize('NFD'),
  (s) => s.replaceAll('òa', 'oà').replaceAll('ủy', 'uỷ').replaceAll('Ủy', 'Uỷ'),
  (s) => s.replaceAll(' ', '\u00a0'),
  (s) => s.replaceAll('\n', '\r\n'),
  (s) => s.replace(/(\p{L})(\p{L})/gu, '$1\u200b$2'),
  (s) => '\ufeff' + s,
  (s) => s.replaceAll('. ', '.\u00ad '),
];
const PREFIXES = ['', '😀\n', '\ud800\n', '\udc00 \ud83d\n', 'x\u0301\u0323\n'];

function checkSpans(input: string, r: Entities): void {
  for (const list of [r.dates, r.percentages, r.officials, r.organisations]) {
    for (const e of list) {
      expect(input.slice(e.start, e.end)).toBe(e.text);
      // No span cuts a surrogate pair or leaves a combining mark of its last letter outside.
      expect(/^[\udc00-\udfff\p{M}]/u.test(e.text)).toBe(false);
      expect(/\p{M}/u.test(input.charAt(e.end))).toBe(false);
    }
  }
}

const values = (r: Entities) => ({
  dates: r.dates.map((d) => [d.value, d.weekday, d.partOfDay]),
  percentages: r.percentages.map((p) => [p.value, p.qualifier, p.change]),
  officials: r.officials.map((o) => [o.name === null ? null : keyOf(o.name.replaceAll('\u00d0', 'Đ')), o.titles.length]),
  organisations: r.organisations.length,
});

describe('entities under input noise', () => {
  it('Ð (U+00D0) alone is read as Đ, as it is when other noise is present', () => {
    const clean = 'Đồng chí Nguyễn Văn An, Bí thư Quận ủy Quận 3 phát biểu.';
    const eth = clean.replace('Đ', '\u00d0');
    expect(extractOfficials(eth).map((o) => o.text)).toEqual(extractOfficials(clean).map((o) => eth.slice(o.start, o.end)));
    expect(extractOfficials(eth)[0]!.text.startsWith('\u00d0ồng chí')).toBe(true);
  });

  it('spans slice the original and values do not change, whatever noise and prefix', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 24 }),
        fc.subarray(NOISE.map((_, i) => i)),
        fc.constantFrom(...PREFIXES),
        (parts, noise, prefix) => {
          const clean = parts.join('');
          let noisy = clean;
          for (const i of noise) noisy = NOISE[i]!(noisy);
          noisy = prefix + noisy;
          const got = extractEntities(noisy);
          checkSpans(noisy, got);
          expect(values(got)).toEqual(values(extractEntities(prefix + clean)));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('referenceDate outside the years dates are read in', () => {
  // Inferred dates with such a year were invalid and dropped: every undated mention vanished.
  it.each([new Date(Date.UTC(20000, 0, 1)), new Date(Date.UTC(-5, 0, 1)), '0000-01-01', '1000-03-01', '3000'])('%s is a RangeError', (rd) => {
    expect(() => extractEntities('Sáng 18/6, UBND quận họp.', { referenceDate: rd })).toThrow(RangeError);
  });
  it('the edges of the range still give dates', () => {
    for (const rd of ['1001-01-01', '2999-12-31']) {
      expect(extractEntities('Sáng 18/6, UBND quận họp.', { referenceDate: rd }).dates.map((d) => d.value)).toHaveLength(1);
    }
  });
});
