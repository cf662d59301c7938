import { findDates } from './_lib/dates-core.js';
import { prepare } from './_lib/doc.js';
import { checkArgs } from './_lib/options.js';
import { findPeople } from './_lib/people-core.js';
import { findPercentages } from './_lib/percentages-core.js';
import type { Entities, EntityOptions } from './types.js';

/**
 * Extracts dates, percentages, officials and organisations from Vietnamese government news.
 *
 * The text is normalised once internally (NFC, one tone style, zero-width characters removed)
 * and every span is mapped back, so `text.slice(start, end) === entity.text` for the caller's
 * original string, NFD or not. Page chrome (`Ý kiến bạn đọc`, `Tin khác` and the headlines under
 * it, share bars) yields no entities. Linear in the input length.
 *
 * @param text - The article (any string).
 * @param options - `{ referenceDate?: Date | 'YYYY' | 'YYYY-MM' | 'YYYY-MM-DD' }`: year source for
 *   dates written without one (default: the article's dateline).
 * @returns `{ dates, percentages, officials, organisations }`, each in order of appearance.
 * @throws {TypeError} When `text` is not a string or `options` is not an object.
 * @throws {RangeError} On an unknown option or an invalid `referenceDate`.
 * @example
 * ```ts
 * const { dates, officials } = extractEntities(
 *   'Thứ Bảy, ngày 8 tháng 8 năm 2020\n\nNgày 18/6, Bí thư Quận ủy Quận 10 Đặng Quốc Toàn phát biểu.',
 * );
 * dates[1].value;     // '2020-06-18'
 * officials[0].name;  // 'Đặng Quốc Toàn'
 * ```
 */
export function extractEntities(text: string, options?: EntityOptions): Entities {
  const ref = checkArgs(text, options, 'extractEntities');
  if (text.length === 0) return { dates: [], percentages: [], officials: [], organisations: [] };
  const doc = prepare(text);
  const people = findPeople(doc, { officials: true, organisations: true });
  return {
    dates: findDates(doc, ref),
    percentages: findPercentages(doc),
    officials: people.officials,
    organisations: people.organisations,
  };
}
