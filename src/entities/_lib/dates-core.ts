/**
 * Internal: date and period recognition over a prepared document.
 *
 * Every pattern runs on the key string (lower case, NFC, one tone style) with bounded quantifiers
 * only, so each match attempt is constant-bounded and a scan is linear in the input.
 */
import type { DateEntity } from '../types.js';
import { type Doc } from './doc.js';

const B = '(?<![\\p{L}\\p{N}])';
const S = ' {1,3}';
// The scanning patterns start with a consuming atom and check the left boundary in a look-behind
// after it (`\d(?<=B\d)` ≡ `B\d`): a pattern that opens with a look-behind is tried at every
// position, one that opens with a character is only tried where that character occurs (~5x faster).
const D1B = `\\d(?<=${B}\\d)`;
const NOT_NUM_AFTER = '(?![\\p{N}]|[/.,-]\\p{N}|[/-]\\p{L})';

// `8 tháng 8 năm 2020`, `05 tháng 02 năm 2023`, `8 tháng 8/2020`, `18 tháng 6`.
const R_FULL = new RegExp(
  `(${D1B}\\d?)${S}tháng${S}(\\d{1,2})(?!\\d)(?:${S}năm${S}(\\d{4})|(?: ?[/.-] ?)(\\d{4}))?${NOT_NUM_AFTER}`,
  'gu',
);
// `18/6`, `18/6/2020`, `18-6-2020`, `18.6.2020`.
const R_NUM = new RegExp(`(\\d(?<=${B}(?<![/.,-])\\d)\\d?)([/.-])(\\d{1,2})(?:\\2(\\d{4}))?${NOT_NUM_AFTER}`, 'gu');
// `18 - 20/6`, `18-20/6/2021`, `18 đến 20/6`.
const R_DAYRANGE = new RegExp(
  `(\\d(?<=${B}(?<![/.,-])\\d)\\d?) ?(?:-|–|đến) ?(\\d{1,2})([/.-])(\\d{1,2})(?:\\3(\\d{4}))?${NOT_NUM_AFTER}`,
  'gu',
);
// `tháng 6`, `tháng 6/2021`, `tháng 06 năm 2021`.
const R_MONTH = new RegExp(
  `tháng(?<=${B}(?<!\\d {1,3})tháng)${S}(\\d{1,2})(?!\\d)(?:(?: ?[/.-] ?)(\\d{4})|${S}năm${S}(\\d{4}))?${NOT_NUM_AFTER}`,
  'gu',
);
// `quý III/2021`, `quý 3 năm 2021`, `quý I`.
const R_QUARTER = new RegExp(
  `quý(?<=${B}quý)${S}(iv|iii|ii|i|1|2|3|4|một|hai|ba|bốn)(?![\\p{L}\\p{N}])(?:(?: ?[/.-] ?)(\\d{4})|${S}năm${S}(\\d{4}))?${NOT_NUM_AFTER}`,
  'gu',
);
// `6 tháng đầu năm 2021`, `9 tháng đầu năm`, `6 tháng cuối năm`, `nửa đầu năm 2021`, and any count
// of 2–11 months with `đầu`/`cuối` (`10 tháng đầu năm`, `hai tháng cuối năm`).
// Official documents write the count with a leading zero (`06 tháng đầu năm`, `09 tháng`).
const PART_COUNT = '1[01]|0?[2-9]|hai|ba|bốn|sáu|bảy|tám|chín|mười một|mười|nửa';
// Matched anchored on its `năm` (found with indexOf): the words before it at the end of a short
// window, then `năm` and the year. As one scanning pattern it would open with an alternation of
// words (`hai`, `ba`, …) and be tried at every position of the text.
const R_PART_HEAD = new RegExp(`${B}(${PART_COUNT})${S}(?:tháng${S})?(?:(đầu|cuối)${S})?$`, 'u');
const R_PART_TAIL = /năm(?: {1,3}(\d{4}))?(?![\p{L}\p{N}])/uy;
const PART_HEAD_MAX = 32; // `mười một` + 3 spaces + `tháng` + 3 + `cuối` + 3 = 26 code units
const PART_WORDS: Record<string, number> = { hai: 2, ba: 3, 'bốn': 4, 'sáu': 6, 'bảy': 7, 'tám': 8, 'chín': 9, 'mười': 10, 'mười một': 11, 'nửa': 6 };
// `năm 2025`.
const R_YEAR = new RegExp(`năm(?<=${B}năm)${S}(\\d{4})${NOT_NUM_AFTER}(?! ?%| ?phần trăm)`, 'gu');
// `2015 - 2020` (the lead words `giai đoạn`, `nhiệm kỳ` … are taken from the text before it).
const R_PERIOD = new RegExp(`(${D1B}\\d{3}) ?(?:-|–|—) ?(\\d{4})${NOT_NUM_AFTER}`, 'gu');
const R_PERIOD_LEAD = new RegExp(
  `${B}(?:(?:giai đoạn|nhiệm kỳ|thời kỳ|niên khóa|năm học|niên độ)${S}(?:năm${S})?|năm${S})$`,
  'u',
);
// A bare year used as a time: `đến 2025`, `trước 2030` (four digits, then the word before is checked).
const R_YEAR4 = new RegExp(`(${D1B}\\d{3})${NOT_NUM_AFTER}(?![ ]?%)`, 'gu');
const R_BAREYEAR_LEAD = new RegExp(
  // … or a year's sexagenary name: `Tết Nguyên đán Bính Ngọ 2026`, `Xuân Giáp Thìn 2024`.
  `${B}(?:đến|tới|từ|trước|sau|vào|trong|cuối|đầu|hết|giữa|(?:giáp|ất|bính|đinh|mậu|kỷ|canh|tân|nhâm|quý) (?:tý|sửu|dần|mão|mẹo|thìn|tỵ|tị|ngọ|mùi|thân|dậu|tuất|hợi)) $`,
  'u',
);
// A deadline or a plan before a date without a year: `trước ngày 15/1`, `chậm nhất ngày 20/1`,
// `sẽ khởi công vào ngày 5/2` (not `tính đến ngày …`, which looks back).
const R_FUTURE_BEFORE = new RegExp(
  `(?:(?<!tính )${B}(?:trước|đến|tới|chậm nhất|muộn nhất|hạn chót)(?: hết)?|${B}(?:sẽ|dự kiến)(?![\\p{L}\\p{N}])[^.!?;:\n]*) ?$`,
  'u',
);

