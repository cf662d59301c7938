import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle, type Article, type ArticleSpan } from '../../src/summarize/index.js';
import { articleTexts } from '../../scripts/fill-gold-offsets.js';

const SEED = readFileSync(new URL('../../corpus/000_ef666b26bbfb0251.txt', import.meta.url), 'utf8');

function spans(a: Article): ArticleSpan[] {
  return [a.title, a.dateline, a.source, a.lead, a.author, ...a.paragraphs, ...a.captions, ...a.boilerplate].filter(
    (s): s is ArticleSpan => s !== null,
  );
}

function expectOffsets(text: string, a: Article): void {
  for (const s of spans(a)) expect(text.slice(s.start, s.end)).toBe(s.text);
}

const texts = (a: Article) => ({ ...articleTexts(a), paragraphs: a.paragraphs.length });

describe('parseArticle on the seed article', () => {
  const a = parseArticle(SEED);
  it('finds every part', () => {
    expect(texts(a)).toEqual({
      title: 'Tiếp tục xây dựng chương trình nâng cao chất lượng đội ngũ cán bộ',
      dateline: 'Thứ Bảy, ngày 8 tháng 8 năm 2020',
      source: 'Thanhuytphcm.vn',
      lead: 'Ngày 18/6, Quận ủy Quận 10 tổ chức hội nghị tổng kết chương trình đòn bẩy “Xây dựng đội ngũ cán bộ trong sạch, vững mạnh” giai đoạn 2015 - 2020.',
      author: 'Ngọc Duyên',
      captions: ['Bí thư Quận ủy Đặng Quốc Toàn trao Giấy khen cho các tập thể'],
      boilerplate: ['Ý kiến bạn đọc', 'refresh', 'Tổng lượt bình luận', 'Tin khác', 'Thông báo'],
      paragraphs: 5,
    });
  });
  it('parses the dateline', () => {
    expect(a.dateline).toMatchObject({ value: '2020-08-08', weekday: 6, time: null });
  });
  it('keeps offsets into the original string', () => expectOffsets(SEED, a));
  it('puts the lead first among the paragraphs', () => expect(a.paragraphs[0]).toEqual(a.lead));

  it('is the same on CRLF, stray spaces, NBSP and no blank lines', () => {
    const messy = SEED.split('\n')
      .filter((l) => l.trim() !== '')
      .map((l, i) => (i % 2 ? `  ${l}\u00a0 ` : `\t${l} `))
      .join('\r\n');
    const b = parseArticle(messy);
    expect(texts(b)).toEqual(texts(a));
    expectOffsets(messy, b);
  });
  it('is the same on NFD text (spans stay NFD)', () => {
    const nfd = SEED.normalize('NFD');
    const b = parseArticle(nfd);
    const want = texts(a);
    const got = texts(b);
    expect(got.title).toBe(want.title!.normalize('NFD'));
    expect(got.author).toBe(want.author!.normalize('NFD'));
    expect(got.boilerplate).toEqual(want.boilerplate.map((s) => s.normalize('NFD')));
    expect(got.captions).toEqual(want.captions.map((s) => s.normalize('NFD')));
    expect(b.dateline?.value).toBe('2020-08-08');
    expectOffsets(nfd, b);
  });
  it('does not depend on chrome being present', () => {
    const cut = SEED.slice(0, SEED.indexOf('Ý kiến bạn đọc'));
    expect(texts(parseArticle(cut))).toEqual({ ...texts(a), boilerplate: [] });
  });
});

