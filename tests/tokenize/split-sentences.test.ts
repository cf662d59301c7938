import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/tokenize/index.js';

const texts = (s: string) => splitSentences(s).map((x) => x.text);

describe.each([
  ['plain', 'Trời mưa. Đường ngập! Có ai về không? Không.', ['Trời mưa.', 'Đường ngập!', 'Có ai về không?', 'Không.']],
  ['dotted abbreviations', 'Ông về TP.HCM sáng nay. PGS.TS Lê B và Th.S Trần C dự họp.', ['Ông về TP.HCM sáng nay.', 'PGS.TS Lê B và Th.S Trần C dự họp.']],
  ['initials with dots', 'Anh N.V.A. đến trễ. Chị T.T.B. thì không.', ['Anh N.V.A. đến trễ.', 'Chị T.T.B. thì không.']],
  ['spaced initials', 'Ông N. V. A. cho biết đã nộp. Hết.', ['Ông N. V. A. cho biết đã nộp.', 'Hết.']],
  ['title abbreviations before names', 'Gặp TS. Nguyễn Văn A tại TP. Hồ Chí Minh và ThS. Lê C. Xong.', ['Gặp TS. Nguyễn Văn A tại TP. Hồ Chí Minh và ThS. Lê C.', 'Xong.']],
  ['abbreviation ending a sentence', 'Họ bàn về giá, thuế v.v. Sau đó nghỉ. Họp tiếp v.v. và về.', ['Họ bàn về giá, thuế v.v.', 'Sau đó nghỉ.', 'Họp tiếp v.v. và về.']],
  ['abbreviation then a final dot', 'Cán bộ về TP.HCM. Hôm sau đi.', ['Cán bộ về TP.HCM.', 'Hôm sau đi.']],
  ['decimals and dates', 'Tỷ lệ đạt 95,5% vào 18.6.2020. Giá 3.14 đồng, tăng 1.234 đồng.', ['Tỷ lệ đạt 95,5% vào 18.6.2020.', 'Giá 3.14 đồng, tăng 1.234 đồng.']],
  ['ellipses', 'Còn nhiều việc… Nhưng sẽ xong. Đang chờ... rồi tính. Hết...', ['Còn nhiều việc…', 'Nhưng sẽ xong.', 'Đang chờ... rồi tính.', 'Hết...']],
  ['closing quotes and brackets', 'Ông nói: “Tốt lắm.” Bà gật đầu (rất vui!). Họ hỏi "Vì sao?" rồi đi.', ['Ông nói: “Tốt lắm.”', 'Bà gật đầu (rất vui!).', 'Họ hỏi "Vì sao?" rồi đi.']],
  ['touching dot', 'Địa chỉ Q.10, P.5 và Q.Bình Thạnh.', ['Địa chỉ Q.10, P.5 và Q.Bình Thạnh.']],
  ['headline and dateline lines', 'Thứ Bảy, ngày 8 tháng 8 năm 2020\n\nTiếp tục xây dựng đội ngũ cán bộ\nBí thư trao Giấy khen\n\nNgày 18/6, quận họp.', ['Thứ Bảy, ngày 8 tháng 8 năm 2020', 'Tiếp tục xây dựng đội ngũ cán bộ', 'Bí thư trao Giấy khen', 'Ngày 18/6, quận họp.']],
  ['soft wraps', 'Đội ngũ cán bộ trong những năm qua có sự\nchuyển biến tích cực, đáp ứng\nyêu cầu. Hết.', ['Đội ngũ cán bộ trong những năm qua có sự\nchuyển biến tích cực, đáp ứng\nyêu cầu.', 'Hết.']],
  ['line ending in a comma', 'Tham dự có đồng chí Lê A,\nPhó Bí thư Thành ủy.', ['Tham dự có đồng chí Lê A,\nPhó Bí thư Thành ủy.']],
  ['caption and byline', 'Bí thư trao Giấy khen cho các tập thể\nNgày 18/6, quận họp. Kết thúc.\nNgọc Duyên', ['Bí thư trao Giấy khen cho các tập thể', 'Ngày 18/6, quận họp.', 'Kết thúc.', 'Ngọc Duyên']],
  ['CRLF paragraphs', 'Tiêu đề\r\n\r\nThân bài một câu.\r\nTác giả', ['Tiêu đề', 'Thân bài một câu.', 'Tác giả']],
  ['source tag', '(Chinhphu.vn) - Sáng 4/4, Bộ họp. Xong.', ['(Chinhphu.vn) -', 'Sáng 4/4, Bộ họp.', 'Xong.']],
  ['dash inside a sentence', 'Giai đoạn 2015 - 2020 (theo kế hoạch) - đã xong.', ['Giai đoạn 2015 - 2020 (theo kế hoạch) - đã xong.']],
  ['no final punctuation', 'Tin khác', ['Tin khác']],
  ['list markers', '1. Mục tiêu chung.\n2. Nội dung chính. Hết.\na. Ý một.\nII. KẾT LUẬN', ['1. Mục tiêu chung.', '2. Nội dung chính.', 'Hết.', 'a. Ý một.', 'II. KẾT LUẬN']],
  ['number ending a sentence', 'Tổng số là 12. Năm sau tăng.', ['Tổng số là 12.', 'Năm sau tăng.']],
  ['NFD text', 'Phê duyệt xong. Đạt chuẩn.'.normalize('NFD'), ['Phê duyệt xong.'.normalize('NFD'), 'Đạt chuẩn.'.normalize('NFD')]],
] as const)('splitSentences: %s', (_name, input, expected) => {
  it('splits as expected with exact offsets', () => {
    const out = splitSentences(input);
    expect(out.map((s) => s.text)).toEqual(expected);
    for (const s of out) expect(input.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('splitSentences edge cases', () => {
  it('returns [] for empty and whitespace-only text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\t ')).toEqual([]);
  });
  it('throws TypeError on non-strings', () => {
    for (const v of [null, undefined, 1, {}, []]) expect(() => splitSentences(v as unknown as string)).toThrow(TypeError);
  });
  it('keeps every non-space character in exactly one sentence (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 100 })), (s) => {
        const out = splitSentences(s);
        let prev = 0;
        for (const x of out) {
          expect(x.start).toBeGreaterThanOrEqual(prev);
          expect(x.end).toBeGreaterThan(x.start);
          expect(s.slice(x.start, x.end)).toBe(x.text);
          expect(/^[\s\u200b\ufeff]*$/u.test(s.slice(prev, x.start))).toBe(true);
          prev = x.end;
        }
        expect(/^[\s\u200b\ufeff]*$/u.test(s.slice(prev))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
  it('gives the same sentences for NFC and NFD', () => {
    const pieces = ['Ông', 'về', 'TP.HCM', 'duyệt', 'Hòa', '.', '!', '…', ' ', ' ', '\n', '\n\n', 'N.', 'v.v.', '”', '18/6'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const s = parts.join('');
        const a = splitSentences(s.normalize('NFC')).map((x) => x.text.normalize('NFC'));
        const b = splitSentences(s.normalize('NFD')).map((x) => x.text.normalize('NFC'));
        expect(b).toEqual(a);
      }),
      { numRuns: 500 },
    );
  });
});

// The corpus gold (written by the corpus annotators, not by this module) lists summary sentences,
// titles and datelines verbatim: each must come out as exactly one sentence.
describe('corpus gold sentences', () => {
  const dir = new URL('../../corpus/', import.meta.url);
  const golds = readdirSync(dir).filter((f) => f.endsWith('.gold.json'));
  it.each(golds)('%s', (file) => {
    const gold = JSON.parse(readFileSync(new URL(file, dir), 'utf8'));
    if (gold.encoding !== 'utf8') return;
    const text = readFileSync(new URL(file.replace('.gold.json', '.txt'), dir), 'utf8');
    const got = new Set(texts(text));
    const want: string[] = [...gold.summary, gold.article.title, gold.article.dateline].filter(Boolean);
    expect(want.filter((s) => !got.has(s))).toEqual([]);
  });
});
