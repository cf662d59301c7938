// Syllable scanning for scoring and ROUGE. Internal. A syllable is a maximal run of letters
// (combining marks included, so NFD input scans like NFC) or digits; a number keeps its inner
// `.`/`,` separators (`1.200`, `4,6`) and a directly following `%`.

import { isDigit, isLetter, isZeroWidth } from './lines.js';

const ZERO_WIDTH = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
import { toNFC } from '../../_lib/unicode-form.js';

/** Syllables of one span with a few counts used by the scorer. */
export interface SyllableScan {
  /** Lowercased NFC keys, in order. */
  keys: string[];
  /** Syllables that hold a digit (figures, dates, counts). */
  figures: number;
  /** Of those, percentages. */
  percents: number;
  /** Capitalised syllables after the first one (names, bodies, places). */
  capitals: number;
}

/** Scans `text[start, end)` into syllable keys. Linear. */
export function scanSyllables(text: string, start: number, end: number): SyllableScan {
  const keys: string[] = [];
  let figures = 0;
  let percents = 0;
  let capitals = 0;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      let j = i + 1;
      while (j < end) {
        const d = text.charCodeAt(j);
        if (isDigit(d)) j++;
        else if ((d === 0x2e || d === 0x2c) && j + 1 < end && isDigit(text.charCodeAt(j + 1))) j += 2;
        else break;
      }
      let key = text.slice(i, j);
      if (j < end && text.charCodeAt(j) === 0x25) {
        key += '%';
        j++;
        percents++;
      }
      figures++;
      keys.push(key);
      i = j;
      continue;
    }
    if (isLetter(c) && !(c >= 0x300 && c <= 0x36f)) {
      let j = i + 1;
      let zw = false;
      for (; j < end; j++) {
        const d = text.charCodeAt(j);
        if (isLetter(d) || isDigit(d)) continue;
        // A zero-width character inside a word (`Th\u200bứ`) does not split it.
        if (isZeroWidth(d) && j + 1 < end && isLetter(text.charCodeAt(j + 1))) {
          zw = true;
          continue;
        }
        break;
      }
      const raw = zw ? text.slice(i, j).replace(ZERO_WIDTH, '') : text.slice(i, j);
      if (keys.length > 0 && raw.charCodeAt(0) !== raw.toLowerCase().charCodeAt(0)) capitals++;
      let key = toNFC(raw).toLowerCase();
      if (key.includes('\u00f0')) key = key.replaceAll('\u00f0', '\u0111'); // Ð typed for Đ
      keys.push(key);
      i = j;
      continue;
    }
    i++;
  }
  return { keys, figures, percents, capitals };
}

// Vietnamese function words: prepositions, conjunctions, auxiliaries, classifiers, pronouns and
// discourse words that carry no topic. Kept small and general.
export const STOPWORDS: ReadonlySet<string> = new Set([
  'và', 'của', 'các', 'những', 'là', 'được', 'có', 'trong', 'cho', 'với', 'đã', 'sẽ', 'đang', 'này',
  'đó', 'tại', 'theo', 'từ', 'về', 'một', 'để', 'thì', 'mà', 'như', 'khi', 'cũng', 'đến', 'trên',
  'dưới', 'ra', 'vào', 'lại', 'còn', 'nên', 'nhưng', 'hoặc', 'hay', 'nhiều', 'rất', 'vẫn', 'bị',
  'do', 'vì', 'nếu', 'thì', 'sau', 'trước', 'qua', 'nay', 'năm', 'ngày', 'tháng', 'việc', 'cùng',
  'đều', 'chỉ', 'không', 'chưa', 'nhằm', 'bằng', 'giữa', 'ông', 'bà', 'anh', 'chị', 'em', 'người',
  'họ', 'chúng', 'ta', 'tôi', 'mình', 'ở', 'vừa', 'rằng', 'gì', 'nào', 'này', 'kia', 'ấy', 'đây',
  'hơn', 'nhất', 'lên', 'xuống', 'đi', 'tới', 'thêm', 'mỗi', 'từng', 'toàn', 'cả', 'số', 'hết',
  'sự', 'cuộc', 'nhau', 'thế', 'vậy', 'đồng', 'thời', 'tiếp', 'tục', 'đồng chí', 'cho biết',
]);
