import { prepare } from './_lib/doc.js';
import { checkArgs } from './_lib/options.js';
import { findPeople } from './_lib/people-core.js';
import type { EntityOptions, OrganisationEntity } from './types.js';

/**
 * Finds organisation mentions (Party, state, Front and mass bodies, departments, institutions).
 *
 * Only the longest span is returned (`Ban Tuyên giáo Thành ủy TP.HCM`, not also `Thành ủy`).
 * `canonical` expands abbreviations (`UBND` → `Ủy ban nhân dân`, `HĐND`, `MTTQ`, `TNCS`, `LĐLĐ`,
 * `TP.HCM`/`TPHCM`/`TP. Hồ Chí Minh` → `Thành phố Hồ Chí Minh`); `resolved` names the body from the
 * article's context (`UBND quận` after `Quận 10` → `Ủy ban nhân dân Quận 10`) or is `null`.
 * Bare place names are not organisations.
 *
 * @param text - Any string.
 * @param options - `{ referenceDate? }` (accepted for symmetry; not used here).
 * @returns Organisations in order of appearance, offsets into `text`.
 * @throws {TypeError} When `text` is not a string or `options` is not an object.
 * @throws {RangeError} On an unknown option or an invalid `referenceDate`.
 * @example
 * ```ts
 * extractOrganisations('Quận 10 … UBND quận đã triển khai')
 * // [{ text: 'UBND quận', canonical: 'Ủy ban nhân dân quận', resolved: 'Ủy ban nhân dân Quận 10', … }]
 * ```
 */
export function extractOrganisations(text: string, options?: EntityOptions): OrganisationEntity[] {
  checkArgs(text, options, 'extractOrganisations');
  if (text.length === 0) return [];
  return findPeople(prepare(text), { officials: false, organisations: true }).organisations;
}
