import { resolveConfig, runNormalizeWithOffsets, type NormalizeOptions } from '../_lib/normalize-core.js';

/** Result of {@link normalizeWithOffsets}. */
export interface NormalizedText {
  /** The normalised text, equal to `normalize(input, options)`. */
  text: string;
  /**
   * `text.length + 1` non-decreasing indices into the input: output code unit `i` came from input
   * `[offsets[i], offsets[i + 1])`, so an output span `[s, e)` maps to input `[offsets[s], offsets[e])`.
   * `offsets[text.length] === input.length`. Removed characters (zero-width) belong to the output
   * unit before them; a composed or decomposed character maps to its whole source.
   */
  offsets: Uint32Array;
}

/**
 * Like {@link normalize}, and also reports where every part of the output came from in the input,
 * so tools that work on normalised text can report offsets into the caller's original string.
 *
 * @param text - Any string.
 * @param options - The same options as {@link normalize}.
 * @returns `{ text, offsets }`; see {@link NormalizedText}.
 * @throws TypeError if `text` is not a string or `options` is not an object; RangeError for an
 *   unknown option or option value.
 * @example
 * const input = 'Vie\u0323\u0302t\u00a0Nam';
 * const { text, offsets } = normalizeWithOffsets(input); // text === 'Việt Nam'
 * input.slice(offsets[0], offsets[4]); // 'Vie\u0323\u0302t' (the span of 'Việt')
 */
export function normalizeWithOffsets(text: string, options?: NormalizeOptions): NormalizedText {
  const cfg = resolveConfig(text, options, 'normalizeWithOffsets');
  return runNormalizeWithOffsets(text, cfg);
}
