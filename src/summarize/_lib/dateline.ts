// Recognises a dateline: a line that is only a date (with optional weekday, time and filler words
// such as `Cập nhật`, `lúc`, `GMT+7`). Internal. Lines longer than MAX_DATELINE are never
// datelines, so every regex below runs on at most that many characters.

import { toNFD } from '../../_lib/unicode-form.js';

const MAX_DATELINE = 120;

/** Parsed dateline value: ISO date, ISO weekday (1 = Monday … 7 = Sunday) when stated, `HH:MM` time when stated. */
export interface DatelineValue {
  value: string;
  weekday: number | null;
  time: string | null;
}

const COMBINING = /\p{M}/gu;
// All regexes are anchored on literal separators with bounded digit runs: no nested quantifiers.
const DMY = /(\d{1,2}) ?(?:thang|\/|-|\.) ?(\d{1,2}) ?(?:nam|\/|-|\.) ?(\d{4})(?!\d)/;
const YMD = /(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/;
const TIME = /(\d{1,2}) ?[:h] ?(\d{2})(?: ?: ?\d{2})?(?!\d)/;
const GMT = /\b(?:gmt|utc) ?[+-]? ?\d{0,2}/;
const WEEKDAY = /\b(?:thu (hai|ba|tu|nam|sau|bay|[2-7])|(chu nhat|cn)|t([2-7]))\b/;
const NON_WORD = /[^a-z0-9]+/;
const SPACES = /\s+/g;
const WEEKDAY_WORDS: Record<string, number> = { hai: 1, ba: 2, tu: 3, nam: 4, sau: 5, bay: 6 };
const FILLER = new Set([
  'ngay', 'cap', 'nhat', 'luc', 'dang', 'gio', 'sang', 'trua', 'chieu', 'toi', 'dem', 'am', 'pm',
  'thoi', 'gian', 'posted', 'updated', 'published', 'xuat', 'ban', 'dang', 'tai', 'vao', 'hom', 'nay',
  'phat', 'hanh', 'ngay dang', 'tin', 'bai',
]);

// One to four capitalised words (`Hà Nội`, `TP. Hồ Chí Minh`, `TP.HCM`) and a comma.
const PLACE_PREFIX = /^\p{Lu}[\p{L}\p{M}.]{0,12}(?: \p{Lu}[\p{L}\p{M}.]{0,12}){0,3}, /u;

// Zero-width characters inside words (`Th\u200bứ`) are noise, not word breaks.
const ZERO_WIDTH = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

function lightFold(s: string): string {
  return toNFD(s).replace(COMBINING, '').replace(ZERO_WIDTH, '').toLowerCase().replaceAll('đ', 'd').replaceAll('\u00d0', 'd');
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || year < 1000 || day > daysIn(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Returns the parsed value when `line` (already trimmed) is a dateline, else null.
 * A dateline holds one full date (`ngày 8 tháng 8 năm 2020`, `08/08/2020`, `2020-08-08`) and
 * nothing else but a weekday, a time, a time zone and filler words.
 */
export function parseDateline(line: string): DatelineValue | null {
  if (line.length === 0 || line.length > MAX_DATELINE) return null;
  // A place before the date, as official documents write it: `Hà Nội, ngày 06/3/2026`.
  let place = PLACE_PREFIX.exec(line);
  if (place && WEEKDAY.test(` ${lightFold(place[0])}`)) place = null; // `Thứ Sáu, …` is a weekday
  let s = ` ${lightFold(place ? line.slice(place[0].length) : line).replace(SPACES, ' ')} `;
  let value: string | null = null;
  let m = DMY.exec(s);
  if (m) value = iso(Number(m[3]), Number(m[2]), Number(m[1]));
  else {
    m = YMD.exec(s);
    if (m) value = iso(Number(m[1]), Number(m[2]), Number(m[3]));
  }
  if (!m || value === null) return null;
  s = s.slice(0, m.index) + ' ' + s.slice(m.index + m[0].length);
  let weekday: number | null = null;
  const w = WEEKDAY.exec(s);
  if (w) {
    if (w[1]) weekday = WEEKDAY_WORDS[w[1]] ?? Number(w[1]) - 1;
    else if (w[2]) weekday = 7;
    else if (w[3]) weekday = Number(w[3]) - 1;
    s = s.slice(0, w.index) + ' ' + s.slice(w.index + w[0].length);
  }
  let time: string | null = null;
  const t = TIME.exec(s);
  if (t) {
    const hh = Number(t[1]);
    const mm = Number(t[2]);
    if (hh < 24 && mm < 60) time = `${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}`;
    s = s.slice(0, t.index) + ' ' + s.slice(t.index + t[0].length);
  }
  s = s.replace(GMT, ' ');
  // Whatever is left must be filler words and separators.
  for (const word of s.split(NON_WORD)) {
    if (word === '') continue;
    if (!FILLER.has(word)) return null;
  }
  return { value, weekday, time };
}
