import { runNormalize, type Config } from '../_lib/normalize-core.js';
import { assertString } from '../_lib/validate.js';

/** Fixed configurations (no per-call option parsing: dictionaries call this once per entry). */
const KEY: Config = { nfd: false, tones: 1, eth: true, spaces: true, zeroWidth: true };
const RECHECK: Config = { nfd: false, tones: 0, eth: true, spaces: true, zeroWidth: true };

/** Memo for short inputs (single words and syllables, the dictionary case); bounded, cleared when full. */
const MEMO = new Map<string, string>();
const MEMO_MAX_LENGTH = 24;
const MEMO_SIZE = 50_000;

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
  assertString(text, 'toMatchKey');
  const short = text.length <= MEMO_MAX_LENGTH;
  if (short) {
    const hit = MEMO.get(text);
    if (hit !== undefined) return hit;
  }
  const lower = runNormalize(text, KEY).toLowerCase();
  // Lowercasing keeps tone placement; a second pass only re-checks NFC (İ → i + U+0307).
  const key = runNormalize(lower, RECHECK);
  if (short) {
    if (MEMO.size >= MEMO_SIZE) MEMO.clear();
    MEMO.set(text, key);
  }
  return key;
}
