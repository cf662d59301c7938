import { assertString } from '../_lib/validate.js';
import { resolveConfig, runNormalize } from '../_lib/normalize-core.js';
import { analyzeSyllable } from '../_lib/syllable.js';

/**
 * Tells whether `text` is one Vietnamese syllable by the rules of {@link parseSyllable}.
 *
 * @param text - Any string.
 * @returns `true` for `hoà`, `HÒA`, `nghiêng`, `quốc`, `gì`; `false` for `''`, `ca bin`, `xyz`, `kà`.
 * @throws TypeError if `text` is not a string.
 * @example
 * isSyllable('Nguyễn'); // true
 * isSyllable('Smith'); // false
 */
export function isSyllable(text: string): boolean {
  assertString(text, 'isSyllable');
  const s = runNormalize(text, resolveConfig(text, undefined, 'isSyllable'));
  return analyzeSyllable(s, 0, s.length) !== null;
}
