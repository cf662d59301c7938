import type { TokenType } from '../tokenize/token-types.js';

/** A word of the segmentation: one or more syllables, or one non-word token passed through. */
export interface Word {
  /** The word exactly as written in the input (`input.slice(start, end)`), spaces included. */
  text: string;
  /** UTF-16 offset of the first code unit in the original input. */
  start: number;
  /** UTF-16 offset one past the last code unit in the original input. */
  end: number;
  /**
   * `word` for Vietnamese words (one or more syllables) and foreign words; otherwise the type
   * the tokenizer (`vietext/tokenize`) gave the token passed through: `number`, `percent`,
   * `date`, `abbr`, `url`, `email`, `punct`, `symbol`, `code`.
   */
  type: WordType;
}

/** A token type of `vietext/tokenize` other than `space`. */
export type WordType = Exclude<TokenType, 'space'>;

export type SegmentOptions = Record<string, never>;

/** Options of `createSegmenter`. */
export interface SegmenterOptions {
  /**
   * User dictionary: words (`'Quận ủy'`, `'Đặng Quốc Toàn'`, `'Quận 10'`) that are always kept
   * as one word where they occur (longest match first). Matched on the normalised key, so case,
   * NFC/NFD and tone style do not matter. Entries of one token have no effect; an entry of more
   * than 16 tokens throws a RangeError.
   */
  words?: readonly string[];
}

/** A segmenter bound to a dictionary, as returned by `createSegmenter`. */
export interface Segmenter {
  segment(text: string, options?: SegmentOptions): Word[];
  segmentToString(text: string, options?: SegmentOptions): string;
  segmentOffsets(text: string, options?: SegmentOptions): Uint32Array;
}
