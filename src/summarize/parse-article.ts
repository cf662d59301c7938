import { assertString } from '../_lib/validate.js';
import { parseStructure, type Range, type Structure } from './_lib/structure.js';

/** A part of the article: `text === input.slice(start, end)` (UTF-16 offsets into your string). */
export interface ArticleSpan {
  text: string;
  start: number;
  end: number;
}

/** The dateline with its parsed date. */
export interface ArticleDateline extends ArticleSpan {
  /** ISO date `YYYY-MM-DD`. */
  value: string;
  /** ISO weekday (1 = Monday … 7 = Sunday) when the line states one, else null. */
  weekday: number | null;
  /** `HH:MM` when the line states a time, else null. */
  time: string | null;
}

/** The parts of a news article. Every span is a fresh object with offsets into the input. */
export interface Article {
  /** The headline, or null when the text has no headline structure. */
  title: ArticleSpan | null;
  /** The line holding only the publication date (`Thứ Bảy, ngày 8 tháng 8 năm 2020`), or null. */
  dateline: ArticleDateline | null;
  /** The name inside the source tag opening the lead (`Thanhuytphcm.vn` from `(Thanhuytphcm.vn) -`), or null. */
  source: ArticleSpan | null;
  /** The first body paragraph (the sapo) without its source tag, or null when there is no body. */
  lead: ArticleSpan | null;
  /** Every body paragraph in order, the lead first (captions and byline excluded). */
  paragraphs: ArticleSpan[];
  /** Photo captions, in order. */
  captions: ArticleSpan[];
  /** The byline name without a credit label (`Ngọc Duyên` from `Bài, ảnh: Ngọc Duyên`), or null. */
  author: ArticleSpan | null;
  /** Page chrome lines dropped from the article (`Ý kiến bạn đọc`, `Tin khác` and its headlines, share bars). */
  boilerplate: ArticleSpan[];
}

/** Builds the public Article from offsets. Internal to the module. */
export function toArticle(text: string, s: Structure): Article {
  const span = (r: Range): ArticleSpan => ({ text: text.slice(r.start, r.end), start: r.start, end: r.end });
  const opt = (r: Range | null): ArticleSpan | null => (r ? span(r) : null);
  return {
    title: opt(s.title),
    dateline: s.dateline
      ? { ...span(s.dateline), value: s.dateline.value, weekday: s.dateline.weekday, time: s.dateline.time }
      : null,
    source: opt(s.source),
    lead: opt(s.lead),
    paragraphs: s.paragraphs.map(span),
    captions: s.captions.map(span),
    author: opt(s.author),
    boilerplate: s.boilerplate.map(span),
  };
}

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