// Words before the core that belong to the span (part of day, weekday, `ngày`).
const R_PREFIX = new RegExp(
  `(?:${B}(sáng|trưa|chiều|tối|đêm|rạng sáng)${S})?(?:${B}(thứ${S}(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật)(, {0,3}| {1,3}\\( ?| {1,3}))?(?:${B}(ngày)${S})?$`,
  'gu',
);
// Longest R_PREFIX match: `rạng sáng   thứ   sáu   (ngày   ` = 12 + 9 + 5 + 7 code units.
const PREFIX_MAX = 33;
// The words an R_PREFIX match can end with (before its trailing separators).
const PREFIX_LAST = ['ngày', 'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'nhật', '2', '3', '4', '5', '6', '7'];

/** R_PREFIX on the text before `s` (only the last PREFIX_MAX units can start a match). */
function prefixBefore(k: string, s: number): RegExpExecArray | null {
  // A non-empty match ends in a separator run (≤ 5 of ` `, `,`, `(`) after one of PREFIX_LAST.
  let p = s;
  while (p > 0 && s - p <= 5) {
    const c = k.charCodeAt(p - 1);
    if (c !== 32 && c !== 44 && c !== 40) break;
    p--;
  }
  if (p === s || s - p > 5) return null;
  let last = false;
  for (const w of PREFIX_LAST) {
    if (p >= w.length && k.startsWith(w, p - w.length)) {
      last = true;
      break;
    }
  }
  if (!last) return null;
  const from = s - PREFIX_MAX - 1;
  if (from <= 0) {
    R_PREFIX.lastIndex = 0;
    return R_PREFIX.exec(k.slice(0, s));
  }
  // Start at 1 so the look-behind sees the unit before the first possible start.
  R_PREFIX.lastIndex = 1;
  return R_PREFIX.exec(k.slice(from, s));
}
// `[sáng] ngày 18 và ` before a day/month date: group 2 is the span of the first day.
const R_DAY_LIST = new RegExp(`${B}((?:(sáng|trưa|chiều|tối|đêm)${S})?ngày${S}(\\d{1,2}))(?: {0,2},| {1,3}và) {1,3}$`, 'u');

// A preposition just before the date that shows it is a date (not part of the span).
const R_LEAD = new RegExp(
  `${B}(?:từ|đến|tới|trước|sau|vào|hôm|dịp|trong|kể từ|hết|tại|là|và|hoặc|ngày)${S}$`,
  'u',
);
// Document designations whose numbers look like dates (`Quyết định 18/6` is unusual, `số 18/6` common).
const R_DOCUMENT = new RegExp(
  `${B}(?:số|chỉ thị|nghị quyết|quyết định|nghị định|thông tư|công văn|kế hoạch|thông báo|tờ trình|báo cáo|kết luận|quy định|hướng dẫn|luật|điều|khoản|phòng|nhà|lô|hẻm|ngõ|ngách|kiệt)${S}$`,
  'u',
);
// Words before a slash number that make it a count (`có 5/7 đảng bộ`).
const R_QUANT_BEFORE = new RegExp(
  `${B}(?:có|đạt|gồm|chiếm|hoàn thành|được|với|trong số|tổng số|cả|là|đủ|thắng|tỷ lệ|tỉ lệ|hơn|khoảng|gần|giảm|tăng|bằng|còn|trên|dưới|gấp|mất|xấp xỉ|tối thiểu|ít nhất|tối đa|chỉ)${S}$`,
  'u',
);
// Nouns after a slash number that make it a count (`14/14 đảng bộ`, `3/5 tiêu chí`).
const R_COUNTER_AFTER = new RegExp(
  `^${S}(?:đảng bộ|chi bộ|đơn vị|phường|xã|quận|huyện|tỉnh|thành phố|thị trấn|khu phố|ấp|tổ|chỉ tiêu|tiêu chí|người|hộ|cơ sở|trường|tổ chức|cơ quan|doanh nghiệp|dự án|nội dung|đại biểu|ý kiến|trường hợp|địa phương|lớp|học sinh|sở|ngành|thành viên|đồng chí|đảng viên|cán bộ|nhiệm vụ|mục tiêu|công trình|hồ sơ|thủ tục|vụ|phiếu|câu|điểm|bộ|ban|hội|nhóm|em|ca|mẫu|lần|ngày|tháng|năm|giờ|tuần|trở lên|trở xuống|điểm|số|khu|thôn|bản|chi hội|hội viên|gia đình|xóm|tổ dân phố)(?![\\p{L}])`,
  'u',
);

const ROMAN: Record<string, number> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
  một: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
};
const WEEKDAY: Record<string, number> = {
  hai: 1,
  ba: 2,
  tư: 3,
  năm: 4,
  sáu: 5,
  bảy: 6,
  '2': 1,
  '3': 2,
  '4': 3,
  '5': 4,
  '6': 5,
  '7': 6,
};

