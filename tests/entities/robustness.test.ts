import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDates, extractEntities, extractOfficials, extractOrganisations, extractPercentages } from '../../src/entities/index.js';
import type { Entities } from '../../src/entities/index.js';
import { keyOf } from '../../src/entities/_lib/doc.js';
import { extractMs } from './_fields.js';

const ARTICLE = [
  'Thứ Hai, ngày 12 tháng 10 năm 2020',
  '',
  'Quận 3 hoàn thành kế hoạch cải cách hành chính',
  '',
  '(Thanhuytphcm.vn) - Sáng 10/10, Quận ủy Quận 3 tổ chức hội nghị sơ kết 9 tháng đầu năm 2020.',
  '',
  'Đồng chí Nguyễn Thị Hòa, Ủy viên Ban Thường vụ Quận ủy, Chủ tịch UBND quận cho biết tỷ lệ hồ sơ đúng hạn đạt 98,5%, tăng 2,1% so với cùng kỳ; trên 95% người dân hài lòng.',
  '',
  'Phát biểu chỉ đạo, Bí thư Quận ủy Lê Văn Khoa đề nghị Ủy ban MTTQ Việt Nam quận và Đoàn TNCS Hồ Chí Minh quận tiếp tục giám sát giai đoạn 2020 - 2025.',
  '',
  'Minh Khang',
  '',
  'Ý kiến bạn đọc',
  'Tin khác',
  'Bí thư Thành ủy Nguyễn Văn Nam làm việc với UBND Quận 5 ngày 3/10/2020, tăng 15%',
].join('\n');

/** Every span slices to its text; lists are in order. */
function checkSpans(input: string, r: Entities): void {
  for (const list of [r.dates, r.percentages, r.officials, r.organisations]) {
    let last = -1;
    for (const e of list) {
      expect(input.slice(e.start, e.end)).toBe(e.text);
      expect(e.start).toBeGreaterThanOrEqual(last);
      expect(e.end).toBeGreaterThan(e.start);
      last = e.start;
    }
  }
}

const values = (r: Entities) => ({
  dates: r.dates.map((d) => [d.value, d.weekday, d.partOfDay, d.yearInferred]),
  percentages: r.percentages.map((p) => [p.value, p.qualifier, p.change, p.max]),
  officials: r.officials.map((o) => [o.name === null ? null : keyOf(o.name), o.titles.length]),
  organisations: r.organisations.map((o) => o.text.normalize('NFC').length),
});

describe('extractEntities on a whole article', () => {
  const r = extractEntities(ARTICLE);

  it('finds each type and skips the page chrome', () => {
    checkSpans(ARTICLE, r);
    const chromeStart = ARTICLE.indexOf('Ý kiến bạn đọc');
    for (const list of [r.dates, r.percentages, r.officials, r.organisations]) {
      for (const e of list) expect(e.start).toBeLessThan(chromeStart);
    }
    expect(r.dates.map((d) => d.value)).toEqual(['2020-10-12', '2020-10-10', '2020-01/2020-09', '2020/2025']);
    expect(r.percentages.map((p) => p.text)).toEqual(['đạt 98,5%', 'tăng 2,1%', 'trên 95%']);
    expect(r.officials.map((o) => [o.name, o.title, o.organisation])).toEqual([
      ['Nguyễn Thị Hòa', 'Chủ tịch UBND quận', 'Ủy ban nhân dân Quận 3'],
      ['Lê Văn Khoa', 'Bí thư Quận ủy', 'Quận ủy Quận 3'],
    ]);
    expect(r.organisations.map((o) => o.text)).toEqual([
      'Quận ủy Quận 3',
      'Ban Thường vụ Quận ủy',
      'UBND quận',
      'Quận ủy',
      'Ủy ban MTTQ Việt Nam quận',
      'Đoàn TNCS Hồ Chí Minh quận',
    ]);
  });

  it('gives the same values for NFD input, with offsets into the NFD string', () => {
    const nfd = ARTICLE.normalize('NFD');
    const d = extractEntities(nfd);
    checkSpans(nfd, d);
    expect(values(d)).toEqual(values(r));
  });

  it('gives the same values for the reformed tone style and for zero-width noise', () => {
    const reformed = ARTICLE.replaceAll('Hòa', 'Hoà').replaceAll('Ủy', 'Uỷ').replaceAll('ủy', 'uỷ');
    const z = ARTICLE.replaceAll('UBND', 'UB\u200bND'.replace('\u200b', '')).replaceAll('Quận ủy', 'Quận\u00a0ủy');
    for (const v of [reformed, z]) {
      const d = extractEntities(v);
      checkSpans(v, d);
      expect(values(d)).toEqual(values(r));
    }
    const ref = extractOrganisations('UBND quận Hoàn Kiếm và Uỷ ban nhân dân tỉnh Khánh Hoà');
    expect(ref.map((o) => o.canonical)).toEqual(['Ủy ban nhân dân quận Hoàn Kiếm', 'Uỷ ban nhân dân tỉnh Khánh Hoà']);
  });

  it('the per-type functions agree with extractEntities', () => {
    expect(extractDates(ARTICLE)).toEqual(r.dates);
    expect(extractPercentages(ARTICLE)).toEqual(r.percentages);
    expect(extractOfficials(ARTICLE)).toEqual(r.officials);
    expect(extractOrganisations(ARTICLE)).toEqual(r.organisations);
  });

  it('returns fresh objects and does not touch the options', () => {
    const opts = Object.freeze({ referenceDate: '2020-06-01' });
    const a = extractEntities(ARTICLE, opts);
    const b = extractEntities(ARTICLE, opts);
    expect(a).toEqual(b);
    expect(a.officials[0]).not.toBe(b.officials[0]);
    a.officials[0].titles.push('x');
    expect(b.officials[0].titles).not.toContain('x');
  });
});

