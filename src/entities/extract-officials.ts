import { prepare } from './_lib/doc.js';
import { checkArgs } from './_lib/options.js';
import { findPeople } from './_lib/people-core.js';
import type { EntityOptions, OfficialEntity } from './types.js';

/**
 * Finds officials: a specific person with the title(s) they hold.
 *
 * Handles title-before-name (`Bí thư Quận ủy Đặng Quốc Toàn`), name-first appositive chains
 * (`đồng chí Nguyễn Văn A, Ủy viên Ban Thường vụ Thành ủy, Bí thư Quận ủy Quận 10`), honorifics
 * (`đồng chí`, `đ/c`, `ông`, `bà`) and title-only mentions of one person (`Chủ tịch UBND quận`,
 * `name: null`). Names are recognised by shape (capitalised syllables, common surnames), not from a
 * list of people; plural or generic mentions (`các Phó Chủ tịch`) are skipped.
 *
 * @param text - Any string.
 * @param options - `{ referenceDate? }` (accepted for symmetry; not used here).
 * @returns Officials in order of appearance with `name`, main `title`, resolved `organisation`, `titles`.
 * @throws {TypeError} When `text` is not a string or `options` is not an object.
 * @throws {RangeError} On an unknown option or an invalid `referenceDate`.
 * @example
 * ```ts
 * extractOfficials('Phát biểu tại hội nghị, Bí thư Quận ủy Quận 10 Đặng Quốc Toàn đề nghị …')
 * // [{ text: 'Bí thư Quận ủy Quận 10 Đặng Quốc Toàn', name: 'Đặng Quốc Toàn',
 * //    title: 'Bí thư Quận ủy Quận 10', organisation: 'Quận ủy Quận 10', … }]
 * ```
 */
export function extractOfficials(text: string, options?: EntityOptions): OfficialEntity[] {
  checkArgs(text, options, 'extractOfficials');
  if (text.length === 0) return [];
  return findPeople(prepare(text), { officials: true, organisations: false }).officials;
}
