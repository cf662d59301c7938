import { assertString } from '../_lib/validate.js';
import { detect, type Detection } from '../_lib/legacy-codec.js';

/** Result of {@link detectEncoding}. */
export type EncodingDetection = Detection;

/**
 * Guesses whether text is Unicode or a legacy Vietnamese encoding read byte by byte: VNI-Windows,
 * TCVN3 (ABC) or VIQR. It decodes (at most the first 200 000 code units) each way and counts the
 * words that become valid Vietnamese syllables against those that do not; confidence grows with
 * the share of valid words and with their number (one word gives at most 0.5).
 *
 * @param text - Text whose code units are bytes (latin1 or windows-1252 reading), or Unicode text.
 * @returns `{ encoding: 'unicode' | 'vni' | 'tcvn3' | 'viqr', confidence }`, confidence in [0, 1].
 *   Text with no accented words is `'unicode'` with confidence 1 (nothing to decode), and so is
 *   UTF-8 read as bytes (valid UTF-8 with multi-byte sequences; {@link fixEncoding} decodes it).
 * @throws TypeError if `text` is not a string.
 * @example
 * detectEncoding('Vieät Nam ñaõ coù nhieàu thay ñoåi'); // { encoding: 'vni', confidence: ... }
 */
export function detectEncoding(text: string): EncodingDetection {
  assertString(text, 'detectEncoding');
  return detect(text);
}
