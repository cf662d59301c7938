/**
 * Internal: the prepared document every entity extractor scans.
 *
 * The caller's string is normalised once into a working string `w` (NFC, `Ð`→`Đ`, zero-width
 * characters dropped) with a per-code-unit map back to the input, and a same-length key string `k`
 * (lower case, one tone placement — `hoà`/`hòa` both become `hòa` —, every horizontal space a
 * plain space) that all lexicon and pattern matching runs on. Tokens are kept in typed arrays
 * (start/end in `w`, a type code) and public objects are built only at the API boundary.
 */

import { toNFC } from '../../_lib/unicode-form.js';

/** Token types. */
export const T_WORD = 1;
export const T_NUM = 2;
export const T_PUNCT = 3;
export const T_NL = 4;

// Character classes (index = UTF-16 code unit).
const C_OTHER = 0;
const C_LETTER = 1; // letters and combining marks
const C_DIGIT = 2;
const C_SPACE = 3;
const C_NL = 4;
const C_DROP = 5; // zero-width characters and BOM: removed from the working string
const C_MARK = 6; // combining marks (part of a word)

let classes: Uint8Array | undefined;
let uppers: Uint8Array | undefined;

/** Builds the character-class table on first use (one pass over the BMP). */
function classTable(): Uint8Array {
  if (classes) return classes;
  const t = new Uint8Array(65536);
  const up = new Uint8Array(65536);
  const letter = /^\p{L}$/u;
  const mark = /^\p{M}$/u;
  const space = /^\s$/u;
  for (let c = 0; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue; // lone surrogates: other
    const ch = String.fromCharCode(c);
    if (ch.toLowerCase() !== ch) up[c] = 1;
    if (c >= 48 && c <= 57) t[c] = C_DIGIT;
    else if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || c === 0x85) t[c] = C_NL;
    else if (c === 0x200b || c === 0x200c || c === 0x200d || c === 0xfeff || c === 0x2060 || c === 0xad) t[c] = C_DROP;
    else if (letter.test(ch)) t[c] = C_LETTER;
    else if (mark.test(ch)) t[c] = C_MARK;
    else if (space.test(ch)) t[c] = C_SPACE;
  }
  uppers = up;
  classes = t;
  return t;
}

/** 1 for each code unit that toLowerCase changes (an upper-case letter); filled by classTable. */
function upperTable(): Uint8Array {
  classTable();
  return uppers as Uint8Array;
}

// Reformed tone placement (`hoà`, `khoẻ`, `thuỷ`) → traditional (`hòa`, `khỏe`, `thủy`) for the key.
const TONE_MOVE = new Map<string, [string, string]>();
{
  const marks = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
  for (const [first, second] of [
    ['o', 'a'],
    ['o', 'e'],
    ['u', 'y'],
  ] as const) {
    for (const m of marks) {
      TONE_MOVE.set(first + (second + m).normalize('NFC'), [(first + m).normalize('NFC'), second]);
    }
  }
}

/** The prepared document. */
export interface Doc {
  readonly input: string;
  /** Working string: NFC, `Ð`→`Đ`, zero-width characters removed. */
  readonly w: string;
  /** Key string, same length as `w`: lower case, traditional tone placement, spaces unified. */
  readonly k: string;
  /** Input start offset of working code unit i (null: identity, `w === input`). */
  readonly ms: Uint32Array | null;
  /** Input end offset of working code unit i (null: identity, `w === input`). */
  readonly me: Uint32Array | null;
  /** Token count. */
  readonly n: number;
  readonly ts: Uint32Array;
  readonly te: Uint32Array;
  readonly tt: Uint8Array;
  /** 0 lower case, 1 capitalised, 2 all capitals (length ≥ 2), 3 may be capitalised (markCaseLost) — words only. */
  readonly cap: Uint8Array;
  /** The text holds a toned capital (`Ủ`, `Ố`): its case was not lost. */
  readonly tonedCapital: boolean;
  /** Lower-case toned words are marked 3 (markCaseLost ran). */
  caseLost: boolean;
  /** 1 when the token lies on a page-chrome line (comments box, related headlines, share bar). */
  readonly chrome: Uint8Array;
  /** True when working position `pos` lies on a page-chrome line. */
  isChrome(pos: number): boolean;
  /** Phrase-table first-key masks per token (0: not yet looked up); owned by phrases.ts. */
  readonly fk: Int32Array;
  /** Version of the first-key registry `fk` was filled against; owned by phrases.ts. */
  fkVer: number;
  /** Key text of each token (lazily sliced). */
  key(i: number): string;
  /** Input offsets of the working span [s, e). */
  span(s: number, e: number): { text: string; start: number; end: number };
}

