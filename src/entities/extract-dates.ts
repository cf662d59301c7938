import { findDates } from './_lib/dates-core.js';
import { prepare } from './_lib/doc.js';
import { checkArgs } from './_lib/options.js';
import type { DateEntity, EntityOptions } from './types.js';

/**
 * Finds dates and periods in Vietnamese text, with ISO 8601 style values.
 *
 * Recognises `ngày 8 tháng 8 năm 2020`, `18/6`, `18-6-2020`, `sáng 20/11`, `Thứ Bảy, …`,
 * `tháng 6/2021`, `quý III/2021`, `6 tháng đầu năm 2021`, `năm 2025`, `giai đoạn 2015 - 2020` and
 * ranges `từ ngày 1/1 đến 31/3/2021`. A date without a year takes it from `options.referenceDate`
 * or the article's dateline (`yearInferred: true`; a date more than 6 months after the reference
 * goes to the previous year), else the truncated forms `--06-18`, `--06`, `--Q1`, `--H2`.
 * Counts and document numbers (`14/14 đảng bộ`, `Chỉ thị 05-CT/TW`, `số 1234/QĐ-UBND`) and impossible
 * dates (`31/2`) are not returned. Page chrome (`Ý kiến bạn đọc`, `Tin khác` …) is skipped.
 *
 * @param text - Any string; NFD, either tone style and zero-width characters are handled.
 * @param options - `{ referenceDate?: Date | 'YYYY' | 'YYYY-MM' | 'YYYY-MM-DD' }`.
 * @returns Dates in order of appearance; `start`/`end` are UTF-16 offsets into `text`.
 * @throws {TypeError} When `text` is not a string or `options` is not an object.
 * @throws {RangeError} On an unknown option or an invalid `referenceDate`.
 * @example
 * ```ts
 * extractDates('Thứ Bảy, ngày 8 tháng 8 năm 2020\n\nNgày 18/6, …')
 * // [{ text: 'Thứ Bảy, ngày 8 tháng 8 năm 2020', value: '2020-08-08', weekday: 6, … },
 * //  { text: 'Ngày 18/6', value: '2020-06-18', yearInferred: true, … }]
 * ```
 */
export function extractDates(text: string, options?: EntityOptions): DateEntity[] {
  const ref = checkArgs(text, options, 'extractDates');
  if (text.length === 0) return [];
  return findDates(prepare(text), ref);
}
