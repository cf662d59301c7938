import { resolveConfig, runNormalize, type NormalizeOptions } from '../_lib/normalize-core.js';

export type { NormalizeOptions };

/**
 * Normalises Vietnamese text so that every spelling of the same words compares equal, without
 * rewriting what the caller wrote unless asked: Unicode NFC (or NFD), optional tone-mark placement,
 * and clean-up of characters that break matching (Ð → Đ, no-break spaces → space, zero-width
 * characters removed). Idempotent. Text that needs no change is returned as is after one scan.
 * Characters outside Vietnamese (other scripts, lone surrogates) pass through untouched apart from
 * Unicode normalisation.
 *
 * @param text - Any string.
 * @param options - `form` (`'NFC'` | `'NFD'`, default `'NFC'`), `tones` (`'keep'` | `'traditional'` |
 *   `'reformed'`, default `'keep'`), `eth`, `spaces`, `zeroWidth` (booleans, default `true`).
 * @returns The normalised text.
 * @throws TypeError if `text` is not a string or `options` is not an object; RangeError for an
 *   unknown option or option value.
 * @example
 * normalize('Hoa\u0300 Bi\u0300nh'); // 'Hoà Bình' (NFC)
 * normalize('HOÀ BÌNH', { tones: 'traditional' }); // 'HÒA BÌNH'
 * normalize('thủy', { tones: 'reformed' }); // 'thuỷ'
 */
export function normalize(text: string, options?: NormalizeOptions): string {
  const cfg = resolveConfig(text, options, 'normalize');
  return runNormalize(text, cfg);
}