/** Builds the working string and the offset maps. */
function toWorking(input: string, cls: Uint8Array): { w: string; ms: Uint32Array | null; me: Uint32Array | null } {
  const len = input.length;
  let simple = true;
  for (let i = 0; i < len; i++) {
    const c = input.charCodeAt(i);
    if (c >= 0x300 ? cls[c] === C_MARK || cls[c] === C_DROP : c === 0xd0 || c === 0xf0 || c === 0xad) {
      simple = false;
      break;
    }
  }
  // Nothing to change: the working string is the input and both maps are the identity.
  if (simple) return { w: input, ms: null, me: null };
  // Unchanged single code units are copied as runs (one slice each); a changed cluster is one piece.
  const parts: string[] = [];
  let cap = len + 16;
  let ms: Uint32Array = new Uint32Array(cap);
  let me: Uint32Array = new Uint32Array(cap);
  let o = 0;
  let run = 0; // start of the pending run of unchanged units
  let i = 0;
  while (i < len) {
    const c = input.charCodeAt(i);
    if (cls[c] === C_DROP) {
      if (run < i) parts.push(input.slice(run, i));
      i++;
      run = i;
      continue;
    }
    // A cluster: one code point plus the combining marks after it.
    let j = i + 1;
    if (c >= 0xd800 && c <= 0xdbff && j < len) {
      const d = input.charCodeAt(j);
      if (d >= 0xdc00 && d <= 0xdfff) j++;
    }
    while (j < len && cls[input.charCodeAt(j)] === C_MARK) j++;
    if (j - i === 1 && c !== 0xd0 && c !== 0xf0) {
      if (o === cap) [ms, me, cap] = grow(ms, me, cap);
      ms[o] = i;
      me[o] = j;
      o++;
      i = j;
      continue;
    }
    if (run < i) parts.push(input.slice(run, i));
    let piece = input.slice(i, j);
    if (j - i > 1) piece = toNFC(piece);
    if (c === 0xd0) piece = '\u0110' + piece.slice(1); // Icelandic eth typed for Đ
    else if (c === 0xf0) piece = '\u0111' + piece.slice(1);
    parts.push(piece);
    for (let u = 0; u < piece.length; u++) {
      if (o === cap) [ms, me, cap] = grow(ms, me, cap);
      ms[o] = i;
      me[o] = j;
      o++;
    }
    i = j;
    run = j;
  }
  if (run < len) parts.push(input.slice(run, len));
  return { w: parts.join(''), ms: ms.subarray(0, o), me: me.subarray(0, o) };
}

/** Doubles both offset maps. */
function grow(ms: Uint32Array, me: Uint32Array, cap: number): [Uint32Array, Uint32Array, number] {
  const n = cap * 2;
  const a = new Uint32Array(n);
  a.set(ms);
  const b = new Uint32Array(n);
  b.set(me);
  return [a, b, n];
}