/** A partial date: what the text states. */
interface Point {
  y?: number;
  m?: number;
  d?: number;
  q?: number;
  h?: number;
  /** A count of months (2–11, not 3 or 6) from the start/end of a year: first and last month. */
  months?: [number, number];
}

interface Cand {
  s: number;
  e: number;
  /** Single point or a range [from, to]. */
  p: Point;
  to?: Point;
  /** Needs a lead word / prefix to count (ambiguous number shapes). */
  weak: 0 | 1 | 2;
  weekday?: number;
  pod?: DateEntity['partOfDay'];
  /** Period of whole years written `2015 - 2020`. */
  years?: [number, number];
}

/** Months counted by R_PART_HEAD's first group (`nửa`, half, is 6). */
const partMonths = (w: string): number => PART_WORDS[w] ?? +w;

const MAX_DAY = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function validDay(y: number | undefined, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  if (m === 2 && y !== undefined) return d <= (isLeap(y) ? 29 : 28);
  return d <= MAX_DAY[m];
}

function validYear(y: number): boolean {
  return y >= 1000 && y <= 2999;
}

const pad = (v: number): string => (v < 10 ? `0${v}` : String(v));

/** Year reference for dates written without one. */
export interface YearRef {
  y: number;
  m: number;
}

/** Collects raw candidates from all patterns. */
function collect(k: string): Cand[] {
  const out: Cand[] = [];
  let m: RegExpExecArray | null;
  R_FULL.lastIndex = 0;
  while ((m = R_FULL.exec(k)) !== null) {
    const y = m[3] ?? m[4];
    out.push({ s: m.index, e: m.index + m[0].length, p: { d: +m[1], m: +m[2], y: y ? +y : undefined }, weak: y ? 0 : 1 });
  }
  R_NUM.lastIndex = 0;
  while ((m = R_NUM.exec(k)) !== null) {
    const y = m[4];
    // Slash without a year: a count unless context says date; dot/dash without a year: needs a lead.
    const weak = y ? 0 : m[2] === '/' ? 2 : 1;
    out.push({ s: m.index, e: m.index + m[0].length, p: { d: +m[1], m: +m[3], y: y ? +y : undefined }, weak });
  }
  R_DAYRANGE.lastIndex = 0;
  while ((m = R_DAYRANGE.exec(k)) !== null) {
    const y = m[5] ? +m[5] : undefined;
    const mo = +m[4];
    const from = /(?<![\p{L}\p{N}])từ {1,3}(?:ngày {1,3})?$/u.exec(k.slice(Math.max(0, m.index - 12), m.index));
    out.push({
      s: from ? m.index - from[0].length : m.index,
      e: m.index + m[0].length,
      p: { d: +m[1], m: mo, y },
      to: { d: +m[2], m: mo, y },
      weak: from ? 0 : 1,
    });
  }
  R_MONTH.lastIndex = 0;
  while ((m = R_MONTH.exec(k)) !== null) {
    const y = m[2] ?? m[3];
    out.push({ s: m.index, e: m.index + m[0].length, p: { m: +m[1], y: y ? +y : undefined }, weak: 0 });
  }
  R_QUARTER.lastIndex = 0;
  while ((m = R_QUARTER.exec(k)) !== null) {
    const y = m[2] ?? m[3];
    out.push({ s: m.index, e: m.index + m[0].length, p: { q: ROMAN[m[1]], y: y ? +y : undefined }, weak: 0 });
  }
  // R_PART, anchored on each `năm`.
  let partEnd = 0;
  for (let at = k.indexOf('năm'); at !== -1; at = k.indexOf('năm', at + 3)) {
    const from = Math.max(0, at - PART_HEAD_MAX);
    const h = R_PART_HEAD.exec(k.slice(from, at));
    if (h === null || from + h.index < partEnd) continue;
    R_PART_TAIL.lastIndex = at;
    const t = R_PART_TAIL.exec(k);
    if (t === null) continue;
    const start = from + h.index;
    const end = at + t[0].length;
    partEnd = end; // a match consumes its text even when the checks below drop it
    const y = t[1] ? +t[1] : undefined;
    const n = partMonths(h[1]);
    const hasMonth = h[0].includes('tháng');
    // `6 tháng năm 2024` (no `đầu`) is the first half, as in report titles, and `9 tháng năm` the
    // first nine months; `3 tháng năm` and other counts without `đầu`/`cuối` are too vague.
    if (h[2] === undefined && ((n !== 6 && n !== 9) || h[1] === 'nửa' || !hasMonth)) continue;
    // Only `nửa` (half) may stand without `tháng` (`nửa đầu năm`): `10 đầu năm` is no period.
    if (h[1] !== 'nửa' && n !== 6 && n !== 9 && n !== 3 && !hasMonth) continue;
    const first = h[2] !== 'cuối';
    let p: Point;
    if (n === 6) p = { h: first ? 1 : 2, y };
    else if (n === 3) p = { q: first ? 1 : 4, y };
    else p = { months: first ? [1, n] : [13 - n, 12], y };
    out.push({ s: start, e: end, p, weak: 0 });
  }
  R_YEAR.lastIndex = 0;
  while ((m = R_YEAR.exec(k)) !== null) {
    out.push({ s: m.index, e: m.index + m[0].length, p: { y: +m[1] }, weak: 0 });
  }
  R_PERIOD.lastIndex = 0;
  while ((m = R_PERIOD.exec(k)) !== null) {
    const a = +m[1];
    const b = +m[2];
    if (!(b > a && b - a <= 50)) continue;
    const lead = R_PERIOD_LEAD.exec(k.slice(Math.max(0, m.index - 24), m.index));
    const s = lead ? m.index - lead[0].length : m.index;
    out.push({ s, e: m.index + m[0].length, p: { y: a }, to: { y: b }, years: [a, b], weak: 0 });
  }
  R_YEAR4.lastIndex = 0;
  while ((m = R_YEAR4.exec(k)) !== null) {
    const y = +m[1];
    if (y < 1945 || y > 2100) continue;
    if (!R_BAREYEAR_LEAD.test(k.slice(Math.max(0, m.index - 12), m.index))) continue;
    out.push({ s: m.index, e: m.index + m[0].length, p: { y }, weak: 0 });
  }
  return out;
}

