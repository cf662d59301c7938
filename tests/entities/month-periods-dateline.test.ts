// `N tháng đầu năm` / `N tháng cuối năm` with the year from a dateline: sentences written for this
// file (none copied from corpus/ or corpus/holdout/).
import { describe, expect, it } from 'vitest';
import { spansExact } from './_fields.js';
import { extractDates } from '../../src/entities/index.js';

const dates = (s: string) => extractDates(s).map(({ text, value, yearInferred }) => ({ text, value, yearInferred }));


describe('`N tháng đầu năm` / `N tháng cuối năm` for any N from 2 to 11, year from the dateline', () => {
  const dateline = '14/12/2025\n';

  it('digits: the first N months, year from the dateline', () => {
    const s = `${dateline}Trong 11 tháng đầu năm, thu ngân sách đạt 9.400 tỷ đồng; 4 tháng đầu năm 2022 chỉ đạt 2.100 tỷ đồng.`;
    expect(dates(s).slice(1)).toEqual([
      { text: '11 tháng đầu năm', value: '2025-01/2025-11', yearInferred: true },
      { text: '4 tháng đầu năm 2022', value: '2022-01/2022-04', yearInferred: undefined },
    ]);
    spansExact(s);
  });

  it('the last N months of the year', () => {
    const s = `${dateline}Kế hoạch 2 tháng cuối năm được giao; 5 tháng cuối năm 2026 sẽ tập trung giải ngân.`;
    expect(dates(s).slice(1)).toEqual([
      { text: '2 tháng cuối năm', value: '2025-11/2025-12', yearInferred: true },
      { text: '5 tháng cuối năm 2026', value: '2026-08/2026-12', yearInferred: undefined },
    ]);
  });

  it('numbers written as words, and a leading zero', () => {
    const s = `${dateline}Bảy tháng đầu năm, xuất khẩu tăng; mười một tháng đầu năm 2024 đã vượt kế hoạch; 08 tháng đầu năm 2023 thì chưa.`;
    expect(dates(s).slice(1).map((d) => [d.text, d.value])).toEqual([
      ['Bảy tháng đầu năm', '2025-01/2025-07'],
      ['mười một tháng đầu năm 2024', '2024-01/2024-11'],
      ['08 tháng đầu năm 2023', '2023-01/2023-08'],
    ]);
  });

  it('a leading zero as official documents write it: 06 is still the first half', () => {
    const s = `${dateline}Báo cáo 06 tháng đầu năm 2024 và 09 tháng đầu năm; 05 tháng cuối năm.`;
    expect(dates(s).slice(1).map((d) => [d.text, d.value])).toEqual([
      ['06 tháng đầu năm 2024', '2024-H1'],
      ['09 tháng đầu năm', '2025-01/2025-09'],
      ['05 tháng cuối năm', '2025-08/2025-12'],
    ]);
  });

  it('6, 9 and 3 keep their half-year, nine-month and quarter values', () => {
    const s = `${dateline}6 tháng đầu năm, 9 tháng đầu năm 2024, 3 tháng cuối năm và 6 tháng cuối năm đều được nêu.`;
    expect(dates(s).slice(1).map((d) => d.value)).toEqual(['2025-H1', '2024-01/2024-09', '2025-Q4', '2025-H2']);
  });

  it('not a period: 13 or more months, no number, a count before `tháng` without `đầu`/`cuối`', () => {
    const s = `${dateline}Dự án kéo dài 13 tháng đầu năm sau; các tháng đầu năm thường ít mưa; 10 tháng năm ngoái.`;
    expect(dates(s).slice(1)).toEqual([]);
  });
});

