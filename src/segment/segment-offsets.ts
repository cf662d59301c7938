import { checkSegmentArgs, defaultSegmenterState } from './create-segmenter.js';
import type { SegmentOptions } from './types.js';

/**
 * The allocation-light form of {@link segment} for bulk processing: the same words as flat
 * triples `start, end, typeCode` in one `Uint32Array`, where `typeCode` indexes `TOKEN_TYPES`
 * of `vietext/tokenize` (0 = `word`) and `start`/`end` are UTF-16 offsets into `text`.
 *
 * @param text - Any string.
 * @param options - Reserved; no options yet (any key throws a RangeError).
 * @returns `Uint32Array` of length `3 × wordCount`.
 * @throws {TypeError} If `text` is not a string or `options` is not an object.
 * @throws {RangeError} On an unknown option key.
 * @example
 * segmentOffsets('cán bộ trẻ'); // → Uint32Array [0, 6, 0, 7, 10, 0]
 */
export function segmentOffsets(text: string, options?: SegmentOptions): Uint32Array {
  checkSegmentArgs(text, options, 'segmentOffsets');
  return defaultSegmenterState().offsets(text);
}