describe('parseArticle on text without article structure', () => {
  it.each([
    ['one sentence', 'Hôm nay, UBND quận họp bàn kế hoạch năm 2021.'],
    ['two sentences', 'Sáng 20/11, Quận ủy họp. Hội nghị thông qua 3 nghị quyết.'],
    ['two prose paragraphs', 'Sáng 20/11, Quận ủy họp.\n\nHội nghị thông qua 3 nghị quyết.'],
  ])('%s is all body', (_, text) => {
    const a = parseArticle(text);
    expect(a.title).toBeNull();
    expect(a.dateline).toBeNull();
    expect(a.source).toBeNull();
    expect(a.author).toBeNull();
    expect(a.captions).toEqual([]);
    expect(a.boilerplate).toEqual([]);
    expect(a.lead?.start).toBe(0);
    expect(a.paragraphs.map((p) => p.text).join('\n\n')).toBe(text);
  });
  it('a date opening the lead is not a dateline', () => {
    expect(parseArticle('Tiêu đề\n\nSáng 20/11/2020, Quận ủy họp.').dateline).toBeNull();
  });
  it('a place before the date is part of the dateline; a weekday is still a weekday', () => {
    const a = parseArticle('Cần Thơ đẩy mạnh chuyển đổi số cấp xã\nCần Thơ, ngày 14/4/2026\nSáng 13/4, Thành ủy họp.');
    expect(a.dateline).toMatchObject({ text: 'Cần Thơ, ngày 14/4/2026', value: '2026-04-14', weekday: null });
    expect(parseArticle('Tiêu đề bài báo\nChủ Nhật, 12/4/2026\nSáng nay, Thành ủy họp.').dateline).toMatchObject({ weekday: 7 });
  });
  it('a dateline run together with the source tag and the lead is split off', () => {
    const a = parseArticle('Cần Thơ đẩy mạnh chuyển đổi số cấp xã\nCần Thơ, ngày 14/4/2026 (CTO) - Sáng 13/4, Thành ủy họp.\nĐoạn hai.');
    expect(a.dateline).toMatchObject({ text: 'Cần Thơ, ngày 14/4/2026', value: '2026-04-14' });
    expect(a.source?.text).toBe('CTO');
    expect(a.lead?.text).toBe('Sáng 13/4, Thành ủy họp.');
  });
  it("'' gives the empty structure", () => {
    expect(parseArticle('')).toEqual({
      title: null, dateline: null, source: null, lead: null, paragraphs: [], captions: [], author: null, boilerplate: [],
    });
  });
  it('whitespace only gives the empty structure', () => {
    expect(parseArticle(' \r\n\u00a0\n\t').paragraphs).toEqual([]);
  });
  it.each([[null], [undefined], [42], [{}], [['a']], [new String('a')]])('throws TypeError on %o', (v) => {
    expect(() => parseArticle(v as unknown as string)).toThrow(TypeError);
    expect(() => parseArticle(v as unknown as string)).toThrow(/parseArticle: expected text to be a string/);
  });
});

