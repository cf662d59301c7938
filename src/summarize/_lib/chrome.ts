// Page-chrome recognition by line shape. Internal. A line is judged whole: its folded key
// (no diacritics, lowercase, punctuation squeezed, counters stripped) is looked up in small
// vocabularies of interface words that news sites put around articles. Body sentences never
// consist only of such words, so the rules carry to sites the corpus does not contain.

import { countWords, foldKey, isDigit, isLetter } from './lines.js';

const DIGITS = /^\d+$/;
const PROSE_EXCEPTIONS = /^(?:©|copyright|trang ch|https?:|www\.)/i;
const BARE_LINK = /^(?:https?:\/\/|www\.)\S+$/i;
const COPYRIGHT = /^copyright\b/i;
const BREADCRUMB_SEPARATOR = /[>»›/|]/;

/** How a chrome line affects what follows it. */
export type ChromeKind =
  | 'none' // not chrome
  | 'line' // a chrome line on its own (share bar, `refresh`, `In bài viết`, counter)
  | 'end' // a section marker after which nothing is article body (`Tin khác`, `Ý kiến bạn đọc`)
  | 'related'; // a related-links marker (`Tin liên quan`, `Xem thêm:`): headline lines after it are chrome

// Section markers: comments, related and most-read lists, notices, tags.
const END = new Set([
  'y kien ban doc', 'y kien cua ban', 'y kien', 'tong luot binh luan', 'binh luan', 'cac binh luan',
  'viet binh luan', 'gui binh luan', 'gui y kien', 'gui y kien cua ban', 'ban doc binh luan',
  'tin khac', 'cac tin khac', 'bai khac', 'cac bai khac', 'tin bai khac', 'tin cung chuyen muc',
  'bai cung chuyen muc', 'cung chuyen muc', 'tin moi', 'tin moi nhat', 'moi nhat', 'tin moi hon',
  'tin cu hon', 'tin da dua', 'cac tin da dua', 'doc nhieu', 'doc nhieu nhat', 'xem nhieu',
  'xem nhieu nhat', 'tin doc nhieu', 'tin xem nhieu', 'tin noi bat', 'noi bat', 'tin tieu diem',
  'tieu diem', 'thong bao', 'tu khoa', 'tags', 'tag', 'chu de', 'tin anh', 'video noi bat',
  'tin tuc lien quan', 'tin cung loai', 'tin tiep theo', 'bai tiep theo', 'tin truoc', 'bai truoc',
  'comments', 'comment', 'leave a comment', 'most read', 'latest news', 'more news', 'other news',
]);

// Related-links markers that may also sit inside the body (the article resumes after the list).
const RELATED = new Set([
  'tin lien quan', 'bai lien quan', 'xem them', 'doc them', 'co the ban quan tam',
  'ban co the quan tam', 'co the ban muon doc', 'moi ban doc them', 'tham khao them',
  'related', 'related news', 'related articles', 'read more', 'see also',
]);

// Interface lines: buttons, tools, navigation, forms.
const LINE = new Set([
  'refresh', 'in bai viet', 'in bai', 'in trang', 'ban in', 'gui bai viet', 'gui bai', 'gui email',
  'gui mail', 'gui cho ban be', 'chia se', 'chia se bai viet', 'share', 'print', 'luu', 'luu bai viet',
  'luu tin', 'copy link', 'sao chep', 'sao chep lien ket', 'co chu', 'font chu', 'quay lai', 'tro ve',
  'tro lai', 've dau trang', 'len dau trang', 'dau trang', 'top', 'trang chu', 'dang nhap', 'dang ky',
  'dang xuat', 'ho ten', 'ho va ten', 'ma xac nhan', 'nhap ma xac nhan', 'huy', 'dong', 'nghe',
  'nghe bai viet', 'nghe doc bai', 'doc bai', 'audio', 'luot xem', 'luot doc', 'so luot xem',
  'binh chon', 'rss', 'lien he', 'quang cao', 'phan hoi', 'tra loi', 'thich', 'google news',
  'theo doi', 'tai ung dung', 'xem tiep', 'xem chi tiet', 'xem tat ca', 'xem toan bo', 'phong to',
  'thu nho', 'gop y', 'dong gop y kien', 'bao loi', 'bao cao', 'email', 'gui', 'in', 'tweet', 'like',
  'chia se facebook', 'ban quyen', 'toa soan', 've dau', 'muc luc', 'tiep', 'truoc', 'sau',
  'trang truoc', 'trang sau', 'trang tiep', 'ket noi voi chung toi', 'theo doi chung toi',
  'noi dung', 'noi dung binh luan', 'video', 'multimedia', 'podcast', 'emagazine', 'infographic',
  'infographics', 'longform', 'megastory', 'anh', 'tai app', 'nghe audio',
  'advertisement', 'ads', 'home', 'back to top', 'share this', 'print this', 'listen',
]);

