import { checkOptions, assertString } from '../_lib/validate.js';
import { messages } from '../errors.js';
import { detect, decodeTcvn3, decodeUtf8Bytes, decodeViqr, decodeVni, isUtf8Bytes } from '../_lib/legacy-codec.js';

/** Options of {@link fixEncoding}. */
export interface FixEncodingOptions {
  /** Decode only when {@link detectEncoding}'s confidence is at least this. Default `0.8`. */
  minConfidence?: number;
}

/**
 * Detects a legacy encoding ({@link detectEncoding}) and decodes the text when the detection is
 * confident enough; otherwise returns the text unchanged. Also repairs UTF-8 text that was read as
 * latin1 or windows-1252 (`Thá»© Hai` → `Thứ Hai`): a string of byte-range code units that is valid
 * UTF-8 with multi-byte sequences is decoded as UTF-8 (legacy VNI/TCVN3 bytes practically never are).
 *
 * @param text - Text that may be VNI-Windows, TCVN3 or VIQR read byte by byte, or Unicode.
 * @param options - `minConfidence` (0–1, default 0.8).
 * @returns Unicode text (NFC when decoded from a legacy encoding; as the bytes say when decoded from
 *   UTF-8; the input itself otherwise).
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
  // UTF-8 text read as latin1/windows-1252 (`Thá»© Hai`): valid UTF-8 bytes are decoded as such.
  if (isUtf8Bytes(text, false)) return decodeUtf8Bytes(text);
  const d = detect(text);
  if (d.encoding === 'unicode' || d.confidence < min) return text;
  if (d.encoding === 'vni') return decodeVni(text);
  if (d.encoding === 'tcvn3') return decodeTcvn3(text);
  return decodeViqr(text);
}
