import { prepare } from './_lib/doc.js';
import { checkArgs } from './_lib/options.js';
import { findPercentages } from './_lib/percentages-core.js';
import type { EntityOptions, PercentageEntity } from './types.js';

/**
 * Finds percentages with their value, qualifier and change.
 *
 * Numbers are read the Vietnamese way (`5,2%` → 5.2, `1.000%` → 1000); `phần trăm` counts as `%`.
 * Qualifier words directly before the number join the span: `trên`/`hơn`/`vượt` (`>`), `từ … trở
 * lên`/`tối thiểu`/`ít nhất` (`>=`), `dưới`/`chưa đến` (`<`), `tối đa`/`không quá` (`<=`),
 * `gần`/`khoảng`/`xấp xỉ`/`ước đạt` (`~`), `đạt`/`bằng` or none (`=`); `tăng`/`giảm` give `change`.
 * Ranges (`6,5 - 7%`, `từ 6,5% đến 7%`) give `value` and `max`.
 *
 * @param text - Any string.
 * @param options - Accepted for symmetry with the other extractors (`referenceDate` is ignored).
 * @returns Percentages in order of appearance, offsets into `text`.
 * @throws {TypeError} When `text` is not a string or `options` is not an object.
 * @throws {RangeError} On an unknown option or an invalid `referenceDate`.
 * @example
 * ```ts
 * extractPercentages('GRDP tăng 4,6% so với cùng kỳ; trên 90% cán bộ đạt chuẩn')
 * // [{ text: 'tăng 4,6%', value: 4.6, qualifier: '=', change: 'increase', … },
 * //  { text: 'trên 90%', value: 90, qualifier: '>', … }]
 * ```
 */
export function extractPercentages(text: string, options?: EntityOptions): PercentageEntity[] {
  checkArgs(text, options, 'extractPercentages');
  if (text.length === 0) return [];
  return findPercentages(prepare(text));
}
