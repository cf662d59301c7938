// Re-exports only: see STYLE.md §1.
export { segment } from './segment.js';
export { segmentToString } from './segment-to-string.js';
export { segmentOffsets } from './segment-offsets.js';
export { createSegmenter } from './create-segmenter.js';
export type { Word, WordType, SegmentOptions, SegmenterOptions, Segmenter } from './types.js';