describe('source tags and chrome variants', () => {
  it('nothing inside the source tag, chrome markers with colon or count end the article', () => {
    const text = '(Báo Nhân Dân) - Ngày 18/6, UBND Quận 5 họp.\n\nÝ kiến bạn đọc (0)\nUBND Quận 6 họp ngày 20/6\n';
    const r = extractEntities(text);
    expect(r.organisations.map((o) => o.text)).toEqual(['UBND Quận 5']);
    expect(r.dates.map((d) => d.text)).toEqual(['Ngày 18/6']);
    const r2 = extractEntities('Ngày 18/6, Sở Y tế họp.\r\n\r\nTin liên quan:\r\nSở Nội vụ họp ngày 20/6');
    expect(r2.organisations.map((o) => o.text)).toEqual(['Sở Y tế']);
  });
});

describe('bad and odd input', () => {
  it.each([null, undefined, 42, {}, [], Symbol('s')])('%s is a TypeError', (v) => {
    expect(() => extractEntities(v as unknown as string)).toThrow(TypeError);
  });
  it('rejects options that are not objects, unknown keys and invalid reference dates', () => {
    expect(() => extractEntities('a', 'x' as never)).toThrow(TypeError);
    expect(() => extractEntities('a', { foo: 1 } as never)).toThrow(RangeError);
    expect(() => extractEntities('a', { referenceDate: '2021-13-01' })).toThrow(RangeError);
    expect(() => extractEntities('a', { referenceDate: null as never })).toThrow(RangeError);
  });
  it.each(['', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'prototype', '\ud800', '\udfff\ud800', '%', '/', '.'])(
    '%j gives empty lists',
    (s) => {
      expect(extractEntities(s)).toEqual({ dates: [], percentages: [], officials: [], organisations: [] });
    },
  );
});

describe('properties', () => {
  const pieces = fc.constantFrom(
    'ngày 18/6', ' ', ', ', '\n', 'Bí thư Quận ủy ', 'Nguyễn Văn An', 'UBND quận', ' tăng 5,2%', '14/14', 'Quận 10',
    'TP.HCM', 'đồng chí ', 'năm 2020', ' - ', '%', '/', 'quý III/2021', 'Ủy viên Ban Thường vụ Thành ủy', 'Tin khác',
  );
  it('spans always slice to their text, on random and on Vietnamese-like strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), fc.array(pieces, { maxLength: 30 }).map((a) => a.join(''))), (s) => {
        checkSpans(s, extractEntities(s));
      }),
      { numRuns: 300 },
    );
  });
  it('NFC and NFD input give the same values', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }).map((a) => a.join('')), (s) => {
        expect(values(extractEntities(s.normalize('NFD')))).toEqual(values(extractEntities(s.normalize('NFC'))));
      }),
      { numRuns: 200 },
    );
  });
});