// Words a share/tool bar is made of: a line consisting only of these is chrome.
const BAR_WORDS = new Set([
  'chia', 'se', 'share', 'facebook', 'fb', 'twitter', 'x', 'zalo', 'email', 'mail', 'in', 'print',
  'luu', 'gui', 'like', 'tweet', 'copy', 'link', 'linkedin', 'telegram', 'messenger', 'pinterest',
  'google', 'bookmark', 'thich', 'binh', 'luan', 'a', 'aa', 'bai', 'viet', 'tin', 'trang', 'rss',
  'youtube', 'tiktok', 'instagram', 'zing', 'lotus', 'sao', 'chep', 'lien', 'ket', 'nghe', 'doc',
  'phong', 'to', 'nho', 'co', 'chu', 'tai', 've',
]);

/** Strips counters (`Bình luận (12)`, `Lượt xem: 1.234`) and list markers from a folded key. */
function stripCounters(key: string): string {
  const words = key.split(' ');
  let s = 0;
  let e = words.length;
  while (s < e && DIGITS.test(words[s]!)) s++;
  while (e > s && DIGITS.test(words[e - 1]!)) e--;
  return words.slice(s, e).join(' ');
}

/**
 * Classifies the trimmed line `text[start, end)`. Lines longer than 160 characters are never
 * chrome (interface strings are short); the vocabulary test is O(line length).
 */
export function classifyChrome(text: string, start: number, end: number): ChromeKind {
  const len = end - start;
  if (len === 0) return 'none';
  // HTML left over from the page: a line that is only markup (`<figure><img …/></figure>`) is
  // chrome, and so is one whose text between the tags is (`<div class="share-bar">Chia sẻ …</div>`).
  const inner = markupText(text, start, end);
  if (inner !== null) {
    const bare = inner.trim();
    if (bare === '') return 'line';
    const kind = classifyChrome(bare, 0, bare.length);
    if (kind !== 'none') return kind;
  }
  if (len > 160) return 'none';
  // Fast exit for prose: every rule below needs a short line, a `Label:` head, a breadcrumb
  // (`Trang chủ >`) or a copyright sign.
  if (countWords(text, start, end) > 14) {
    const head = text.slice(start, Math.min(end, start + 40));
    if (!head.includes(':') && !PROSE_EXCEPTIONS.test(head)) return 'none';
  }
  let letters = 0;
  for (let i = start; i < end; i++) if (isLetter(text.charCodeAt(i))) letters++;
  const raw = text.slice(start, end);
  // Symbols and counters only (`0`, `|`, `»`, `(12)`), short.
  if (letters === 0) return len <= 24 ? 'line' : 'none';
  // A bare link.
  if (BARE_LINK.test(raw)) return 'line';
  // Copyright footer.
  if (raw.charCodeAt(0) === 0xa9 || COPYRIGHT.test(raw)) return 'end';
  const key = stripCounters(foldKey(raw));
  if (key === '') return 'line';
  if (END.has(key)) return 'end';
  if (RELATED.has(key)) return 'related';
  if (LINE.has(key)) return 'line';
  const list = listHeading(key);
  if (list !== 'none') return list;
  // `Xem thêm: <headline>` / `Tin liên quan: <headline>` on one line: an inline related link.
  const colon = raw.indexOf(':');
  if (colon > 0 && colon < 40) {
    const head = stripCounters(foldKey(raw.slice(0, colon)));
    if (RELATED.has(head)) return 'line';
    if (head === 'tu khoa' || head === 'tags' || head === 'tag' || head === 'chu de') return 'end';
    if (COLON_HEADS.has(head)) return 'line';
  }
  // Tool phrases by their head word: `Chia sẻ bài viết lên Facebook`, `Nghe đọc bài viết`,
  // `Trở lại đầu trang`, `Theo dõi chúng tôi trên Zalo`.
  const nWords = key.split(' ').length;
  if (nWords <= 8) {
    if (key.startsWith('chia se ') || key.startsWith('theo doi chung toi')) return 'line';
    if (key.startsWith('nghe ') && key.includes('bai')) return 'line';
    if (key.endsWith(' dau trang') && nWords <= 5) return 'line';
  }
  // Breadcrumb: `Trang chủ > Tin tức > Thời sự`.
  if (key.startsWith('trang chu ') && BREADCRUMB_SEPARATOR.test(raw)) return 'line';
  // Share/tool bar: every word is bar vocabulary.
  const words = key.split(' ');
  if (words.length <= 14 && words.every((w) => BAR_WORDS.has(w) || DIGITS.test(w))) {
    // A lone ordinary word (`tin`, `bai`) is not a bar; require a platform or action name.
    if (words.some((w) => PLATFORM.has(w))) return 'line';
  }
  return 'none';
}

