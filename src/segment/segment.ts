import { checkSegmentArgs, defaultSegmenterState } from './create-segmenter.js';
import type { SegmentOptions, Word } from './types.js';

/**
 * Splits Vietnamese text into words: multi-syllable words (`cán bộ`, `đội ngũ`, `Quận ủy`,
 * full names like `Đặng Quốc Toàn`) come back as one span. Numbers, dates, percentages,
 * abbreviations, punctuation and symbols pass through as their own words, typed.
 *
 * Method: an averaged perceptron labels every gap between two syllables as join/split, left to
 * right, from syllable n-grams, capitalisation and dictionary matches (@vntk/dictionary and the
 * UD Vietnamese VTB train split). Linear time. NFC and NFD input, either tone style (`hoà`/`hòa`)
 * and ALL-CAPS runs give the same boundaries. The model is decoded on the first call.
 *
 * @param text - Any string; offsets refer to it unchanged.
 * @param options - Reserved; no options yet (any key throws a RangeError).
 * @returns Fresh `{ text, start, end, type }` objects in order, with
 *   `text === input.slice(start, end)`; words plus whitespace tile the input.
 * @throws {TypeError} If `text` is not a string or `options` is not an object.
 * @throws {RangeError} On an unknown option key.
 * @example
 * segment('Cán bộ Quận ủy').map((w) => w.text); // → ['Cán bộ', 'Quận ủy']
 */
export function segment(text: string, options?: SegmentOptions): Word[] {
  checkSegmentArgs(text, options, 'segment');
  return defaultSegmenterState().segment(text);
}
