/** Internal: argument checks shared by the entity extractors. */
import { messages } from '../../errors.js';
import { assertString, checkOptions } from '../../_lib/validate.js';
import type { EntityOptions } from '../types.js';
import type { YearRef } from './dates-core.js';

const VALID = ['referenceDate'] as const;
const R_ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
// Dates are read in the years 1000–2999; a reference year outside (or whose year before is) would
// make every inferred date invalid, so every undated mention would silently vanish.
const MIN_YEAR = 1001;
const MAX_YEAR = 2999;

/** Validates `text` and `options`; returns the year reference (or null). */
export function checkArgs(text: unknown, options: unknown, fn: string): YearRef | null {
  assertString(text, fn, 'text');
  const opts = checkOptions<EntityOptions>(options, fn, VALID);
  const rd = opts.referenceDate;
  if (rd === undefined) return null;
  const expected = `a valid Date or an ISO date string (YYYY, YYYY-MM or YYYY-MM-DD) in the years ${MIN_YEAR}–${MAX_YEAR}`;
  if (rd instanceof Date) {
    const t = rd.getTime();
    if (Number.isNaN(t)) throw new RangeError(messages.invalidArgument(fn, 'referenceDate', 'Invalid Date', expected));
    const y = rd.getUTCFullYear();
    if (y < MIN_YEAR || y > MAX_YEAR) throw new RangeError(messages.invalidArgument(fn, 'referenceDate', rd.toISOString(), expected));
    return { y, m: rd.getUTCMonth() + 1 };
  }
  if (typeof rd === 'string') {
    const m = R_ISO.exec(rd);
    if (m) {
      const y = Number(m[1]);
      const mo = m[2] ? Number(m[2]) : 12;
      const d = m[3] ? Number(m[3]) : 1;
      const probe = new Date(Date.UTC(y, mo - 1, d));
      const real = mo >= 1 && mo <= 12 && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d;
      if (real && y >= MIN_YEAR && y <= MAX_YEAR) return { y, m: m[2] ? mo : 12 };
    }
  }
  throw new RangeError(messages.invalidArgument(fn, 'referenceDate', rd, expected));
}
