import { assertString } from '../_lib/validate.js';
import { checkEncoding, encodeTcvn3, encodeViqr, encodeVni, type LegacyEncoding } from '../_lib/legacy-codec.js';

/**
 * Encodes Unicode text (NFC or NFD) in a legacy Vietnamese encoding. For `'vni'` and `'tcvn3'` the
 * result's code units are bytes: write it with `Buffer.from(result, 'latin1')`. windows-1252
 * punctuation (“ ” – … €) becomes its byte. Characters the encoding cannot represent (other
 * scripts, and Latin-1 letters whose byte the encoding uses for a Vietnamese letter) are passed
 * through unchanged, so they will not survive a round trip; Vietnamese text always does, except
 * toned capitals in TCVN3, which has none (they become the lowercase byte; see {@link decodeLegacy}).
 * VIQR output escapes literal marks after vowels with a backslash (`đi.` → `ddi\.`).
 *
 * @param text - Unicode text.
 * @param encoding - `'vni'`, `'tcvn3'` or `'viqr'`.
 * @returns The encoded text.
 * @throws TypeError if `text` is not a string; RangeError for an unknown encoding.
 * @example
 * encodeLegacy('Việt Nam', 'vni'); // 'Vieät Nam'
 * encodeLegacy('Việt Nam', 'viqr'); // 'Vie^.t Nam'
 */
export function encodeLegacy(text: string, encoding: LegacyEncoding): string {
  assertString(text, 'encodeLegacy');
  const enc = checkEncoding(encoding, 'encodeLegacy');
  if (enc === 'vni') return encodeVni(text);
  if (enc === 'tcvn3') return encodeTcvn3(text);
  return encodeViqr(text);
}