/** Lower-cases `w` without changing its length, moves tones to the traditional place, unifies spaces. */
function toKey(w: string, cls: Uint8Array): string {
  let low = w.toLowerCase();
  if (low.length !== w.length) {
    const out: string[] = [];
    for (let i = 0; i < w.length; i++) {
      const l = w[i].toLowerCase();
      out.push(l.length === 1 ? l : w[i]);
    }
    low = out.join('');
  }
  // Second pass: tone moves and odd spaces, rebuilt from slices only where something changes.
  const parts: string[] = [];
  let from = 0;
  const len = low.length;
  for (let i = 0; i < len; i++) {
    const c = low.charCodeAt(i);
    if (c === 32) continue;
    if (cls[c] === C_SPACE) {
      parts.push(low.slice(from, i), ' ');
      from = i + 1;
    } else if (i > 0 && TONE_MOVE_LAST_TABLE[c] === 1) {
      const next = i + 1 < len ? cls[low.charCodeAt(i + 1)] : C_OTHER;
      if (next === C_LETTER || next === C_MARK) continue;
      const prev2 = i > 1 ? low[i - 2] : '';
      if (prev2 === 'q') continue; // `quý`, `quỳ`: u belongs to the onset
      if (prev2 === 'g' && low[i - 1] === 'i') continue;
      const moved = TONE_MOVE.get(low[i - 1] + low[i]);
      if (moved && i - 1 >= from) {
        parts.push(low.slice(from, i - 1), moved[0], moved[1]);
        from = i + 1;
      }
    }
  }
  if (parts.length === 0) return low;
  parts.push(low.slice(from));
  return parts.join('');
}

const TONE_MOVE_LAST_TABLE = new Uint8Array(65536);
for (const pair of TONE_MOVE.keys()) TONE_MOVE_LAST_TABLE[pair.charCodeAt(1)] = 1;

/** Key form of a lexicon phrase: the same normalisation the document key gets. */
export function keyOf(s: string): string {
  const cls = classTable();
  const { w } = toWorking(s, cls);
  return toKey(w, cls);
}

// Page chrome. A line equal to one of these ends the article: it and everything after it is chrome.
const CHROME_END = new Set(
  [
    'ý kiến bạn đọc',
    'ý kiến của bạn',
    'gửi ý kiến',
    'gửi bình luận',
    'bình luận',
    'tổng lượt bình luận',
    'tin khác',
    'các tin khác',
    'tin liên quan',
    'bài liên quan',
    'bài viết liên quan',
    'tin cùng chuyên mục',
    'tin mới',
    'tin mới nhất',
    'tin đọc nhiều',
    'đọc nhiều nhất',
    'xem thêm',
    'có thể bạn quan tâm',
  ].map(keyOf),
);
// A line equal to one of these is chrome by itself.
const CHROME_LINE = new Set(
  [
    'thông báo',
    'refresh',
    'chia sẻ',
    'in bài',
    'bản in',
    'gửi email',
    'email',
    'facebook',
    'twitter',
    'zalo',
    'tweet',
    'share',
    'like',
    'print',
    'lên đầu trang',
    'quay lại',
    'trở lại',
    'trang chủ',
    'in',
  ].map(keyOf),
);
const CHROME_PREFIX = ['từ khóa:', 'tags:', 'tag:', 'từ khoá:', 'chia sẻ', 'trang chủ >', 'lượt xem:', 'in bài', 'gửi ý kiến', 'bản in'].map(keyOf);

/** Marks page-chrome tokens. */
function markChrome(k: string, n: number, ts: Uint32Array, tt: Uint8Array, chrome: Uint8Array): void {
  let lineStartTok = 0;
  let ended = false;
  for (let i = 0; i <= n; i++) {
    if (i < n && tt[i] !== T_NL) continue;
    // Line = tokens [lineStartTok, i).
    if (ended) {
      chrome.fill(1, lineStartTok, i + (i < n ? 1 : 0));
    } else if (i > lineStartTok) {
      const ls = ts[lineStartTok];
      const le = i < n ? ts[i] : k.length;
      if (le - ls <= 60) {
        const line = k
          .slice(ls, le)
          .trim()
          .replace(/ {2,}/g, ' ')
          .replace(/ ?\(\d{1,6}\)$|[:.]$/u, '');
        if (CHROME_END.has(line)) {
          ended = true;
          chrome.fill(1, lineStartTok, n);
          break;
        }
        if (CHROME_LINE.has(line)) chrome.fill(1, lineStartTok, i);
      }
      for (const p of CHROME_PREFIX) {
        if (k.startsWith(p, ts[lineStartTok])) chrome.fill(1, lineStartTok, i);
      }
      // The source tag that opens the lead: `(Thanhuytphcm.vn) - …`, `(Báo Nhân Dân) – …`.
      if (k.charCodeAt(ts[lineStartTok]) === 40) {
        let t = lineStartTok + 1;
        while (t < i && t < lineStartTok + 12 && k.charCodeAt(ts[t]) !== 41) t++;
        if (t < i && t + 1 < i && k.charCodeAt(ts[t]) === 41 && /^[-–—]$/u.test(k[ts[t + 1]])) chrome.fill(1, lineStartTok, t + 2);
      }
      // Breadcrumbs: `Trang chủ > Tin tức - Sự kiện`.
      if (le - ls <= 120 && k.slice(ls, le).includes(' > ')) chrome.fill(1, lineStartTok, i);
    }
    lineStartTok = i + 1;
  }
}

