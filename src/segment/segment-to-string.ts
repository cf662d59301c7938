import { checkSegmentArgs, defaultSegmenterState } from './create-segmenter.js';
import type { SegmentOptions } from './types.js';

/**
 * Segments `text` and prints it the way VnCoreNLP and pyvi do: the syllables of a word joined
 * by `_` (any whitespace inside a word becomes one `_`), words separated by one space (line breaks
 * and runs of whitespace between words become one space).
 *
 * @param text - Any string.
 * @param options - Reserved; no options yet (any key throws a RangeError).
 * @returns The segmented text, e.g. `cán_bộ đội_ngũ`.
 * @throws {TypeError} If `text` is not a string or `options` is not an object.
 * @throws {RangeError} On an unknown option key.
 * @example
 * segmentToString('Đội ngũ cán bộ trẻ'); // → 'Đội_ngũ cán_bộ trẻ'
 */
export function segmentToString(text: string, options?: SegmentOptions): string {
  checkSegmentArgs(text, options, 'segmentToString');
  return defaultSegmenterState().toString(text);
}