function pointValid(p: Point): boolean {
  if (p.y !== undefined && !validYear(p.y)) return false;
  if (p.d !== undefined) return p.m !== undefined && validDay(p.y, p.m, p.d);
  if (p.m !== undefined) return p.m >= 1 && p.m <= 12;
  if (p.q !== undefined) return p.q >= 1 && p.q <= 4;
  return true;
}

/** Month a point starts in (for the 6-month inference rule). */
function firstMonth(p: Point): number {
  if (p.m !== undefined) return p.m;
  if (p.q !== undefined) return (p.q - 1) * 3 + 1;
  if (p.h !== undefined) return p.h === 1 ? 1 : 7;
  if (p.months) return p.months[0];
  return 1;
}

function fmt(p: Point): string {
  const y = p.y === undefined ? '-' : String(p.y);
  if (p.d !== undefined && p.m !== undefined) return `${y}-${pad(p.m)}-${pad(p.d)}`;
  if (p.m !== undefined) return `${y}-${pad(p.m)}`;
  if (p.q !== undefined) return `${y}-Q${p.q}`;
  if (p.h !== undefined) return `${y}-H${p.h}`;
  if (p.months) {
    if (p.y === undefined) return `--${pad(p.months[0])}/--${pad(p.months[1])}`;
    return `${y}-${pad(p.months[0])}/${y}-${pad(p.months[1])}`;
  }
  return y;
}

