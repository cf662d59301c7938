import { checkOptions, assertString } from '../_lib/validate.js';
import { messages } from '../errors.js';
import { detect, decodeTcvn3, decodeViqr, decodeVni } from '../_lib/legacy-codec.js';

/** Options of {@link fixEncoding}. */
export interface FixEncodingOptions {
  /** Decode only when {@link detectEncoding}'s confidence is at least this. Default `0.8`. */
  minConfidence?: number;
}

/**
 * Detects a legacy encoding ({@link detectEncoding}) and decodes the text when the detection is
 * confident enough; otherwise returns the text unchanged.
 *
 * @param text - Text that may be VNI-Windows, TCVN3 or VIQR read byte by byte, or Unicode.
 * @param options - `minConfidence` (0–1, default 0.8).
 * @returns Unicode text (NFC when it was decoded; the input itself otherwise).
 * @throws TypeError if `text` is not a string or `minConfidence` is not a number; RangeError for an
 *   unknown option or a `minConfidence` outside [0, 1].
 * @example
 * fixEncoding('Vieät Nam ñaõ coù nhieàu thay ñoåi'); // 'Việt Nam đã có nhiều thay đổi'
 */
export function fixEncoding(text: string, options?: FixEncodingOptions): string {
  assertString(text, 'fixEncoding');
  const o = checkOptions<FixEncodingOptions>(options, 'fixEncoding', ['minConfidence']);
  let min = 0.8;
  if (o.minConfidence !== undefined) {
    if (typeof o.minConfidence !== 'number' || Number.isNaN(o.minConfidence)) {
      throw new TypeError(messages.invalidOptionType('fixEncoding', 'minConfidence', o.minConfidence, 'a number'));
    }
    if (o.minConfidence < 0 || o.minConfidence > 1) {
      throw new RangeError(messages.outOfRange('fixEncoding', 'minConfidence', o.minConfidence, 'a number from 0 to 1'));
    }
    min = o.minConfidence;
  }
  const d = detect(text);
  if (d.encoding === 'unicode' || d.confidence < min) return text;
  if (d.encoding === 'vni') return decodeVni(text);
  if (d.encoding === 'tcvn3') return decodeTcvn3(text);
  return decodeViqr(text);
}