// Toned vowels (precomposed, one code unit each) by code unit: 1 lower case, 2 upper case.
const TONED = new Uint8Array(65536);
for (const v of ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y']) {
  for (const m of ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323']) {
    const c = (v + m).normalize('NFC');
    TONED[c.charCodeAt(0)] = 1;
    TONED[c.toUpperCase().charCodeAt(0)] = 2;
  }
}

/**
 * 0: a toned capital somewhere; 1: none; 2: none, and a sentence or line starts with a lower-case
 * toned vowel (the case was lost).
 */
function caseState(w: string, n: number, ts: Uint32Array, tt: Uint8Array): 0 | 1 | 2 {
  let lowerStart = false;
  for (let t = 0; t < n; t++) {
    if (tt[t] !== T_WORD) continue;
    const toned = TONED[w.charCodeAt(ts[t])];
    if (toned === 2) return 0;
    if (!lowerStart && toned === 1 && (t === 0 || tt[t - 1] === T_NL || (tt[t - 1] === T_PUNCT && '.!?:"“('.includes(w[ts[t - 1]])))) lowerStart = true;
  }
  return lowerStart ? 2 : 1;
}

/** Does word token t start with a lower-case toned vowel (`ủy`, `ông`)? */
export function tonedLower(doc: Doc, t: number): boolean {
  return doc.tt[t] === T_WORD && TONED[doc.w.charCodeAt(doc.ts[t])] === 1;
}

/**
 * Marks every lower-case word that starts with a toned vowel as 3 = "may be capitalised": the text
 * lost the case of toned capitals (TCVN3). Called by prepare on a lower-case toned sentence start,
 * and by the officials scanner on other evidence (a body in lower case right after a title).
 */
export function markCaseLost(doc: Doc): void {
  if (doc.caseLost) return;
  for (let t = 0; t < doc.n; t++) {
    if (doc.cap[t] === 0 && tonedLower(doc, t)) doc.cap[t] = 3;
  }
  doc.caseLost = true;
}