function windowBefore(k: string, s: number): string {
  return k.slice(Math.max(0, s - 48), s);
}

/** Filters, extends and resolves candidates into public date entities. */
export function findDates(doc: Doc, ref: YearRef | null, datelineOut?: { ref: YearRef | null }): DateEntity[] {
  const { k } = doc;
  const raw = collect(k);
  raw.sort((a, b) => a.s - b.s || b.e - a.e);
  const kept: Cand[] = [];
  let lastEnd = -1;
  for (const c of raw) {
    if (c.s < lastEnd) continue;
    if (doc.isChrome(c.s)) continue;
    if (!pointValid(c.p) || (c.to && !pointValid(c.to))) continue;
    // Prefix words (part of day, weekday, `ngày`) belong to the span.
    // R_PREFIX can only match something non-empty when the text before ends in a space, `,` or `(`.
    const lastCh = c.s > 0 ? k.charCodeAt(c.s - 1) : 0;
    const pm = lastCh === 32 || lastCh === 44 || lastCh === 40 ? prefixBefore(k, c.s) : null;
    let hasPrefix = false;
    if (pm && pm[0].length > 0) {
      const ns = c.s - pm[0].length;
      if (ns >= lastEnd && !doc.isChrome(ns)) {
        hasPrefix = true;
        if (pm[1]) c.pod = pm[1] === 'rạng sáng' ? 'sáng' : (pm[1] as DateEntity['partOfDay']);
        if (pm[2]) {
          const wk = pm[2].replace(/^thứ +/u, '');
          c.weekday = pm[2] === 'chủ nhật' ? 7 : WEEKDAY[wk];
          if (pm[3] && pm[3].includes('(') && k[c.e] === ')') c.e += 1;
        }
        c.s = ns;
      }
    }
    if (c.weak && !hasPrefix) {
      const before = windowBefore(k, c.s);
      const lead = R_LEAD.test(before);
      if (c.weak === 1 && !lead) continue;
      if (R_COUNTER_AFTER.test(k.slice(c.e, c.e + 24))) continue;
      if (c.weak === 2) {
        if (R_DOCUMENT.test(before)) continue;
        if (!lead && R_QUANT_BEFORE.test(before)) continue;
      }
    }
    kept.push(c);
    lastEnd = c.e;
  }
  // Day lists: `ngày 18 và 19/6`, `ngày 2, 3/9/2021`: the first day takes the month (and year) of the next.
  const listed: Cand[] = [];
  for (let i = 0; i < kept.length; i++) {
    const c = kept[i];
    if (!c.to && c.p.d !== undefined && c.p.m !== undefined) {
      const winStart = Math.max(i > 0 ? kept[i - 1].e : 0, c.s - 40);
      const lm = R_DAY_LIST.exec(k.slice(winStart, c.s));
      const p: Point | null = lm ? { d: +lm[3], m: c.p.m, y: c.p.y } : null;
      if (lm && p && pointValid(p)) {
        const startPos = winStart + lm.index;
        const first: Cand = { s: startPos, e: startPos + lm[1].length, p, weak: 0 };
        if (lm[2]) first.pod = lm[2] as DateEntity['partOfDay'];
        listed.push(first);
      }
    }
    listed.push(c);
  }
  // Ranges: `từ ngày 1/1 đến 31/3/2021`, `từ năm 2021 đến năm 2025`, `từ tháng 3 đến tháng 5/2021`.
  const merged: Cand[] = [];
  for (let i = 0; i < listed.length; i++) {
    const a = listed[i];
    const b = listed[i + 1];
    if (b && !a.to && !b.to) {
      const mid = k.slice(a.e, b.s);
      if (/^ {0,3}(?:đến|tới|-|–) {0,3}(?:hết {1,3})?$/u.test(mid) && compatible(a.p, b.p)) {
        const fromWin = windowBefore(k, a.s);
        const tm = /(?<![\p{L}\p{N}])(?:từ|kể từ) {1,3}$/u.exec(fromWin);
        const hasFrom = tm !== null;
        // Without `từ`, the same day and month years apart are an anniversary's two dates, not a
        // range: `(ngày 2/9/1945 - ngày 2/9/2025)`.
        const anniversary = !hasFrom && a.p.y !== undefined && b.p.y !== undefined && a.p.y !== b.p.y && a.p.d !== undefined && a.p.d === b.p.d && a.p.m === b.p.m;
        if (!anniversary && (hasFrom || mid.includes('-') || mid.includes('–'))) {
          const from = { ...a.p };
          const to = { ...b.p };
          if (from.y === undefined && to.y !== undefined) from.y = to.y;
          if (from.d !== undefined && from.m === undefined) from.m = to.m;
          if (pointValid(from)) {
            merged.push({ s: hasFrom && tm ? a.s - tm[0].length : a.s, e: b.e, p: from, to, weak: 0, weekday: a.weekday, pod: a.pod });
            i++;
            continue;
          }
        }
      }
    }
    merged.push(a);
  }
  // The dateline: a date alone on one of the first lines gives the year of undated mentions.
  let yearRef = ref;
  if (!yearRef) {
    const dl = findDateline(doc, merged);
    if (dl) yearRef = dl;
  }
  if (datelineOut) datelineOut.ref = yearRef;
  const out: DateEntity[] = [];
  for (const c of merged) {
    let inferred = false;
    const infer = (p: Point): Point => {
      if (p.y !== undefined || !yearRef) return p;
      inferred = true;
      let y = yearRef.y;
      // Within six months of the dateline: back a year (`ngày 29/12` in January), or forward one
      // when the sentence looks ahead (`trước ngày 15/1` in late December).
      if (firstMonth(p) > yearRef.m + 6) y -= 1;
      else if (firstMonth(p) < yearRef.m - 6 && R_FUTURE_BEFORE.test(windowBefore(k, c.s))) y += 1;
      return { ...p, y };
    };
    let value: string;
    if (c.years) value = `${c.years[0]}/${c.years[1]}`;
    else if (c.to) {
      let to = c.to;
      let from = c.p;
      if (to.y === undefined) {
        to = infer(to);
        from = from.y === undefined && to.y !== undefined ? { ...from, y: to.y } : from;
      }
      if (!pointValid(from) || !pointValid(to)) continue;
      value = `${fmt(from)}/${fmt(to)}`;
    } else {
      const p = infer(c.p);
      if (!pointValid(p)) continue;
      value = fmt(p);
    }
    const sp = doc.span(c.s, c.e);
    const ent: DateEntity = { kind: 'date', text: sp.text, start: sp.start, end: sp.end, value };
    if (inferred) ent.yearInferred = true;
    if (c.weekday !== undefined) ent.weekday = c.weekday;
    if (c.pod) ent.partOfDay = c.pod;
    out.push(ent);
  }
  return out;
}