// Articles shaped like other sites: the rules are by line shape, not by the corpus's strings.
describe('parseArticle on other page shapes', () => {
  const other = [
    'Trang chủ > Tin tức - Sự kiện > Chính trị',
    'Cập nhật: 12/03/2021 08:45 (GMT+7)',
    'Tỉnh Long An triển khai kế hoạch phát triển kinh tế số',
    'Lượt xem: 1.234',
    'Chia sẻ: Facebook | Zalo | Email',
    'Đồng chí Trần Văn Cần phát biểu tại hội nghị',
    'TTXVN - Chiều 11/3, UBND tỉnh Long An tổ chức hội nghị triển khai kế hoạch phát triển kinh tế số năm 2021.',
    'Theo kế hoạch, đến năm 2025, kinh tế số chiếm 20% GRDP của tỉnh.',
    'Quang cảnh hội nghị. Ảnh: Minh Khang',
    'Tỉnh sẽ hỗ trợ 500 doanh nghiệp nhỏ chuyển đổi số trong năm nay.',
    'Bài, ảnh: HOÀNG LAN',
    'In bài viết',
    'Tin liên quan',
    'Long An: Hơn 90% hồ sơ được giải quyết trực tuyến',
    'Bình luận (0)',
    'Gửi bình luận của bạn',
    '© 2021 Báo điện tử tỉnh Long An',
  ].join('\n');
  const a = parseArticle(other);
  it('finds every part', () => {
    expect(texts(a)).toEqual({
      title: 'Tỉnh Long An triển khai kế hoạch phát triển kinh tế số',
      dateline: 'Cập nhật: 12/03/2021 08:45 (GMT+7)',
      source: 'TTXVN',
      lead: 'Chiều 11/3, UBND tỉnh Long An tổ chức hội nghị triển khai kế hoạch phát triển kinh tế số năm 2021.',
      author: 'HOÀNG LAN',
      captions: ['Đồng chí Trần Văn Cần phát biểu tại hội nghị', 'Quang cảnh hội nghị. Ảnh: Minh Khang'],
      boilerplate: [
        'Trang chủ > Tin tức - Sự kiện > Chính trị',
        'Lượt xem: 1.234',
        'Chia sẻ: Facebook | Zalo | Email',
        'In bài viết',
        'Tin liên quan',
        'Long An: Hơn 90% hồ sơ được giải quyết trực tuyến',
        'Bình luận (0)',
        'Gửi bình luận của bạn',
        '© 2021 Báo điện tử tỉnh Long An',
      ],
      paragraphs: 3,
    });
    expect(a.dateline).toMatchObject({ value: '2021-03-12', weekday: null, time: '08:45' });
    expectOffsets(other, a);
  });
  it.each([
    ['(HCM CityWeb) – Sáng 5/1, Thành ủy họp.', 'HCM CityWeb', 'Sáng 5/1, Thành ủy họp.'],
    ['Hà Nội, 18/6 (TTXVN) - Chiều nay, Quốc hội họp.', 'TTXVN', 'Chiều nay, Quốc hội họp.'],
    ['VOV.VN - Sáng nay, Chính phủ họp.', 'VOV.VN', 'Sáng nay, Chính phủ họp.'],
    ['Quận 10 - nơi đáng sống đã có 5 công viên mới.', null, 'Quận 10 - nơi đáng sống đã có 5 công viên mới.'],
    ['(Dự kiến) Hội nghị sẽ họp vào tháng 6.', null, '(Dự kiến) Hội nghị sẽ họp vào tháng 6.'],
  ])('source tag in %j', (lead, source, leadText) => {
    const b = parseArticle(`Tiêu đề ngắn\n\n${lead}\n\nĐoạn thân bài thứ hai rất dài.`);
    expect(b.source?.text ?? null).toBe(source);
    expect(b.lead?.text).toBe(leadText);
  });
  it.each([
    ['Thu Hương - Minh Khang', 'Thu Hương - Minh Khang'],
    ['Tin: Thanh Tâm (TTXVN)', 'Thanh Tâm'],
    ['Bài và ảnh: T. Hương', 'T. Hương'],
    ['PV', 'PV'],
    ['Hội nghị kết thúc lúc 17 giờ.', null],
    ['các đại biểu dự họp', null],
    ['Theo TTXVN', null],
    ['Ngọc Duyên - Ảnh: Minh Khang', 'Ngọc Duyên'],
    ['Bài: Thu Hương; ảnh: TTXVN', 'Thu Hương'],
    ['Nguồn: Báo Nhân Dân', null],
    // Names of the Central Highlands peoples keep their apostrophe, ' or ’.
    ["Y'Bình", "Y'Bình"],
    ['H’Lan Êban - Ảnh: Minh Khang', 'H’Lan Êban'],
    ["'Trích'", null],
  ])('byline %j', (line, author) => {
    const b = parseArticle(`Tiêu đề ngắn\n\n(Chinhphu.vn) - Sáng 5/1, Thành ủy họp.\n\nĐoạn hai.\n\n${line}`);
    expect(b.author?.text ?? null).toBe(author);
  });
  it('takes every short line between the title and a tagged lead as a caption', () => {
    const b = parseArticle('Tiêu đề bài viết\n\nQuang cảnh hội nghị.\n\nĐại biểu biểu quyết thông qua nghị quyết\n\n(Chinhphu.vn) - Sáng 5/1, Thành ủy họp.\n\nĐoạn hai.');
    expect(b.captions.map((c) => c.text)).toEqual(['Quang cảnh hội nghị.', 'Đại biểu biểu quyết thông qua nghị quyết']);
    expect(b.lead?.text).toBe('Sáng 5/1, Thành ủy họp.');
  });
  it.each([
    ['Các bài viết liên quan', 'related'],
    ['Tin bài cùng chủ đề', 'end'],
    ['Tin tức mới nhất', 'end'],
    ['Bài viết khác:', 'end'],
  ])('list heading %j ends the body', (heading) => {
    const t = `Tiêu đề ngắn\n\n(Chinhphu.vn) - Sáng 5/1, Thành ủy họp.\n\nĐoạn hai.\n\nMinh Anh\n\n${heading}\n\nQuận 7 tuyên dương 30 cán bộ\n\nHuyện Nhà Bè trao 200 phần quà`;
    const b = parseArticle(t);
    expect(b.author?.text).toBe('Minh Anh');
    expect(b.boilerplate.map((x) => x.text)).toEqual([heading, 'Quận 7 tuyên dương 30 cán bộ', 'Huyện Nhà Bè trao 200 phần quà']);
    expect(b.paragraphs).toHaveLength(2);
  });
  it('rejoins hard-wrapped paragraphs', () => {
    const t = 'Tiêu đề ngắn\n\n(Chinhphu.vn) - Sáng 5/1, Thành ủy tổ chức hội nghị tổng kết công tác\nxây dựng Đảng năm 2020 với 300 đại biểu.\n\nĐoạn hai rất ngắn.\n\nMinh Anh';
    const b = parseArticle(t);
    expect(b.lead?.text).toBe('Sáng 5/1, Thành ủy tổ chức hội nghị tổng kết công tác\nxây dựng Đảng năm 2020 với 300 đại biểu.');
    expect(b.paragraphs).toHaveLength(2);
    expect(b.author?.text).toBe('Minh Anh');
  });
  it('does not join chrome lines', () => {
    const b = parseArticle('Tiêu đề ngắn\n\nSáng 5/1, Thành ủy họp.\n\nÝ kiến bạn đọc\nrefresh');
    expect(b.boilerplate.map((x) => x.text)).toEqual(['Ý kiến bạn đọc', 'refresh']);
  });
  it.each([
    ['Xây dựng Đảng\n\nThứ Hai, 12/10/2020\n\n'],
    ['Thời sự\n\n'],
    ['Thứ Hai, 12/10/2020\nChính trị\nChia sẻ\n'],
  ])('a section label above the headline is chrome (%j)', (head) => {
    const t = `${head}Quận 10 tổng kết chương trình đào tạo cán bộ giai đoạn 2015 - 2020\n\nBí thư Quận ủy trao Giấy khen cho các tập thể\n\n(Thanhuytphcm.vn) - Ngày 18/6, Quận ủy họp.\n\nĐoạn hai.`;
    const b = parseArticle(t);
    expect(b.title?.text).toBe('Quận 10 tổng kết chương trình đào tạo cán bộ giai đoạn 2015 - 2020');
    expect(b.captions.map((c) => c.text)).toEqual(['Bí thư Quận ủy trao Giấy khen cho các tập thể']);
    expect(b.boilerplate.length).toBeGreaterThan(0);
  });
  it('a short real headline with a caption under it stays the title when a lead follows directly', () => {
    const b = parseArticle('Hội nghị Trung ương\n\n(Chinhphu.vn) - Sáng 5/1, Trung ương họp.\n\nĐoạn hai.');
    expect(b.title?.text).toBe('Hội nghị Trung ương');
  });
  it('a credited byline under the headline is the author when the last line is not', () => {
    const t = 'Tiêu đề bài viết\n\nBài, ảnh: Minh Khang\n\nChiều 4/2, Ủy ban MTTQ tỉnh họp.\n\nNăm 2022, toàn tỉnh vận động được 120 tỷ đồng.';
    const b = parseArticle(t);
    expect(b.author?.text).toBe('Minh Khang');
    expect(b.captions).toEqual([]);
    expect(b.paragraphs).toHaveLength(2);
    expect(parseArticle('Tiêu đề bài viết\n\nẢnh: Minh Khang\n\nChiều 4/2, tỉnh họp.\n\nĐoạn hai.').captions.map((c) => c.text)).toEqual(['Ảnh: Minh Khang']);
  });
  it('a closing photo credit is a caption and the byline above it is the author', () => {
    for (const t of ['Tiêu đề ngắn\n\nSáng 5/1, Thành ủy họp.\n\nĐoạn hai.\n\nNgọc Duyên\n\nẢnh: Minh Khang', 'Tiêu đề ngắn\n\nSáng 5/1, Thành ủy họp.\n\nĐoạn hai.\n\nNgọc Duyên\n\nẢnh: Minh Khang'.normalize('NFD')]) {
      const b = parseArticle(t);
      expect(b.author?.text.normalize('NFC')).toBe('Ngọc Duyên');
      expect(b.captions.map((c) => c.text.normalize('NFC'))).toEqual(['Ảnh: Minh Khang']);
      expect(b.paragraphs).toHaveLength(2);
    }
  });
  it('short unknown lines after the byline are chrome', () => {
    const b = parseArticle('Tiêu đề ngắn\n\nSáng 5/1, Thành ủy họp.\n\nĐoạn hai dài hơn một chút.\n\nNgọc Duyên\n\nXem bản đầy đủ\n\nNhà tài trợ chính');
    expect(b.author?.text).toBe('Ngọc Duyên');
    expect(b.boilerplate.map((x) => x.text)).toEqual(['Xem bản đầy đủ', 'Nhà tài trợ chính']);
    expect(b.paragraphs).toHaveLength(2);
  });
  it('a last prose paragraph after a name-shaped line keeps both as body', () => {
    const b = parseArticle('Tiêu đề ngắn\n\nSáng 5/1, Thành ủy họp.\n\nNgọc Duyên\n\nHội nghị kết thúc lúc 17 giờ cùng ngày.');
    expect(b.author).toBeNull();
    expect(b.boilerplate).toEqual([]);
  });
  it('a single body line is never a byline', () => {
    expect(parseArticle('Tiêu đề ngắn\n\nNguyễn Văn An').author).toBeNull();
  });
  it.each([
    ['Thứ Hai, 12/10/2020', '2020-10-12', 1],
    ['Chủ nhật, ngày 05 tháng 02 năm 2023', '2023-02-05', 7],
    ['2021-03-12 10:25', '2021-03-12', null],
    ['Thứ 5, 07-10-2021', '2021-10-07', 4],
  ])('dateline %j', (line, value, weekday) => {
    const b = parseArticle(`${line}\n\nTiêu đề ngắn\n\nSáng 5/1, Thành ủy họp.`);
    expect(b.dateline).toMatchObject({ text: line, value, weekday });
  });
  it('an impossible date is not a dateline', () => {
    expect(parseArticle('31/02/2021\n\nTiêu đề\n\nThân bài.').dateline).toBeNull();
  });
});

