/**
 * Internal: the match key of one syllable-like token — the library's `toMatchKey` (NFC, lower
 * case, traditional tone placement, `Ð` → `Đ`, zero-width characters removed), so `Hòa`, `hoà`,
 * `HOÀ` and their NFD forms share a key. The build script and the runtime both use this function.
 */
import { toMatchKey } from '../normalize/to-match-key.js';

export function syllableKey(syllable: string): string {
  return toMatchKey(syllable);
}
