import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/entities/index.js';

const pick = (s: string, referenceDate?: string) =>
  extractDates(s, referenceDate ? { referenceDate } : undefined).map((d) => [d.text, d.value]);

// Reports count months from the start of the year with any number, not only 3, 6 and 9:
// `5 tháng đầu năm`, `10 tháng đầu năm`, `11 tháng năm 2023` (GSO's monthly bulletins).
describe('N months from the start or end of a year', () => {
  it.each([2, 4, 5, 7, 8, 10, 11])('%i tháng đầu năm', (n) => {
    const mm = String(n).padStart(2, '0');
    expect(pick(`Trong ${n} tháng đầu năm 2023, thu ngân sách tăng.`)).toEqual([[`${n} tháng đầu năm 2023`, `2023-01/2023-${mm}`]]);
    expect(pick(`Kết quả ${n} tháng đầu năm rất khả quan.`, '2024')).toEqual([[`${n} tháng đầu năm`, `2024-01/2024-${mm}`]]);
    expect(pick(`Kết quả ${n} tháng đầu năm rất khả quan.`)).toEqual([[`${n} tháng đầu năm`, `--01/--${mm}`]]);
  });

  it.each([2, 4, 5, 7, 8, 10, 11])('%i tháng cuối năm', (n) => {
    const from = String(13 - n).padStart(2, '0');
    expect(pick(`Nhiệm vụ ${n} tháng cuối năm 2023 rất nặng.`)).toEqual([[`${n} tháng cuối năm 2023`, `2023-${from}/2023-12`]]);
  });

  it('number words: hai, bốn, bảy, tám, mười, mười một', () => {
    expect(pick('Trong mười một tháng đầu năm 2023 và hai tháng cuối năm 2022, bảy tháng đầu năm 2021.')).toEqual([
      ['mười một tháng đầu năm 2023', '2023-01/2023-11'],
      ['hai tháng cuối năm 2022', '2022-11/2022-12'],
      ['bảy tháng đầu năm 2021', '2021-01/2021-07'],
    ]);
  });

  it('3, 6 and 9 keep their values; a count without đầu/cuối other than 6 and 9 is not a period', () => {
    expect(pick('3 tháng đầu năm 2023, 6 tháng đầu năm 2023, 9 tháng đầu năm 2023, 6 tháng năm 2024')).toEqual([
      ['3 tháng đầu năm 2023', '2023-Q1'],
      ['6 tháng đầu năm 2023', '2023-H1'],
      ['9 tháng đầu năm 2023', '2023-01/2023-09'],
      ['6 tháng năm 2024', '2024-H1'],
    ]);
    expect(pick('Sau 10 tháng năm 2023 làm việc').map((d) => d[0])).toEqual(['năm 2023']);
  });

  it('not a count of months: 12, 1, or a number inside another number', () => {
    expect(pick('12 tháng đầu năm 2023').map((d) => d[0])).toEqual(['năm 2023']);
    expect(pick('1 tháng đầu năm 2023').map((d) => d[0])).toEqual(['năm 2023']);
    expect(pick('210 tháng đầu năm 2023').map((d) => d[0])).toEqual(['năm 2023']);
  });
});