/** Prepares `input` for scanning. Linear in the input length. */
export function prepare(input: string): Doc {
  const cls = classTable();
  const { w, ms, me } = toWorking(input, cls);
  const k = toKey(w, cls);
  const len = w.length;
  // Tokenise: words (letters+marks), digit runs, newlines, single punctuation; spaces skipped.
  let cap0 = (len >> 2) + 64; // about one token per 4–5 code units in prose; grows if not
  let ts = new Uint32Array(cap0);
  let te = new Uint32Array(cap0);
  let tt = new Uint8Array(cap0);
  let n = 0;
  let i = 0;
  while (i < len) {
    const c = w.charCodeAt(i);
    const cl = cls[c];
    if (cl === C_SPACE) {
      i++;
      continue;
    }
    let j = i + 1;
    let type: number;
    if (cl === C_LETTER || cl === C_MARK) {
      while (j < len) {
        const d = cls[w.charCodeAt(j)];
        if (d !== C_LETTER && d !== C_MARK) {
          // An apostrophe between two letters is inside the word: Ê Đê, M'Nông and Jrai names
          // (`H'Hen Niê`, `Cư M'gar`, `Đắk R’lấp`), with ' or ’ (U+2019).
          const a = w.charCodeAt(j);
          if ((a === 39 || a === 0x2019) && j + 1 < len && cls[w.charCodeAt(j + 1)] === C_LETTER) {
            j += 2;
            continue;
          }
          break;
        }
        j++;
      }
      type = T_WORD;
    } else if (cl === C_DIGIT) {
      while (j < len && cls[w.charCodeAt(j)] === C_DIGIT) j++;
      type = T_NUM;
    } else if (cl === C_NL) {
      type = T_NL;
    } else {
      if (c >= 0xd800 && c <= 0xdbff && j < len) {
        const d = w.charCodeAt(j);
        if (d >= 0xdc00 && d <= 0xdfff) j++;
      }
      type = T_PUNCT;
    }
    if (n === cap0) {
      cap0 *= 2;
      const a = new Uint32Array(cap0);
      a.set(ts);
      ts = a;
      const b = new Uint32Array(cap0);
      b.set(te);
      te = b;
      const t2 = new Uint8Array(cap0);
      t2.set(tt);
      tt = t2;
    }
    ts[n] = i;
    te[n] = j;
    tt[n] = type;
    n++;
    i = j;
  }
  const cap = new Uint8Array(n);
  const upper = upperTable();
  for (let t = 0; t < n; t++) {
    if (tt[t] !== T_WORD) continue;
    const s = ts[t];
    const c0 = w.charCodeAt(s);
    // Upper case by a table read (UPPER: the code unit changes under toLowerCase), no strings.
    if (upper[c0] === 1) {
      let all = te[t] - s >= 2;
      if (all) {
        for (let u = s + 1; u < te[t]; u++) {
          const cu = w.charCodeAt(u);
          if (upper[cu] === 0 && cls[cu] === C_LETTER) {
            all = false;
            break;
          }
        }
      }
      cap[t] = all ? 2 : 1;
    }
  }
  // TCVN3 text (decoded or recovered with fixEncoding) cannot keep the case of toned capitals:
  // `Ủy ban` comes back as `ủy ban`. When the text has no toned capital at all but starts a
  // sentence or line with a lower-case toned vowel, such words are marked 3 = "may be capitalised"
  // (markCaseLost, below, once the document object exists).
  const state = caseState(w, n, ts, tt);
  const chrome = new Uint8Array(n);
  markChrome(k, n, ts, tt, chrome);
  const keyCache: (string | undefined)[] = new Array<string | undefined>(n);
  // Chrome as sorted working-string ranges [s0, e0, s1, e1, ...] for position lookups.
  const ranges: number[] = [];
  for (let t = 0; t < n; t++) {
    if (!chrome[t]) continue;
    const s = ts[t];
    const e = te[t];
    if (t > 0 && chrome[t - 1] && ranges.length > 0) ranges[ranges.length - 1] = e;
    else ranges.push(s, e);
  }
  const isChrome = (pos: number): boolean => {
    let lo = 0;
    let hi = ranges.length / 2 - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (pos < ranges[2 * mid]) hi = mid - 1;
      else if (pos >= ranges[2 * mid + 1]) lo = mid + 1;
      else return true;
    }
    return false;
  };
  const doc: Doc = {
    input,
    w,
    k,
    ms,
    me,
    n,
    ts,
    te,
    tt,
    cap,
    tonedCapital: state === 0,
    caseLost: false,
    chrome,
    isChrome,
    fk: new Int32Array(n),
    fkVer: 0,
    key(t: number): string {
      let v = keyCache[t];
      if (v === undefined) {
        v = k.slice(ts[t], te[t]);
        keyCache[t] = v;
      }
      return v;
    },
    span(s: number, e: number) {
      const start = ms === null ? s : ms[s];
      const end = e > s ? (me === null ? e : me[e - 1]) : start;
      return { text: input.slice(start, end), start, end };
    },
  };
  if (state === 2) markCaseLost(doc);
  return doc;
}