/** Both parts of a range are of the same kind (day–day, month–month, year–year). */
function compatible(a: Point, b: Point): boolean {
  if (a.d !== undefined) return b.d !== undefined;
  if (a.m !== undefined) return b.m !== undefined && b.d === undefined;
  if (a.q !== undefined) return b.q !== undefined;
  if (a.h !== undefined || a.months) return false;
  return b.y !== undefined && b.m === undefined && b.q === undefined && b.h === undefined && !b.months && b.d === undefined;
}

// What may stand beside the date on a dateline: a time, a time zone, labels, separators.
const R_DATELINE_NOISE = /\d{1,2}[:h]\d{2}(?::\d{2})?|gmt ?[+-] ?\d{1,2}|cập nhật|ngày đăng|đăng lúc|đăng ngày|thời gian|lúc|giờ|[\s|,.():–-]/gu;

// A place before a dateline's date: one to four words and a comma (key form, lower case).
const R_DATELINE_PLACE = /^ *(?:[\p{L}\p{M}.]{1,13} ){0,3}[\p{L}\p{M}.]{1,13}, */u;
// A source tag and its dash right after the date: `(ttxvn) - `, ` - `.
const R_DATELINE_TAG = /^ {0,3}(?:\([^()\n]{1,40}\) {0,3})?[-–—] /u;