describe('parseArticle robustness', () => {
  it('never throws and keeps offsets on arbitrary text (grapheme and binary units)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (t) => {
        const a = parseArticle(t);
        expectOffsets(t, a);
        const all = spans(a).filter((s) => s !== a.lead && s !== a.source);
        for (const s of all) expect(s.end).toBeGreaterThan(s.start);
      }),
      { numRuns: 300 },
    );
  });
  it('never throws on line soup built from article parts', () => {
    const parts = ['Tin khác', 'refresh', 'Thứ Hai, 12/10/2020', '(Chinhphu.vn) - Sáng 5/1, họp.', 'Ngọc Duyên', 'Ảnh: A', '', ' ', '\u00a0', 'Câu văn.', 'Tiêu đề'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 20 }), fc.constantFrom('\n', '\r\n', '\r', '\n\n'), (ls, sep) => {
        const t = ls.join(sep);
        expectOffsets(t, parseArticle(t));
      }),
      { numRuns: 300 },
    );
  });
  it.each([
    ['digits', '1'.repeat(2_000_000)],
    ['dots', '.'.repeat(2_000_000)],
    ['slashes', '/'.repeat(2_000_000)],
    ['capitals', 'A '.repeat(1_000_000)],
    ['spaces', ' '.repeat(2_000_000)],
    ['parentheses', '('.repeat(1_000_000) + ') - x'],
    ['many short lines', 'Tin khác\n'.repeat(200_000)],
    ['lone surrogates', '\ud800a\udc00'.repeat(300_000)],
    ['a 10 MB line of digits', '1'.repeat(10_000_000)],
    ['a 10 MB line of words', 'cán bộ '.repeat(1_430_000)],
  ])('is fast on adversarial %s', (_, t) => {
    const t0 = performance.now();
    const a = parseArticle(t);
    // Generous for loaded CI machines; a quadratic scan would take minutes on these inputs.
    expect(performance.now() - t0).toBeLessThan(15_000);
    expectOffsets(t, a);
  });
  it('handles prototype-named lines', () => {
    const t = 'constructor\n\n__proto__\n\ntoString\n\nhasOwnProperty';
    expectOffsets(t, parseArticle(t));
  });
});