// Heads of article lists: `Tin khác`, `Các bài viết liên quan`, `Tin bài cùng chủ đề`, `Tin tức mới nhất`.
const LIST_HEADS = ['tin tuc', 'tin bai', 'bai viet', 'tin', 'bai'];
const LIST_TAILS_END = new Set([
  'khac', 'cung chuyen muc', 'cung chu de', 'cung loai', 'moi', 'moi nhat', 'moi hon', 'cu hon', 'da dua',
  'doc nhieu', 'doc nhieu nhat', 'xem nhieu', 'xem nhieu nhat', 'noi bat', 'tieu diem', 'tiep theo', 'truoc',
  'da dang', 'hay', 'nen doc',
]);

// `Label: value` lines of page tools and metadata.
const COLON_HEADS = new Set([
  'luot xem', 'luot doc', 'so luot xem', 'chia se', 'co chu', 'chuyen muc', 'danh muc', 'hotline', 'font chu',
]);

/** A short list heading built from a list word and a qualifier, by shape rather than by exact string. */
function listHeading(key: string): ChromeKind {
  let k = key.startsWith('cac ') ? key.slice(4) : key;
  const head = LIST_HEADS.find((h) => k === h || k.startsWith(`${h} `));
  if (!head) return 'none';
  k = k.slice(head.length).trim();
  if (k === 'lien quan') return 'related';
  if (LIST_TAILS_END.has(k)) return 'end';
  // A qualifier followed by at most three more words: `Tin khác cùng chuyên mục`, `Các tin đã đưa ngày`.
  const words = k.split(' ');
  for (let cut = 1; cut < words.length && words.length - cut <= 3; cut++) {
    if (LIST_TAILS_END.has(words.slice(0, cut).join(' '))) return 'end';
  }
  return 'none';
}

const PLATFORM = new Set([
  'facebook', 'fb', 'twitter', 'zalo', 'email', 'mail', 'print', 'share', 'linkedin', 'telegram',
  'messenger', 'pinterest', 'tweet', 'like', 'copy', 'rss', 'youtube', 'tiktok', 'instagram', 'se',
]);

/** True when the span has no letters and no digits at all. */
export function isSymbolsOnly(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isLetter(c) || isDigit(c)) return false;
  }
  return true;
}

/** True for an ASCII letter. */
function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** End (past `>`) of the HTML tag opening at `i` (`<div …>`, `</p>`, `<!-- … >`), else -1. */
function tagEnd(text: string, i: number, end: number): number {
  if (text.charCodeAt(i) !== 0x3c || i + 1 >= end) return -1;
  const c = text.charCodeAt(i + 1);
  if (!isAsciiLetter(c) && c !== 0x2f && c !== 0x21) return -1;
  const close = text.indexOf('>', i + 2);
  return close < 0 || close >= end ? -1 : close + 1;
}

/**
 * The text of a line that is wrapped in markup (it opens with a tag and closes with one), with
 * every tag replaced by a space; `null` for any other line. One forward pass: each tag is found
 * with `indexOf` from where the last one ended.
 */
export function markupText(text: string, start: number, end: number): string | null {
  if (end - start < 3 || text.charCodeAt(end - 1) !== 0x3e || tagEnd(text, start, end) < 0) return null;
  let out = '';
  let from = start;
  let i = start;
  while (i < end) {
    const lt = text.indexOf('<', i);
    if (lt < 0 || lt >= end) break;
    const te = tagEnd(text, lt, end);
    if (te < 0) {
      i = lt + 1;
      continue;
    }
    out += `${text.slice(from, lt)} `;
    from = te;
    i = te;
  }
  // The line must close with a tag, not with a stray `>` in its text.
  if (from !== end) return null;
  return out;
}

/**
 * The caption text of a `<figcaption>…</figcaption>` line (trimmed, no markup inside), else null.
 */
export function figcaptionText(text: string, start: number, end: number): { start: number; end: number } | null {
  // Name and closing tag first: `tagEnd` then finds its `>` inside the line.
  const closeTag = '</figcaption>';
  if (end - start < 2 * closeTag.length || text.slice(start + 1, start + 11).toLowerCase() !== 'figcaption') return null;
  const c = text.charCodeAt(start + 11);
  if (c !== 0x3e && c !== 0x20) return null;
  if (text.slice(end - closeTag.length, end).toLowerCase() !== closeTag) return null;
  const open = tagEnd(text, start, end);
  if (open < 0 || open > end - closeTag.length) return null;
  let s = open;
  let e = end - closeTag.length;
  while (s < e && text.charCodeAt(s) <= 0x20) s++;
  while (e > s && text.charCodeAt(e - 1) <= 0x20) e--;
  if (s === e) return null;
  const lt = text.indexOf('<', s);
  if (lt >= 0 && lt < e) return null;
  return { start: s, end: e };
}
