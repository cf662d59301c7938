import { assertString } from '../_lib/validate.js';
import { resolveConfig, runNormalize } from '../_lib/normalize-core.js';
import { analyzeSyllable, toneName } from '../_lib/syllable.js';
import type { ToneName } from '../_lib/vi-letters.js';

export type { ToneName };

/** The parts of a Vietnamese syllable, lowercase and without the tone mark. */
export interface Syllable {
  /** Initial consonant(s): `''`, `b`, `ch`, `gh`, `gi`, `ngh`, `qu`, `đ`, ... (`qu` and `gi` before a vowel are onsets). */
  onset: string;
  /** The glide `o` or `u` before the nucleus (`hoa`, `thuỷ`, `tuần`), or `''`. */
  medial: string;
  /** The main vowel: `a`, `ă`, `iê`, `yê`, `uô`, `ươ`, `ia`, `ua`, `ưa`, `oo`, ... */
  nucleus: string;
  /** Final consonant (`c ch m n ng nh p t`) or semivowel (`i y o u`), or `''`. */
  coda: string;
  /** `ngang` (none), `huyen` (`à`), `sac` (`á`), `hoi` (`ả`), `nga` (`ã`), `nang` (`ạ`). */
  tone: ToneName;
}

/**
 * Splits one Vietnamese syllable into onset, medial, nucleus, coda and tone, by the orthography
 * (onset list, the vowel clusters of standard spelling, codas, spelling rules for k/gh/ngh and
 * c/ng, and only sắc or nặng before c/ch/p/t). Any case and NFC or NFD input; the tone mark may
 * sit on any vowel of the cluster (`hóan` parses like `hoán`).
 *
 * @param text - One syllable, without spaces or punctuation.
 * @returns The parts, or `null` when `text` is not a Vietnamese syllable (`''`, `xyz`, `ca bin`, `ghá`).
 * @throws TypeError if `text` is not a string.
 * @example
 * parseSyllable('Thuyền'); // { onset: 'th', medial: 'u', nucleus: 'yê', coda: 'n', tone: 'huyen' }
 * parseSyllable('quý'); // { onset: 'qu', medial: '', nucleus: 'y', coda: '', tone: 'sac' }
 */
export function parseSyllable(text: string): Syllable | null {
  assertString(text, 'parseSyllable');
  const s = runNormalize(text, resolveConfig(text, undefined, 'parseSyllable'));
  const a = analyzeSyllable(s, 0, s.length);
  if (a === null) return null;
  return { onset: a.onset, medial: a.medial, nucleus: a.nucleus, coda: a.glide || a.coda, tone: toneName(a.tone) };
}