describe('parseArticle on text with HTML leftovers', () => {
  const page = [
    'Phường Bình Minh ra mắt mô hình chợ an toàn thực phẩm',
    '<div class="toolbar">Chia sẻ: Zalo | Facebook</div>',
    '(BTN) - Sáng 3/4, UBND phường Bình Minh ra mắt mô hình chợ an toàn thực phẩm tại chợ Cây Gòn.',
    '<figure class="img"><img src="/media/2026/04/cho.png" alt="" /></figure>',
    '<figcaption> Tiểu thương ký cam kết bán hàng an toàn </figcaption>',
    'Mô hình có 86 hộ kinh doanh tham gia.',
    '<p>Đoạn cuối của bài viết, kết thúc bằng dấu chấm.</p>',
    '<p class="keywords">Tags: chợ, an toàn thực phẩm</p>',
    '<div class="box-related">Bài viết liên quan</div>',
    '<span></span>',
  ].join('\n\n');
  const a = parseArticle(page);

  it('a markup-only or chrome-in-markup line is boilerplate, kept whole with its tags', () => {
    expect(a.boilerplate.map((b) => b.text)).toEqual([
      '<div class="toolbar">Chia sẻ: Zalo | Facebook</div>',
      '<figure class="img"><img src="/media/2026/04/cho.png" alt="" /></figure>',
      '<p class="keywords">Tags: chợ, an toàn thực phẩm</p>',
      '<div class="box-related">Bài viết liên quan</div>',
      '<span></span>',
    ]);
  });

  it('a figcaption line is a caption whose text is between the tags', () => {
    expect(a.captions.map((c) => c.text)).toEqual(['Tiểu thương ký cam kết bán hàng an toàn']);
    expect(a.lead?.text).toBe('Sáng 3/4, UBND phường Bình Minh ra mắt mô hình chợ an toàn thực phẩm tại chợ Cây Gòn.');
    expectOffsets(page, a);
  });

  it('prose wrapped in markup stays body', () => {
    expect(a.paragraphs.map((p) => p.text)).toContain('<p>Đoạn cuối của bài viết, kết thúc bằng dấu chấm.</p>');
  });

  it('stays linear on long runs of tag-like characters', () => {
    for (const line of ['<a'.repeat(200_000), `<a${'<b'.repeat(200_000)}>`, `<figcaption>${'<'.repeat(200_000)}`, '<p>'.repeat(150_000)]) {
      const t = `Tiêu đề\n\n${line}\n\n${line}\n\nĐoạn.`;
      const t0 = performance.now();
      expectOffsets(t, parseArticle(t));
      expect(performance.now() - t0).toBeLessThan(2000);
    }
  });
});
