import { describe, expect, it } from 'vitest';
import { extractPercentages } from '../../src/entities/index.js';

const pick = (s: string) =>
  extractPercentages(s).map(({ text, value, qualifier, change, max }) => ({
    text,
    value,
    qualifier,
    ...(change ? { change } : {}),
    ...(max !== undefined ? { max } : {}),
  }));

describe('extractPercentages', () => {
  it.each([
    ['tỷ lệ 95,5% hộ dân', { text: '95,5%', value: 95.5, qualifier: '=' }],
    ['có 98 phần trăm cử tri', { text: '98 phần trăm', value: 98, qualifier: '=' }],
    ['lợi nhuận 1.250% so với vốn', { text: '1.250%', value: 1250, qualifier: '=' }],
    ['có trên 90% cán bộ', { text: 'trên 90%', value: 90, qualifier: '>' }],
    ['hơn 12,5% dân số', { text: 'hơn 12,5%', value: 12.5, qualifier: '>' }],
    ['vượt 3% kế hoạch', { text: 'vượt 3%', value: 3, qualifier: '>' }],
    ['từ 80% trở lên', { text: 'từ 80% trở lên', value: 80, qualifier: '>=' }],
    ['tối thiểu 30% diện tích', { text: 'tối thiểu 30%', value: 30, qualifier: '>=' }],
    ['dưới 0,5% hộ nghèo', { text: 'dưới 0,5%', value: 0.5, qualifier: '<' }],
    ['không quá 10% tổng vốn', { text: 'không quá 10%', value: 10, qualifier: '<=' }],
    ['chiếm gần 60% kim ngạch', { text: 'gần 60%', value: 60, qualifier: '~' }],
    ['khoảng 45% số hộ', { text: 'khoảng 45%', value: 45, qualifier: '~' }],
    ['xấp xỉ 7% năm trước', { text: 'xấp xỉ 7%', value: 7, qualifier: '~' }],
    ['thu ngân sách ước đạt 56,3% dự toán', { text: 'ước đạt 56,3%', value: 56.3, qualifier: '~' }],
    ['giải ngân đạt 47,2% kế hoạch', { text: 'đạt 47,2%', value: 47.2, qualifier: '=' }],
    ['đạt trên 90% chỉ tiêu', { text: 'đạt trên 90%', value: 90, qualifier: '>' }],
    ['GRDP tăng 4,6% so với cùng kỳ', { text: 'tăng 4,6%', value: 4.6, qualifier: '=', change: 'increase' }],
    ['doanh thu giảm hơn 3% so với năm trước', { text: 'giảm hơn 3%', value: 3, qualifier: '>', change: 'decrease' }],
    ['tăng trưởng 6,5 - 7%', { text: '6,5 - 7%', value: 6.5, qualifier: '=', max: 7 }],
    ['tăng trưởng từ 6,5% đến 7%', { text: 'từ 6,5% đến 7%', value: 6.5, qualifier: '=', max: 7 }],
  ])('%s', (input, expected) => {
    expect(pick(input)).toEqual([expected]);
  });

  it('leaves `từ` out when it is a plain preposition and reads several in order', () => {
    expect(pick('giảm từ 5% xuống 3%')).toEqual([
      { text: '5%', value: 5, qualifier: '=' },
      { text: '3%', value: 3, qualifier: '=' },
    ]);
  });

  it('ignores numbers without a percent sign', () => {
    expect(extractPercentages('14/14 đảng bộ, 7 tập thể, 3/5 tiêu chí')).toEqual([]);
  });
});
