import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/entities/index.js';

const pick = (text: string, opts?: Parameters<typeof extractDates>[1]) =>
  extractDates(text, opts).map(({ text: t, value, yearInferred, weekday, partOfDay }) => ({
    t,
    value,
    ...(yearInferred ? { yearInferred } : {}),
    ...(weekday ? { weekday } : {}),
    ...(partOfDay ? { partOfDay } : {}),
  }));

describe('extractDates: forms and values', () => {
  it.each([
    ['Hôm ấy là ngày 05 tháng 02 năm 2023 tại Huế.', 'ngày 05 tháng 02 năm 2023', '2023-02-05'],
    ['Hạn chót 5/2/2023 cho mọi hồ sơ.', '5/2/2023', '2023-02-05'],
    ['Văn bản ký ngày 05-02-2023.', 'ngày 05-02-2023', '2023-02-05'],
    ['Dự kiến khởi công vào tháng 6/2021 tại xã.', 'tháng 6/2021', '2021-06'],
    ['Kế hoạch triển khai trong tháng 06 năm 2021.', 'tháng 06 năm 2021', '2021-06'],
    ['Mục tiêu đến năm 2030 hoàn thành.', 'năm 2030', '2030'],
    ['Số liệu quý III/2021 cho thấy', 'quý III/2021', '2021-Q3'],
    ['Trong quý 2 năm 2022, tỉnh', 'quý 2 năm 2022', '2022-Q2'],
    ['Kết quả 6 tháng đầu năm 2021 rất khả quan', '6 tháng đầu năm 2021', '2021-H1'],
    ['Kết quả 6 tháng cuối năm 2019 rất khả quan', '6 tháng cuối năm 2019', '2019-H2'],
    ['Tổng kết 9 tháng đầu năm 2022 của ngành', '9 tháng đầu năm 2022', '2022-01/2022-09'],
    ['Chương trình giai đoạn 2016 - 2020 kết thúc', 'giai đoạn 2016 - 2020', '2016/2020'],
    ['Đại hội nhiệm kỳ 2025-2030 thành công', 'nhiệm kỳ 2025-2030', '2025/2030'],
    ['Đợt kiểm tra từ ngày 1/4 đến 30/6/2022 tại huyện', 'từ ngày 1/4 đến 30/6/2022', '2022-04-01/2022-06-30'],
    ['Áp dụng từ tháng 3 đến tháng 5/2024 trên địa bàn', 'từ tháng 3 đến tháng 5/2024', '2024-03/2024-05'],
    ['Kế hoạch từ năm 2021 đến năm 2025 đã được duyệt', 'từ năm 2021 đến năm 2025', '2021/2025'],
    ['Phấn đấu đến 2030 có 100 xã', '2030', '2030'],
    ['Năm nhuận: ngày 29/2/2024 hợp lệ.', 'ngày 29/2/2024', '2024-02-29'],
  ])('%s', (input, text, value) => {
    const got = extractDates(input);
    expect(got.map((d) => [d.text, d.value])).toContainEqual([text, value]);
  });

  it('reads weekday and part of day', () => {
    expect(pick('Chủ nhật, ngày 3 tháng 9 năm 2023\n\nTối 2/9, pháo hoa')).toEqual([
      { t: 'Chủ nhật, ngày 3 tháng 9 năm 2023', value: '2023-09-03', weekday: 7 },
      { t: 'Tối 2/9', value: '2023-09-02', yearInferred: true, partOfDay: 'tối' },
    ]);
    expect(pick('Sáng thứ Hai, 20/11/2023 khai mạc')).toEqual([
      { t: 'Sáng thứ Hai, 20/11/2023', value: '2023-11-20', weekday: 1, partOfDay: 'sáng' },
    ]);
    expect(pick('chiều ngày 15/9 bế mạc')[0]).toEqual({ t: 'chiều ngày 15/9', value: '--09-15', partOfDay: 'chiều' });
  });

  it('infers the year from the dateline, else from referenceDate, else truncates', () => {
    const art = 'Thứ Tư, ngày 6 tháng 1 năm 2021\n\nTiêu đề\n\nNgày 28/12, quận tổng kết; quý I sẽ triển khai; tháng 3 họp.';
    expect(pick(art).slice(1)).toEqual([
      { t: 'Ngày 28/12', value: '2020-12-28', yearInferred: true },
      { t: 'quý I', value: '2021-Q1', yearInferred: true },
      { t: 'tháng 3', value: '2021-03', yearInferred: true },
    ]);
    const body = 'Ngày 18/6, phường họp; 6 tháng cuối năm tập trung; tháng 2 kiểm tra.';
    expect(pick(body).map((d) => d.value)).toEqual(['--06-18', '--H2', '--02']);
    expect(pick(body, { referenceDate: '2022-08-01' }).map((d) => d.value)).toEqual(['2022-06-18', '2022-H2', '2022-02']);
    expect(pick(body, { referenceDate: new Date(Date.UTC(2019, 6, 1)) })[0]).toEqual({ t: 'Ngày 18/6', value: '2019-06-18', yearInferred: true });
  });

  it('rejects counts, scores, document numbers and impossible dates', () => {
    const none = [
      'Có 14/14 đảng bộ hoàn thành nhiệm vụ.',
      'Đạt 3/5 tiêu chí nông thôn mới.',
      'Thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị.',
      'Theo Quyết định số 1234/QĐ-UBND của tỉnh.',
      'Căn cứ Nghị định 30/2020/NĐ-CP về công tác văn thư.',
      'Nghị quyết số 12-NQ/TU đã nêu.',
      'Điểm hài lòng từ 8/10 trở lên.',
      'Hạn nộp 31/2 là sai.',
      'Ngày 30/2/2021 không tồn tại.',
      'Ngày 29/2/2023 không tồn tại.',
      'Nhà số 18/6 đường Lê Lợi.',
      'Trong 3-5 năm tới sẽ hoàn thành.',
      'Đại hội lần thứ XI thành công.',
      'hôm nay, năm nay và cùng kỳ năm trước',
      'Hơn 1/3 hộ dân và giảm 1/2 chi phí; trên 2/3 đại biểu tán thành.',
    ];
    for (const s of none) expect(extractDates(s), s).toEqual([]);
  });

  it('splits day lists and reads day ranges', () => {
    expect(pick('Trong 2 ngày 18 và 19/6/2022, hội nghị diễn ra; ngày 20 - 22/7/2022 tập huấn.')).toEqual([
      { t: 'ngày 18', value: '2022-06-18' },
      { t: '19/6/2022', value: '2022-06-19' },
      { t: 'ngày 20 - 22/7/2022', value: '2022-07-20/2022-07-22' },
    ]);
  });

  it('keeps a date after a document number', () => {
    expect(pick('Quyết định số 1234/QĐ-UBND ngày 05 tháng 02 năm 2023 của UBND tỉnh')).toEqual([
      { t: 'ngày 05 tháng 02 năm 2023', value: '2023-02-05' },
    ]);
  });

  it('throws on bad input', () => {
    expect(() => extractDates(42 as unknown as string)).toThrow(TypeError);
    expect(() => extractDates('x', { referenceDate: 'hôm qua' })).toThrow(RangeError);
    expect(() => extractDates('x', { referenceDate: new Date('nope') })).toThrow(RangeError);
    expect(() => extractDates('x', { referenceDate: '2021-02-30' })).toThrow(RangeError);
    expect(() => extractDates('x', { referenceDate: 5 as unknown as string })).toThrow(RangeError);
    expect(() => extractDates('x', { year: 2020 } as never)).toThrow(RangeError);
    expect(extractDates('')).toEqual([]);
  });
});