describe('linear time on adversarial input', () => {
  const cases: [string, (n: number) => string][] = [
    ['digits', (n) => '1'.repeat(n)],
    ['dots', (n) => '.'.repeat(n)],
    ['slashes', (n) => '1/'.repeat(n / 2)],
    ['capitals', (n) => 'Nguyễn '.repeat(n / 7)],
    ['spaces', (n) => ' '.repeat(n)],
    ['titles', (n) => 'Bí thư '.repeat(n / 7)],
    ['bodies', (n) => 'UBND '.repeat(n / 5)],
    ['percent signs', (n) => '5% '.repeat(n / 3)],
    ['date words', (n) => 'ngày '.repeat(n / 5)],
    ['lone surrogates', (n) => '\ud800'.repeat(n)],
    ['one long NFD line', (n) => 'Ủy ban nhân dân Quận 10 ngày 18/6/2020 tăng 5,2%. '.normalize('NFD').repeat(n / 57)],
    ['day lists', (n) => 'ngày 1 và 2/3 '.repeat(n / 14)],
    ['date ranges', (n) => 'từ ngày 1/1 đến 2/2 '.repeat(n / 20)],
    ['appositive chains', (n) => 'đồng chí Nguyễn Văn A, Bí thư Quận ủy, '.repeat(n / 39)],
    ['coordinated bodies', (n) => 'HĐND và UBND quận 5 và '.repeat(n / 23)],
    ['implied ministry titles', (n) => 'Thứ trưởng Bộ Y tế nói Thứ trưởng '.repeat(n / 34)],
    ['bare back-references', (n) => ('Sở Y tế họp. ' + 'Giám đốc Sở, Sở, Cục, Công ty '.repeat(n / 30))],
    ['company names', (n) => 'Công ty cổ phần An Bình và Công ty TNHH MTV '.repeat(n / 45)],
    ['lower-case board names with commas', (n) => 'Ban Chỉ đạo phòng, chống, '.repeat(n / 26)],
    ['name nouns', (n) => 'Cục Khoa học công nghệ dân sự '.repeat(n / 30)],
    ['abbreviated wards and acronyms', (n) => 'UBND P.12, Q.1 (EVN) Giám đốc Sở (VN) '.repeat(n / 38)],
    ['surname-bodies', (n) => 'ông Đoàn Văn Đoàn Đoàn Thanh niên, '.repeat(n / 35)],
  ];
  it.each(cases)('%s', (_, make) => {
    const time = (n: number): number => extractMs(make(n));
    time(20_000);
    const small = Math.max(time(100_000), 5);
    const big = time(400_000);
    // 4× the input may cost at most ~12× the time (linear with generous noise on a shared machine).
    expect(big).toBeLessThan(small * 12 + 50);
  });

  it('handles a 10 MB line', { timeout: 180_000 }, () => {
    const unit = 'cán bộ công chức viên chức tiếp tục học tập và làm theo tư tưởng đạo đức phong cách '.repeat(10) + 'Sáng 20/11, UBND quận tăng 5,2%; ';
    const s = unit.repeat(Math.ceil(10_000_000 / unit.length));
    const t0 = performance.now();
    const r = extractEntities(s);
    expect(r.percentages.length).toBe(Math.ceil(10_000_000 / unit.length));
    expect(performance.now() - t0).toBeLessThan(120_000);
  });
});

describe('text recovered with fixEncoding', () => {
  const SRC =
    'Thứ Hai, ngày 12 tháng 10 năm 2020\n\nỦy ban nhân dân Quận 3 họp\n\nSáng 10/10, Ủy ban MTTQ Việt Nam quận tổ chức hội nghị. ' +
    'Đồng chí Nguyễn Thị Ánh, Ủy viên Ban Thường vụ Quận ủy, Chủ tịch Ủy ban MTTQ Việt Nam quận ở Quận 3 cho biết tỷ lệ đạt 98,5%. ' +
    'Ông Lê Văn Ẩn ủng hộ. Ủy ban nhân dân quận đã chỉ đạo.';
  const summary = (r: Entities) => ({
    dates: r.dates.map((d) => d.value),
    percentages: r.percentages.map((p) => [p.value, p.qualifier]),
    officials: r.officials.map((o) => [o.name, o.title, o.titles]),
    organisations: r.organisations.map((o) => [o.canonical, o.resolved]),
  });
  it.each(['vni', 'tcvn3', 'viqr'] as const)('%s round trip gives the same entities (TCVN3 capitals restored)', async (enc) => {
    const norm = (await import('../../src/normalize/index.js')) as unknown as {
      encodeLegacy: (t: string, e: string) => string;
      fixEncoding: (t: string) => string;
    };
    const fixed = norm.fixEncoding(norm.encodeLegacy(SRC, enc));
    const r = extractEntities(fixed);
    checkSpans(fixed, r);
    expect(summary(r)).toEqual(summary(extractEntities(SRC)));
  });
});