/** Finds the dateline among the first non-empty lines: a full date alone on its line. */
function findDateline(doc: Doc, cands: Cand[]): YearRef | null {
  const { k } = doc;
  let lineNo = 0;
  let pos = 0;
  const len = k.length;
  while (pos < len && lineNo < 6) {
    let end = k.indexOf('\n', pos);
    if (end < 0) end = len;
    const line = k.slice(pos, end);
    if (line.trim().length > 0) {
      lineNo++;
      for (const c of cands) {
        // Only a date near the start of the line can be a dateline (this keeps the scan linear).
        if (c.s >= end || c.s - pos > 60) break;
        if (c.s < pos || c.to || c.p.d === undefined || c.p.y === undefined) continue;
        // A place may open the line (`Hà Nội, ngày 06/3/2026`).
        const before = k.slice(pos, c.s).replace(R_DATELINE_PLACE, '');
        if (before.replace(R_DATELINE_NOISE, '').length > 0) continue;
        // A dateline is a short line of its own, or opens the lead before its source tag:
        // `Hà Nội, ngày 06/3/2026 (TTXVN) - Sáng nay, …`.
        const after = k.slice(c.e, Math.min(end, c.e + 60));
        if (end - pos <= 120 && k.slice(c.e, end).replace(R_DATELINE_NOISE, '').length === 0) return { y: c.p.y, m: c.p.m ?? 1 };
        if (R_DATELINE_TAG.test(after)) return { y: c.p.y, m: c.p.m ?? 1 };
      }
    }
    pos = end + 1;
  }
  return null;
}