describe('extractDates: years around the dateline, Tết years, anniversaries', () => {
  const vals = (s: string, referenceDate = '2025-12-26') => extractDates(s, { referenceDate }).map((d) => [d.text, d.value]);

  it('a deadline or plan early next year in a late-December text is next year; a past event is not', () => {
    expect(vals('Các phường phải nộp báo cáo chậm nhất ngày 10/1.')).toEqual([['ngày 10/1', '2026-01-10']]);
    expect(vals('Cây cầu dự kiến thông xe vào ngày 3/2.')).toEqual([['ngày 3/2', '2026-02-03']]);
    expect(vals('Ngày 10/1, tỉnh đã khởi công cây cầu.')).toEqual([['Ngày 10/1', '2025-01-10']]);
    expect(vals('Tính đến ngày 10/1, tỉnh đã giải ngân 20% vốn.')).toEqual([['ngày 10/1', '2025-01-10']]);
    // In January a late-December date is still last year, whatever the words before it.
    expect(vals('Hồ sơ nộp trước ngày 28/12 được xét.', '2026-01-07')).toEqual([['ngày 28/12', '2025-12-28']]);
  });

  it('a year after the sexagenary name of a lunar year is a date; the name alone is not', () => {
    expect(vals('Chợ hoa Xuân Ất Tỵ 2025 mở cửa.')).toEqual([['2025', '2025']]);
    expect(vals('Chương trình chào đón Tết Nhâm Dần vui vẻ.')).toEqual([]);
  });

  it('an anniversary written as two dates with a dash is two dates; with từ it is a range', () => {
    expect(vals('Lễ kỷ niệm ngày giải phóng (30/4/1975 - 30/4/2025) diễn ra trang trọng.')).toEqual([
      ['30/4/1975', '1975-04-30'],
      ['30/4/2025', '2025-04-30'],
    ]);
    expect(vals('Từ ngày 30/4/2024 đến ngày 30/4/2025, xã đã làm 12 km đường.')).toEqual([['Từ ngày 30/4/2024 đến ngày 30/4/2025', '2024-04-30/2025-04-30']]);
  });
});

describe('extractDates: the dateline gives the year', () => {
  const vals = (s: string) => extractDates(s).map((d) => [d.text, d.value]);
  it('with a place before the date, on its own line or run together with the source tag and lead', () => {
    expect(vals('Tiêu đề\nCần Thơ, ngày 14/4/2026\nTrong tháng 3, sản xuất tăng.')).toEqual([
      ['ngày 14/4/2026', '2026-04-14'],
      ['tháng 3', '2026-03'],
    ]);
    expect(vals('Tiêu đề\nCần Thơ, ngày 14/4/2026 (CTO) - Trong tháng 3, sản xuất tăng.')).toEqual([
      ['ngày 14/4/2026', '2026-04-14'],
      ['tháng 3', '2026-03'],
    ]);
    // A full date inside the lead's sentence is not a dateline.
    expect(vals('Tiêu đề\nNgày 14/4/2026, tỉnh họp bàn kế hoạch tháng 3.')).toEqual([
      ['Ngày 14/4/2026', '2026-04-14'],
      ['tháng 3', '--03'],
    ]);
  });
});
