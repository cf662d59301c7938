import { resolveConfig, runNormalize } from '../_lib/normalize-core.js';

/**
 * One comparison key for every spelling of the same words: NFC, lowercase, one tone placement
 * (traditional), Ð → Đ, no-break spaces → space, zero-width characters removed. `Hòa`, `hoà`, `HOÀ`
 * and their NFD forms share a key. Diacritics are kept (`ha` and `hà` differ); use
 * {@link removeDiacritics} on top for accent-insensitive matching.
 *
 * @param text - Any string.
 * @returns The key.
 * @throws TypeError if `text` is not a string.
 * @example
 * toMatchKey('HOÀ') === toMatchKey('hòa'); // true, both 'hòa'
 */
export function toMatchKey(text: string): string {
  const cfg = resolveConfig(text, undefined, 'toMatchKey');
  cfg.tones = 1;
  const lower = runNormalize(text, cfg).toLowerCase();
  // Lowercasing keeps tone placement; a second pass only re-checks NFC (İ → i + U+0307).
  cfg.tones = 0;
  return runNormalize(lower, cfg);
}
