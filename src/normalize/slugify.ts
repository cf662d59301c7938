import { assertString, checkOptions } from '../_lib/validate.js';
import { messages } from '../errors.js';
import { removeDiacritics } from './remove-diacritics.js';

/** Options of {@link slugify}. */
export interface SlugifyOptions {
  /** Separator between words. Default `'-'`. Must be a string of at most 8 characters. */
  separator?: string;
}

/**
 * Turns a title into a URL slug: diacritics removed (`đ` → `d`), lowercase ASCII letters and digits,
 * every other run of characters becomes one separator, none at either end. Characters without an
 * ASCII form (other scripts, emoji) act as separators, so they do not appear in the slug.
 *
 * @param text - Any string.
 * @param options - `separator` (default `'-'`).
 * @returns The slug (may be `''`).
 * @throws TypeError if `text` is not a string or `separator` is not a string; RangeError for an
 *   unknown option or a separator longer than 8 characters.
 * @example
 * slugify('Quận ủy Quận 10: tổng kết!'); // 'quan-uy-quan-10-tong-ket'
 */
export function slugify(text: string, options?: SlugifyOptions): string {
  assertString(text, 'slugify');
  const o = checkOptions<SlugifyOptions>(options, 'slugify', ['separator']);
  let sep = '-';
  if (o.separator !== undefined) {
    if (typeof o.separator !== 'string') {
      throw new TypeError(messages.invalidOptionType('slugify', 'separator', o.separator, 'a string'));
    }
    if (o.separator.length > 8) {
      throw new RangeError(messages.outOfRange('slugify', 'separator', o.separator, 'at most 8 characters'));
    }
    sep = o.separator;
  }
  const plain = removeDiacritics(text);
  let out = '';
  let gap = false;
  for (let i = 0; i < plain.length; i++) {
    let c = plain.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) c |= 0x20;
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) {
      if (gap && out.length > 0) out += sep;
      gap = false;
      out += String.fromCharCode(c);
    } else {
      gap = true;
    }
  }
  return out;
}
