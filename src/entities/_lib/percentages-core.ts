/**
 * Internal: percentage recognition over a prepared document (bounded patterns on the key string).
 */
import type { PercentageEntity, PercentQualifier } from '../types.js';
import type { Doc } from './doc.js';

const NUM = '\\d{1,3}(?:\\.\\d{3}){1,5}(?:,\\d{1,4})?|\\d{1,9}(?:[.,]\\d{1,4})?';
// NUM after its first digit: the scan starts on a digit and checks the left boundary in a look-behind
// after it (a pattern that opens with a look-behind is tried at every position).
const NUM_REST = '\\d{0,2}(?:\\.\\d{3}){1,5}(?:,\\d{1,4})?|\\d{0,8}(?:[.,]\\d{1,4})?';
// `95,5%`, `98 phần trăm`, `6,5 - 7%`, `8 đến 8,5%`.
const R_PCT = new RegExp(
  `(\\d(?<=(?<![\\p{L}\\p{N}]|[\\p{N}][.,])\\d)(?:${NUM_REST}))(?: {0,3}(?:-|–|đến|tới) {0,3}(${NUM}))?(?: {0,2}(?:%|％)| {1,3}phần trăm(?![\\p{L}]))`,
  'gu',
);

/** Reads a number written the Vietnamese way: `.` groups thousands, `,` is the decimal mark. */
export function parseVietnameseNumber(s: string): number {
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(s)) return Number(s.replaceAll('.', '').replace(',', '.'));
  if (s.includes(',')) return Number(s.replaceAll('.', '').replace(',', '.'));
  return Number(s);
}

interface QWord {
  re: RegExp;
  q: PercentQualifier | null;
  change?: 'increase' | 'decrease';
  from?: true;
}

const qw = (words: string, q: PercentQualifier | null, change?: 'increase' | 'decrease', from?: true): QWord => ({
  re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${words}) {1,3}$`, 'u'),
  q,
  change,
  from,
});

// Checked in order at the end of the text before the number (longer phrases first).
const QWORDS: QWord[] = [
  qw('không vượt quá|không quá|tối đa|nhiều nhất', '<='),
  qw('tối thiểu|ít nhất|không dưới|không thấp hơn', '>='),
  qw('chưa đến|chưa tới|chưa đầy|không đến|không tới', '<'),
  qw('vượt trên|cao hơn|nhiều hơn|trên|hơn|vượt', '>'),
  qw('thấp hơn|dưới', '<'),
  qw('ước đạt|xấp xỉ|khoảng|gần|ước|chừng|ước tính', '~'),
  qw('đạt|bằng', '='),
  qw('tăng', null, 'increase'),
  qw('giảm', null, 'decrease'),
  qw('từ', null, undefined, true),
];

const R_TROLEN = /^ {1,3}trở lên(?![\p{L}])/u;
const R_TROXUONG = /^ {1,3}trở xuống(?![\p{L}])/u;
const R_RANGE_TAIL = new RegExp(`^ {0,3}(?:đến|tới|-|–) {0,3}(${NUM}) {0,2}(?:%|％)`, 'u');

/** Finds percentages in the document. */
export function findPercentages(doc: Doc): PercentageEntity[] {
  const { k } = doc;
  const out: PercentageEntity[] = [];
  let lastEnd = 0;
  R_PCT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = R_PCT.exec(k)) !== null) {
    let s = m.index;
    let e = m.index + m[0].length;
    if (s < lastEnd || doc.isChrome(s)) continue;
    const value = parseVietnameseNumber(m[1]);
    let max = m[2] !== undefined ? parseVietnameseNumber(m[2]) : undefined;
    // `từ 6,5% đến 7%`: a range written with two percent signs.
    if (max === undefined) {
      const rt = R_RANGE_TAIL.exec(k.slice(e, e + 32));
      if (rt) {
        const hi = parseVietnameseNumber(rt[1]);
        if (hi > value) {
          max = hi;
          e += rt[0].length;
          R_PCT.lastIndex = e;
        }
      }
    }
    // Qualifier and change words directly before the number.
    let q: PercentQualifier = '=';
    let qSet = false;
    let change: 'increase' | 'decrease' | undefined;
    let hasFrom = false;
    let afterFrom = -1;
    let cursor = s;
    for (let guard = 0; guard < 5; guard++) {
      const win = k.slice(Math.max(lastEnd, cursor - 24), cursor);
      // Every qualifier pattern ends in ` {1,3}$`: no trailing space, no qualifier.
      if (win.length === 0 || win.charCodeAt(win.length - 1) !== 32) break;
      let hit: QWord | undefined;
      let len = 0;
      for (const w of QWORDS) {
        const wm = w.re.exec(win);
        if (wm) {
          hit = w;
          len = wm[0].length;
          break;
        }
      }
      if (!hit) break;
      if (hit.from) {
        if (hasFrom) break;
        hasFrom = true;
        afterFrom = cursor;
        cursor -= len;
        continue;
      }
      cursor -= len;
      if (hit.change) change ??= hit.change;
      else if (hit.q && !qSet) {
        q = hit.q;
        qSet = q !== '=';
      }
    }
    s = cursor;
    const after = k.slice(e, e + 16);
    let fromUsed = false;
    if (R_TROLEN.test(after) && max === undefined) {
      q = '>=';
      e += (R_TROLEN.exec(after) as RegExpExecArray)[0].length;
      fromUsed = true;
    } else if (R_TROXUONG.test(after) && max === undefined) {
      q = '<=';
      e += (R_TROXUONG.exec(after) as RegExpExecArray)[0].length;
      fromUsed = true;
    } else if (max !== undefined) {
      fromUsed = true;
    }
    // `từ` belongs to the span only with `trở lên`/`trở xuống` or a range; otherwise the span
    // starts after it (and words before it are not qualifiers of this number).
    if (hasFrom && !fromUsed) {
      s = afterFrom;
      q = '=';
      change = undefined;
    }
    if (!Number.isFinite(value)) continue;
    const sp = doc.span(s, e);
    const ent: PercentageEntity = { kind: 'percentage', text: sp.text, start: sp.start, end: sp.end, value, qualifier: q };
    if (change) ent.change = change;
    if (max !== undefined && Number.isFinite(max) && max > value) ent.max = max;
    out.push(ent);
    lastEnd = e;
  }
  return out;
}
