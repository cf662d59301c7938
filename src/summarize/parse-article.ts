import { assertString } from '../_lib/validate.js';
import { toArticle } from './_lib/build.js';
import { parseStructure } from './_lib/structure.js';
import type { Article } from './types.js';

/**
 * Splits a news article, as a page-to-text tool gives it, into its parts: dateline, title,
 * captions, source tag, lead, body paragraphs, byline and page chrome.
 *
 * The text is read line by line (LF, CRLF, CR; blank lines and stray spaces ignored; NFC or
 * NFD). Rules are by line shape, not by site: a dateline is a line holding only a date (with
 * weekday/time); the title is the first headline-shaped line (no final full stop) with more text
 * after it; lines under it that are short and lack final punctuation are captions, up to the
 * lead, which is the line opening with a source tag (`(Chinhphu.vn) -`) or else the first line of
 * prose; a line of page chrome (`Ý kiến bạn đọc`, `refresh`, share bars, `In bài viết`, counters,
 * breadcrumbs) is boilerplate, and after a section marker (`Tin khác`, `Tin cùng chuyên mục`,
 * `Ý kiến bạn đọc`, `Thông báo`) everything is; the last body line is the byline when it is a
 * short capitalised name. Text with none of these parts is all body.
 *
 * @param text - The article text.
 * @returns The parts, each a span `{ text, start, end }` with offsets into `text`.
 * @throws {TypeError} If `text` is not a string.
 * @example
 * ```ts
 * const a = parseArticle('Tiêu đề bài viết\n\n(Chinhphu.vn) - Sáng 12/10, Bộ Y tế họp.\n\nThanh Hà');
 * a.title?.text;  // 'Tiêu đề bài viết'
 * a.source?.text; // 'Chinhphu.vn'
 * a.lead?.text;   // 'Sáng 12/10, Bộ Y tế họp.'
 * a.author?.text; // 'Thanh Hà'
 * ```
 */
export function parseArticle(text: string): Article {
  assertString(text, 'parseArticle');
  return toArticle(text, parseStructure(text));
}
