/**
 * Internal: organisation mentions, administrative places and their resolution from context.
 */
import { type Doc, T_NL, T_NUM, T_PUNCT, T_WORD, keyOf } from './doc.js';
import {
  ABBREVIATIONS,
  AD_HOC_NAMES,
  BARE_HEADS,
  BARE_NOT_BEFORE,
  BODIES,
  type BodyDef,
  CENTRAL_CITIES,
  COUNTRY,
  DEPARTMENTS,
  FOREIGN_COUNTRIES,
  DEPT_ABBREVIATIONS,
  LEGAL_FORMS,
  LEGAL_FORM_ABBREVIATIONS,
  MIDDLES,
  NAME_NOUNS,
  REGION_SUFFIXES,
  NAME_STOP,
  NAMED_HEADS,
  PROVINCES,
  SURNAMES,
  UNITS,
} from './lexicon.js';
import { analyzeSyllable } from '../../_lib/syllable.js';
import { buildTable, matchAllAt, matchAt, type PhraseTable } from './phrases.js';

export type Level = 'prov' | 'dist' | 'ward' | 'sub';

interface Tables {
  bodies: PhraseTable<BodyDef>;
  heads: PhraseTable<{ level: BodyDef['level']; flags: string }>;
  depts: PhraseTable<true>;
  units: PhraseTable<Level>;
  gazetteer: PhraseTable<{ name: string; central: boolean; country: boolean; foreign?: true }>;
  hcm: PhraseTable<true>;
  deptAbbr: PhraseTable<string>;
  legal: PhraseTable<true>;
  nouns: PhraseTable<true>;
  regions: PhraseTable<true>;
  bareHeads: Set<string>;
  bareNot: Set<string>;
  abbr: Map<string, string>;
  legalAbbr: Map<string, string>;
  adHoc: Set<string>;
  surnames: Set<string>;
  middles: Set<string>;
  stop: Set<string>;
}

let tables: Tables | undefined;

/** Lexicon tables, built on first use. */
export function getTables(): Tables {
  if (tables) return tables;
  const gaz: [string, { name: string; central: boolean; country: boolean; foreign?: true }][] = [];
  for (const p of PROVINCES) gaz.push([p, { name: p, central: false, country: false }]);
  for (const p of CENTRAL_CITIES) gaz.push([p, { name: p, central: true, country: false }]);
  for (const p of COUNTRY) gaz.push([p, { name: p, central: false, country: true }]);
  for (const p of FOREIGN_COUNTRIES) gaz.push([p, { name: p, central: false, country: true, foreign: true }]);
  gaz.push(['HCM', { name: 'Hồ Chí Minh', central: true, country: false }]);
  tables = {
    bodies: buildTable(BODIES.map((d) => [d.phrase, d] as const)),
    heads: buildTable(NAMED_HEADS.map(([h, level, flags]) => [h, { level, flags }] as const)),
    depts: buildTable([...DEPARTMENTS, ...DEPT_ABBREVIATIONS.map(([a]) => a)].map((d) => [d, true as const] as const)),
    units: buildTable(UNITS.map(([u, l]) => [u, l] as const)),
    gazetteer: buildTable(gaz),
    hcm: buildTable(
      ['TP.HCM', 'TPHCM', 'TP HCM', 'TP. Hồ Chí Minh', 'TP Hồ Chí Minh', 'Thành phố Hồ Chí Minh', 'Thành phố HCM', 'Tp.HCM'].map(
        (p) => [p, true as const] as const,
      ),
    ),
    deptAbbr: buildTable(DEPT_ABBREVIATIONS),
    legal: buildTable(LEGAL_FORMS.map((f) => [f, true as const] as const)),
    nouns: buildTable(NAME_NOUNS.map((f) => [f, true as const] as const)),
    regions: buildTable(REGION_SUFFIXES.map((f) => [f, true as const] as const)),
    bareHeads: new Set(BARE_HEADS.map(keyOf)),
    bareNot: new Set(BARE_NOT_BEFORE.map(keyOf)),
    abbr: new Map(ABBREVIATIONS.map(([a, e]) => [keyOf(a), e])),
    legalAbbr: new Map(LEGAL_FORM_ABBREVIATIONS.map(([a, e]) => [keyOf(a), e])),
    adHoc: new Set(AD_HOC_NAMES.map(keyOf)),
    surnames: new Set(SURNAMES.map(keyOf)),
    middles: new Set(MIDDLES.map(keyOf)),
    stop: new Set(NAME_STOP.map(keyOf)),
  };
  return tables;
}

/** A place written in the text. */
export interface Place {
  /** Token range. */
  s: number;
  e: number;
  level: Level;
  /** Unit word key (`quận`, `tỉnh`, …) or '' for a bare name. */
  unit: string;
  /** Name as written (NFC), '' when only the unit word is written. */
  name: string;
  numbered: boolean;
  central: boolean;
  country: boolean;
  /** A city named like its province (`thành phố Thái Nguyên`): it also sets the province. */
  namesProvince?: boolean;
}

export interface BodyPart {
  s: number;
  e: number;
  level: BodyDef['level'];
  flags: string;
  party: boolean;
  /** `Bộ X` and the like: national ministry. */
  ministry: boolean;
  /** A bare head standing for a body named earlier (`Giám đốc Sở`): resolved from that mention. */
  bare?: true;
  /** A company, state group or bloc: a Party committee or a board may belong to it (`Đảng ủy Tập đoàn …`). */
  host?: true;
  /** An acronym the article defined in parentheses after a body's full name: that body. */
  alias?: OrgParse;
  /** Full name of a national body written short (`Trung ương Đảng`). */
  full?: string;
}

// Heads of bodies that host Party committees and boards.
const HOST_HEADS = new Set(['công ty', 'tổng công ty', 'doanh nghiệp tư nhân', 'tập đoàn', 'khối']);

/** A Party committee or organisation (`Đảng ủy`, `Đảng bộ`, `Chi bộ`) or a company board: a host may follow it. */
function hostable(doc: Doc, b: BodyPart): boolean {
  if (b.party || b.flags.includes('b')) return true;
  const k = doc.key(b.s);
  return b.e - b.s === 2 && (k === 'đảng' || k === 'chi') && doc.key(b.s + 1) === 'bộ';
}

export interface OrgParse {
  s: number;
  e: number;
  bodies: BodyPart[];
  place: Place | null;
  /** `… Việt Nam` written after the body: a national body named in full. */
  country?: boolean;
}

const isCap = (doc: Doc, i: number): boolean => i < doc.n && doc.tt[i] === T_WORD && doc.cap[i] > 0;
const isWord = (doc: Doc, i: number): boolean => i < doc.n && doc.tt[i] === T_WORD;

/** True when tokens i and j are separated by nothing but spaces on the same line. */
function sameLine(doc: Doc, i: number, j: number): boolean {
  return j < doc.n && doc.tt[j] !== T_NL && !doc.w.slice(doc.te[i], doc.ts[j]).includes('\n');
}

/** Length (in tokens) of the run of capitalised words at i, capped. */
function capRun(doc: Doc, i: number, max: number): number {
  let n = 0;
  while (
    n < max &&
    isCap(doc, i + n) &&
    (n === 0 || sameLine(doc, i + n - 1, i + n)) &&
    !(doc.cap[i + n] === 3 && COMMON_TONED.has(doc.key(i + n))) &&
    // In an all-capitals line (headline), function words and verbs end the run.
    !(n > 0 && doc.cap[i + n] === 2 && getTables().stop.has(doc.key(i + n)))
  ) {
    n++;
  }
  return n;
}

// Frequent lower-case words that start with a toned vowel: never part of a name, even in TCVN3
// text where case was lost (`Nguyễn Văn A ở xã B`).
const COMMON_TONED = new Set(
  ['ở', 'ấy', 'ảnh', 'ủng', 'ủy', 'uỷ', 'ấp', 'ổn', 'ẩm', 'ổ', 'ống', 'ạ', 'ấn', 'ảo', 'ước', 'ưu', 'ứng', 'ẩn', 'ý', 'ích', 'ít', 'ấm', 'ồn', 'ảnh hưởng', 'ủ', 'ắt', 'ừ', 'ờ'].map(keyOf),
);

/**
 * `H'Hen`, `Y’Thuôn`: an Ê Đê given name marked as a woman's (`H'`) or a man's (`Y'`), written
 * with an apostrophe; it starts a personal name as a surname does (`H'Mai Niê Kdăm`).
 */
function ethnicGiven(doc: Doc, j: number): boolean {
  if (j >= doc.n || doc.tt[j] !== T_WORD || doc.cap[j] !== 1 || doc.te[j] - doc.ts[j] < 3) return false;
  const k = doc.key(j);
  const a = k.charCodeAt(1);
  if (!((k.charCodeAt(0) === 104 || k.charCodeAt(0) === 121) && (a === 39 || a === 0x2019))) return false;
  // The name after the apostrophe is capitalised too (`H'Mai`; the place `Ea H'leo` is not).
  const c = doc.w[doc.ts[j] + 2];
  return c !== c.toLowerCase();
}

/** Is the capitalised run starting at i a personal name of `len` tokens? */
export function looksLikeName(doc: Doc, i: number, len: number): boolean {
  const T = getTables();
  if (len < 2 || len > 5) return false;
  if (!T.surnames.has(doc.key(i)) && !ethnicGiven(doc, i)) return false;
  if (matchAt(doc, i, T.gazetteer) || matchAt(doc, i, T.hcm)) return false;
  return true;
}

/**
 * How many tokens of the capitalised run at i are a place name (the rest, if any, is a person's
 * name): `Bình Dương Nguyễn Văn Lợi` → 2; `Lâm Quốc Hưng` → 0; `Dịch Vọng Hậu` → 3.
 */
function placeLength(doc: Doc, i: number, run: number, personSplit: boolean): number {
  const T = getTables();
  const g = matchAt(doc, i, T.gazetteer);
  if (g && g.end - i <= run) return g.end - i;
  // Outside a title-before-name phrase no name is expected after the place: `UBND xã Lê Minh Xuân`.
  if (!personSplit) return Math.min(run, 4);
  const sur = (j: number): boolean => T.surnames.has(doc.key(j));
  const mid = (j: number): boolean => j < i + run && T.middles.has(doc.key(j));
  // A name needs 2–5 syllables; prefer a split where the name has a typical middle syllable.
  for (let p = 0; p <= Math.min(3, run - 2); p++) {
    if (sur(i + p) && mid(i + p + 1)) return p;
  }
  // An Ê Đê given name (`huyện Krông Búk H'Mai Niê`) starts the person's name.
  for (let p = 1; p <= Math.min(3, run - 2); p++) {
    if (ethnicGiven(doc, i + p)) return p;
  }
  if (run >= 4) {
    for (let p = 1; p <= 3; p++) {
      const rest = run - p;
      if (rest >= 2 && rest <= 4 && sur(i + p)) return p;
    }
  }
  return Math.min(run, 4);
}

/** Matches a place at token i: `TP.HCM`, `quận Hải Châu`, `Quận 10`, `tỉnh Đồng Tháp`, `Đà Nẵng`. */
export function matchPlace(
  doc: Doc,
  i: number,
  opts: { unitOnly: boolean; bareRun: false | Level; personSplit: boolean },
): Place | null {
  if (i >= doc.n || doc.tt[i] === T_NL) return null;
  const T = getTables();
  const h = matchAt(doc, i, T.hcm);
  if (h) return { s: i, e: h.end, level: 'prov', unit: 'thành phố', name: 'Hồ Chí Minh', numbered: false, central: true, country: false };
  const ab = numberedAbbrev(doc, i);
  if (ab) return { s: i, e: i + 3, level: ab === 'phường' ? 'ward' : 'dist', unit: ab, name: doc.w.slice(doc.ts[i + 2], doc.te[i + 2]), numbered: true, central: false, country: false };
  const na = namedAbbrev(doc, i);
  if (na) {
    const run = capRun(doc, i + 2, 6);
    const len = run > 0 ? placeLength(doc, i + 2, run, opts.personSplit) : 0;
    if (len > 0) {
      const name = doc.w.slice(doc.ts[i + 2], doc.te[i + 1 + len]).replace(/\s+/gu, ' ');
      return { s: i, e: i + 2 + len, level: na === 'phường' || na === 'thị trấn' ? 'ward' : 'dist', unit: na, name, numbered: false, central: false, country: false };
    }
  }
  const u = matchAt(doc, i, T.units);
  if (u) {
    let j = u.end;
    const unitKey = u.entry.keys.join(' ');
    if (unitKey === 'tp' && j < doc.n && doc.key(j) === '.') j++;
    let level = u.entry.payload;
    if (j + 1 < doc.n && doc.key(j) === 'số' && doc.tt[j + 1] === T_NUM && sameLine(doc, j - 1, j) && sameLine(doc, j, j + 1)) {
      return { s: i, e: j + 2, level, unit: unitKey, name: doc.w.slice(doc.ts[j], doc.te[j + 1]), numbered: true, central: false, country: false };
    }
    if (j < doc.n && sameLine(doc, j - 1, j) && doc.tt[j] === T_NUM && doc.te[j] - doc.ts[j] <= 3) {
      return { s: i, e: j + 1, level, unit: unitKey === 'tp' ? 'thành phố' : unitKey, name: doc.w.slice(doc.ts[j], doc.te[j]), numbered: true, central: false, country: false };
    }
    const run = j < doc.n && sameLine(doc, j - 1, j) ? capRun(doc, j, 6) : 0;
    if (run > 0) {
      const g = matchAt(doc, j, T.gazetteer);
      const len = placeLength(doc, j, run, opts.personSplit);
      if (len > 0) {
        const name = doc.w.slice(doc.ts[j], doc.te[j + len - 1]).replace(/\s+/gu, ' ');
        const central = g !== null && g.end === j + len && g.entry.payload.central;
        const city = unitKey === 'thành phố' || unitKey === 'tp';
        // Only the centrally-run cities are provinces; `thành phố Thái Nguyên` is the province's city.
        if (city) level = central ? 'prov' : 'dist';
        const namesProvince = city && !central && g !== null && g.end === j + len && !g.entry.payload.country;
        return { s: i, e: j + len, level, unit: unitKey === 'tp' ? 'thành phố' : unitKey, name, numbered: false, central, country: false, namesProvince };
      }
    }
    if (unitKey === 'tp' && !(opts.unitOnly && doc.cap[i] === 2)) return null;
    if (opts.unitOnly) {
      return { s: i, e: u.end, level, unit: unitKey, name: '', numbered: false, central: false, country: false };
    }
    return null;
  }
  if (!isCap(doc, i)) return null;
  const g = matchAt(doc, i, T.gazetteer);
  if (g) {
    const p = g.entry.payload;
    return { s: i, e: g.end, level: 'prov', unit: '', name: p.name, numbered: false, central: p.central, country: p.country };
  }
  if (opts.bareRun) {
    const run = capRun(doc, i, 6);
    const len = run > 0 ? placeLength(doc, i, run, opts.personSplit) : 0;
    if (len > 0 && !isBodyOrTitleStart(doc, i)) {
      const name = doc.w.slice(doc.ts[i], doc.te[i + len - 1]).replace(/\s+/gu, ' ');
      return { s: i, e: i + len, level: opts.bareRun, unit: '', name, numbered: false, central: false, country: false };
    }
  }
  return null;
}

/** `P.12` → 'phường', `Q.10` → 'quận' (a capital letter, a dot, a number of 1–2 digits), else ''. */
function numberedAbbrev(doc: Doc, i: number): '' | 'phường' | 'quận' {
  if (i + 2 >= doc.n || doc.cap[i] !== 1 || doc.te[i] - doc.ts[i] !== 1 || doc.te[i] !== doc.ts[i + 1]) return '';
  const k = doc.key(i);
  if ((k !== 'p' && k !== 'q') || doc.key(i + 1) !== '.' || doc.te[i] !== doc.ts[i + 1]) return '';
  if (doc.tt[i + 2] !== T_NUM || doc.te[i + 2] - doc.ts[i + 2] > 2 || !sameLine(doc, i + 1, i + 2)) return '';
  if (i + 3 < doc.n && doc.te[i + 2] === doc.ts[i + 3] && (doc.tt[i + 3] === T_WORD || doc.key(i + 3) === '.' || doc.key(i + 3) === '/')) return '';
  return k === 'p' ? 'phường' : 'quận';
}

const NAMED_ABBREV: Record<string, 'phường' | 'quận' | 'thị xã' | 'thị trấn'> = { p: 'phường', q: 'quận', tx: 'thị xã', tt: 'thị trấn' };

/** `P.Tân Hưng`, `Q. Bình Thạnh`, `TX. Dĩ An`, `TT. Củ Chi`: the unit word written as a letter and a dot. */
function namedAbbrev(doc: Doc, i: number): '' | 'phường' | 'quận' | 'thị xã' | 'thị trấn' {
  // Cheap tests first: this runs at every token the place scanner visits.
  if (i + 2 >= doc.n || doc.tt[i] !== T_WORD || doc.cap[i] === 0 || doc.te[i] - doc.ts[i] > 2 || doc.te[i] !== doc.ts[i + 1]) return '';
  const k = doc.key(i);
  const unit = Object.hasOwn(NAMED_ABBREV, k) ? NAMED_ABBREV[k] : undefined;
  if (!unit || doc.cap[i] !== (k.length === 1 ? 1 : 2)) return '';
  if (doc.key(i + 1) !== '.' || doc.te[i] !== doc.ts[i + 1] || !isCap(doc, i + 2) || !sameLine(doc, i + 1, i + 2)) return '';
  // At most one space after the dot.
  return doc.ts[i + 2] - doc.te[i + 1] <= 1 ? unit : '';
}

let titleStartTest: ((doc: Doc, i: number) => boolean) | undefined;
/** Lets the officials module tell the place scanner where a title starts (avoids a cycle). */
export function setTitleStartTest(fn: (doc: Doc, i: number) => boolean): void {
  titleStartTest = fn;
}

function isBodyOrTitleStart(doc: Doc, i: number): boolean {
  const T = getTables();
  if (matchAt(doc, i, T.bodies) || matchAt(doc, i, T.heads) || matchAt(doc, i, T.units)) return true;
  return titleStartTest ? titleStartTest(doc, i) : false;
}

/** A department-style name after a head word: lexicon first, then `Cap lower (và|-) Cap lower`. */
function matchDeptName(doc: Doc, i: number, lexOnly = false): number {
  const T = getTables();
  if (i >= doc.n || !sameLine(doc, i - 1, i)) return -1;
  const d = matchAt(doc, i, T.depts);
  const lexEnd = d && isCap(doc, i) ? d.end : -1;
  if (lexOnly || !isCap(doc, i) || looksLikeName(doc, i, capRun(doc, i, 5))) return lexEnd;
  let j = i;
  let end = -1;
  let units = 0;
  let afterConnector = false;
  const lowerWord = (q: number): boolean =>
    isWord(doc, q) && !isCap(doc, q) && sameLine(doc, q - 1, q) && !EXT_STOP.has(doc.key(q)) && !T.stop.has(doc.key(q)) && !matchAt(doc, q, T.units);
  // A lower-case noun never straddles the end of a lexicon name: `Bộ Ngoại giao thông báo` is not
  // `Ngoại` + `giao thông`.
  const noun = (q: number): number => {
    const ne = lowerNounAt(doc, q);
    return q < lexEnd && ne > lexEnd ? q : ne;
  };
  // A name that is a foreign country of several words (`Đại sứ quán Nhật Bản`) is taken whole
  // (`Bản` is no village); a one-word one may start a longer name (`Ủy ban Pháp luật`).
  const country = matchAt(doc, i, T.gazetteer);
  if (country && country.entry.payload.foreign && country.end - i > 1 && isCap(doc, country.end - 1)) {
    j = country.end;
    end = j;
    units = 1;
  }
  while (j < doc.n && isCap(doc, j) && units < 4) {
    if (j > i && (looksLikeName(doc, j, capRun(doc, j, 5)) || startsOther(doc, j) || matchAt(doc, j, T.gazetteer) || matchAt(doc, j, T.hcm))) break;
    if (T.surnames.has(doc.key(j)) && isCap(doc, j + 1) && T.middles.has(doc.key(j + 1)) && !matchAt(doc, j, T.gazetteer)) break;
    // `Trung ương` after a board name is its parent, not part of the name.
    if (j > i && doc.key(j) === 'trung' && j + 1 < doc.n && doc.key(j + 1) === 'ương') break;
    j++;
    units++;
    // The lower-case syllable after a capitalised one completes the word (`Y tế`, `Việc làm`); after a
    // one-syllable name even a verb-like syllable does (`Cục Việc làm`), but never a function word.
    const k1 = j < doc.n ? doc.key(j) : '';
    const single = j - 1 === i && !afterConnector;
    const n0 = noun(j);
    if (n0 > j) j = n0;
    else if (
      isWord(doc, j) && !isCap(doc, j) && sameLine(doc, j - 1, j) && !matchAt(doc, j, T.units) &&
      (!T.stop.has(k1) || (single && !FUNCTION_WORDS.has(k1) && !VERB_START.has(k1))) &&
      completes(doc, j - 1, i)
    ) j++;
    // `Phòng, chống …`: the fixed pair is written with a comma inside names.
    if (doc.key(j - 1) === 'phòng' && j + 1 < doc.n && doc.key(j) === ',' && doc.key(j + 1) === 'chống' && sameLine(doc, j, j + 1)) j += 2;
    // Lower-case common nouns that continue the name: `Khoa học công nghệ`, `Phòng thủ dân sự`.
    for (let g = 0; g < 3; g++) {
      const ne = noun(j);
      if (ne <= j) break;
      j = ne;
    }
    // A region closing the name: `Tổng công ty Điện lực miền Nam`.
    if (j < doc.n && sameLine(doc, j - 1, j)) {
      const r = matchAt(doc, j, getTables().regions);
      if (r && sameLine(doc, r.end - 2, r.end - 1)) j = r.end;
    }
    // Lower-case words that continue a compound name: before a connector (`Quản lý nợ và Tài
    // chính …`), or up to two after the last connector (`… và Tài chính đối ngoại`).
    let q = j;
    while (q - j < 3 && lowerWord(q)) q++;
    const conn = q < doc.n && sameLine(doc, q - 1, q) && (doc.key(q) === 'và' || doc.key(q) === '-' || doc.key(q) === '–') && isCap(doc, q + 1);
    if (q > j && conn) j = q;
    else if (afterConnector && q > j) j = Math.min(q, j + 2);
    end = j;
    // Connectors inside a name: `và`, `-` (kept only when a name word follows).
    if (j + 1 < doc.n && sameLine(doc, j - 1, j) && (doc.key(j) === 'và' || doc.key(j) === '-' || doc.key(j) === '–') && isCap(doc, j + 1)) {
      j++;
      afterConnector = true;
      continue;
    }
    if (!sameLine(doc, j - 1, j)) break;
  }
  return Math.max(units > 0 ? end : -1, lexEnd);
}

/**
 * May the lower-case syllable after the capitalised word at c complete it (`Y tế`, `Việc làm`)?
 * Not when that word is no Vietnamese syllable (`Pleiku`, `Tohoku`: complete on their own, so
 * `Trường … Pleiku đào tạo` ends at `Pleiku`) or a one-word place name, nor after a run of capitals when the syllable starts
 * a common verb (`Bộ Công Thương hoàn thành`).
 */
function completes(doc: Doc, c: number, start: number): boolean {
  if (analyzeSyllable(doc.k, doc.ts[c], doc.te[c]) === null) return false;
  // A one-word place is complete too (`Đại học Huế chủ trì`).
  if (c === start && matchAt(doc, c, getTables().gazetteer)?.end === c + 1) return false;
  return !(c > start && isCap(doc, c - 1) && EXT_STOP.has(doc.key(c + 1)));
}

/** End of a lower-case name noun (`công nghệ`, `dân sự`) at j on the same line, else j. */
function lowerNounAt(doc: Doc, j: number): number {
  if (j >= doc.n || !isWord(doc, j) || isCap(doc, j) || !sameLine(doc, j - 1, j)) return j;
  const m = matchAt(doc, j, getTables().nouns);
  if (!m) return j;
  for (let q = j + 1; q < m.end; q++) if (isCap(doc, q) || !sameLine(doc, q - 1, q)) return j;
  return m.end;
}

/**
 * A body, unit, title or named head that starts a name of its own at j (ends a guessed name). A
 * named head counts only when a capitalised name follows it: `Phòng chống thiên tai` is part of a
 * board's name, `Phòng Nội vụ` is a body.
 */
function startsOther(doc: Doc, j: number): boolean {
  const T = getTables();
  if (matchAt(doc, j, T.bodies) || matchAt(doc, j, T.units)) return true;
  if (titleStartTest && titleStartTest(doc, j)) return true;
  // A head with a capitalised name, or with a legal form (`Công ty cổ phần …`), starts another body.
  for (const h of matchAllAt(doc, j, T.heads)) {
    if ((isCap(doc, h.end) || matchAt(doc, h.end, T.legal) !== null) && sameLine(doc, h.end - 1, h.end)) return true;
  }
  return false;
}

// Function words: never part of a name, even right after its first syllable.
const FUNCTION_WORDS = new Set(
  ['cho', 'đã', 'sẽ', 'đang', 'là', 'có', 'được', 'và', 'với', 'của', 'tại', 'trong', 'về', 'để', 'thì', 'mà', 'này', 'đó', 'các', 'những', 'vừa', 'cũng', 'đến', 'từ', 'theo', 'trên', 'dưới', 'khi', 'phải', 'không', 'chưa', 'ra', 'vào', 'lên', 'xuống', 'rằng', 'nên', 'bị', 'do', 'đây', 'nay', 'đi', 'năm', 'tháng', 'ngày', 'lần', 'khóa', 'nhiệm', 'kỳ', 'thành', 'khu'].map(keyOf),
);

// First syllables of the verbs that follow a body's name (`trao tặng`, `tổ chức`, `phát biểu`,
// `tiếp tục`): never the second syllable of a name, unlike `làm` (`Việc làm`), `triển` (`Phát
// triển`), `chủ` (`Dân chủ`), `báo` (`Dự báo`), `ký` (`Đăng ký`).
const VERB_START = new Set(
  ['trao', 'tặng', 'họp', 'nhận', 'đề', 'phối', 'tổ', 'yêu', 'nhấn', 'khen', 'tham', 'quyết', 'kiểm', 'thực', 'tiếp', 'ban', 'chỉ', 'phát', 'giao', 'đi', 'ra', 'vào'].map(keyOf),
);

// Function words and common verbs that end a company name in an all-capitals headline.
const HEADLINE_STOP = new Set(
  ['đã', 'sẽ', 'đang', 'là', 'có', 'được', 'cho', 'với', 'của', 'tại', 'trong', 'về', 'để', 'vừa', 'cũng', 'đến', 'từ', 'theo', 'khi', 'không', 'chưa', 'lên', 'xuống', 'bị', 'do', 'hỗ', 'ủng', 'ký', 'làm', 'đạt', 'tăng', 'giảm'].map(keyOf),
);

// Verbs and function words that never continue a department name.
const EXT_STOP = new Set(
  ['thông', 'hướng', 'công', 'đánh', 'khẳng', 'cung', 'trình', 'tuyên', 'vận', 'cấp', 'tạo', 'hỗ', 'xây', 'đẩy', 'đưa', 'tăng', 'giảm', 'đạt', 'mở', 'dự', 'gặp', 'thăm', 'chúc', 'gửi', 'nêu', 'lưu', 'rà', 'xử', 'cảnh', 'đảm', 'bảo', 'quản', 'sử', 'ban', 'chỉ', 'cần', 'nhằm', 'tiến', 'thông báo', 'ghi', 'đón', 'tiếp', 'trả', 'lời', 'phản', 'cải', 'nâng', 'hoàn', 'góp', 'lấy', 'tổng', 'sơ', 'bàn', 'thảo', 'thống', 'đồng', 'ủng', 'tuần'].map(keyOf),
);

const LONG_STOP = new Set(['đã', 'sẽ', 'đang', 'là', 'có', 'được', 'cho', 'với', 'của', 'tại', 'để', 'thì', 'mà', 'vừa', 'cũng', 'và', 'trong', 'về', 'theo', 'từ', 'đến', 'khi', 'này', 'đó', 'đề', 'tổ', 'báo', 'yêu']);

/** Matches one body at token i. */
function matchBody(doc: Doc, i: number, allowLower: boolean): BodyPart | null {
  if (i >= doc.n || doc.tt[i] !== T_WORD) return null;
  if (!allowLower && doc.cap[i] === 0) return null;
  const T = getTables();
  const fixed = matchAt(doc, i, T.bodies);
  let best: BodyPart | null = null;
  if (fixed) {
    const d = fixed.entry.payload;
    let fe = fixed.end;
    // Numbered units: `Quân khu 7`, `Sư đoàn 320`.
    if (d.flags.includes('#') && fe < doc.n && doc.tt[fe] === T_NUM && sameLine(doc, fe - 1, fe) && doc.te[fe] - doc.ts[fe] <= 3) fe++;
    best = { s: i, e: fe, level: d.level, flags: d.flags, party: d.party === true, ministry: false, full: d.full };
  }
  for (const head of matchAllAt(doc, i, T.heads)) {
    const hk0 = head.entry.keys.join(' ');
    // `Công ty cổ phần Sữa Hồng Hà`, `Công ty TNHH MTV Cấp nước Đồng Nai`: legal form, then the name.
    if ((hk0 === 'công ty' || hk0 === 'tổng công ty' || hk0 === 'doanh nghiệp tư nhân') && sameLine(doc, head.end - 1, head.end)) {
      const lf = matchAt(doc, head.end, T.legal);
      let ce = lf && sameLine(doc, lf.end - 1, lf.end) ? companyName(doc, lf.end) : -1;
      if (!lf) {
        // Without a legal form the own name follows the head (`Công ty Minh Phát tài trợ`). The
        // department-name reading wins when it is longer (`Tổng công ty Cảng hàng không` + `Việt
        // Nam`), unless it only adds lower-case words after a run of capitals (`… Minh Phát tài`).
        const own = companyName(doc, head.end);
        const dept = matchDeptName(doc, head.end, fixed !== null);
        const afterCaps = own - 2 >= head.end && isCap(doc, own - 1) && isCap(doc, own - 2);
        if (own > 0 && (dept <= own || afterCaps)) ce = own;
      }
      if (ce > 0 && (!best || ce > best.e)) {
        best = { s: i, e: ce, level: 'nat', flags: 'k', party: false, ministry: false, host: true };
        continue;
      }
    }
    // A fixed body (`Bộ Chính trị`) is only beaten by a lexicon department name, not a guessed one.
    const e = matchDeptName(doc, head.end, fixed !== null);
    // `Ban Chuyên án`: an ad-hoc team set up for one case, not a standing body.
    if (e > head.end && e - head.end <= 2 && T.adHoc.has(doc.k.slice(doc.ts[head.end], doc.te[e - 1]))) continue;
    if (e > head.end && (!best || e > best.e)) {
      // A trailing number belongs to institutions: `Bệnh viện Nhân dân 115`.
      let end = e;
      if (end < doc.n && doc.tt[end] === T_NUM && sameLine(doc, end - 1, end) && /^(?:bệnh viện|trường|trung tâm)$/u.test(head.entry.keys.join(' '))) end++;
      const hk = head.entry.keys.join(' ');
      // Schools are often named after people: `Trường THPT Nguyễn Du`.
      if (hk === 'trường' && end < doc.n && isCap(doc, end) && sameLine(doc, end - 1, end)) end += Math.min(capRun(doc, end, 4), 4);
      // Universities are named after their city (`Đại học Quốc gia Hà Nội`, `Đại học Huế`).
      if (hk === 'đại học' && end < doc.n && isCap(doc, end) && sameLine(doc, end - 1, end) && !matchAt(doc, end, T.hcm)) {
        end += Math.min(capRun(doc, end, 3), 3);
      }
      best = { s: i, e: end, level: head.entry.payload.level, flags: head.entry.payload.flags, party: false, ministry: hk === 'bộ' };
      if (HOST_HEADS.has(hk)) best.host = true;
      // `Phòng Cảnh sát điều tra tội phạm về ma túy`: a police unit named by a lower-case phrase.
      if (head.end + 2 < doc.n && doc.key(head.end) === 'cảnh' && doc.key(head.end + 1) === 'sát') best.e = Math.max(best.e, policeEnd(doc, head.end + 2));
    }
  }
  if (best && best.e <= i) return null;
  if (!best) return aliasAt(doc, i) ?? bareHead(doc, i);
  // Boards named by a lowercase phrase up to their place: `Ban Chỉ đạo các chương trình mục tiêu
  // quốc gia tỉnh`, `Ban Quản lý các khu công nghiệp Bình Dương`.
  if (best && best.e - best.s >= 2) {
    const tail = `${doc.key(best.e - 2)} ${doc.key(best.e - 1)}`;
    if (tail === 'chỉ đạo' || tail === 'quản lý' || tail === 'chỉ huy') {
      // A comma may join lower-case parts: `Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh`.
      const inName = (j: number): boolean =>
        doc.tt[j] === T_WORD || (doc.key(j) === ',' && j > best.e && j + 1 < doc.n && doc.tt[j + 1] === T_WORD && !isCap(doc, j + 1));
      for (let j = best.e; j < best.e + 16 && j < doc.n && inName(j) && sameLine(doc, j - 1, j); j++) {
        if (matchAt(doc, j, T.units) || (isCap(doc, j) && (matchAt(doc, j, T.gazetteer) || matchAt(doc, j, T.hcm)))) {
          if (j > best.e) best.e = j;
          break;
        }
        if (isCap(doc, j) || LONG_STOP.has(doc.key(j))) break;
      }
    }
  }
  return best;
}

/**
 * End of a police unit's lower-case name after `Cảnh sát` at `from` (`… điều tra tội phạm về ma
 * túy`, commas allowed between lower-case words): up to a parent body, unit word or place written
 * after it (`… Công an tỉnh X`); without one, as far as the same name ran in an earlier full
 * mention; else up to two more lower-case words (`Cơ quan Cảnh sát điều tra`). Bounded: linear.
 */
function policeEnd(doc: Doc, from: number): number {
  const reached = policeReach(doc, from);
  if (reached > 0) return reached;
  const names = policeNames(doc);
  let joined = 'cảnh sát';
  let best = -1;
  for (let q = from; q < from + 16 && q < doc.n && doc.tt[q] === T_WORD && !isCap(doc, q) && sameLine(doc, q - 1, q); q++) {
    joined += ` ${doc.key(q)}`;
    const at = names.get(joined);
    if (at !== undefined && at < from) best = q + 1;
  }
  if (best > 0) return best;
  let q = from;
  const T = getTables();
  while (q < from + 2 && q < doc.n && isWord(doc, q) && !isCap(doc, q) && sameLine(doc, q - 1, q)) {
    const k = doc.key(q);
    if (LONG_STOP.has(k) || T.stop.has(k) || EXT_STOP.has(k) || matchAt(doc, q, T.units)) break;
    q++;
  }
  return q;
}

/** Where the lower-case phrase at `from` meets a parent body, unit word or place (its start), else -1. */
function policeReach(doc: Doc, from: number): number {
  const T = getTables();
  for (let j = from; j < from + 16 && j < doc.n && sameLine(doc, j - 1, j); j++) {
    if (doc.tt[j] !== T_WORD) {
      if (doc.key(j) === ',' && j > from && j + 1 < doc.n && isWord(doc, j + 1) && !isCap(doc, j + 1)) continue;
      return -1;
    }
    if (matchAt(doc, j, T.units) && lowerNounAt(doc, j) === j) return j > from ? j : -1;
    if (!isCap(doc, j)) {
      if (LONG_STOP.has(doc.key(j)) && doc.key(j) !== 'về') return -1;
      continue;
    }
    if (j === from) return -1;
    const f = matchAt(doc, j, T.bodies);
    if (f && f.entry.payload.flags.includes('p')) return j;
    for (const h of matchAllAt(doc, j, T.heads)) {
      if (h.entry.payload.flags.includes('p') && matchDeptName(doc, h.end, true) > h.end) return j;
    }
    return matchAt(doc, j, T.gazetteer) || matchAt(doc, j, T.hcm) ? j : -1;
  }
  return -1;
}

const policeCache = new WeakMap<Doc, Map<string, number>>();

/** Police unit names that reach their parent, by keys from `cảnh sát` on → first position. */
function policeNames(doc: Doc): Map<string, number> {
  let m = policeCache.get(doc);
  if (m) return m;
  m = new Map();
  for (let t = 0; t + 2 < doc.n; t++) {
    if (doc.key(t) !== 'cảnh' || doc.key(t + 1) !== 'sát' || !isCap(doc, t) || doc.chrome[t]) continue;
    const r = policeReach(doc, t + 2);
    if (r < 0) continue;
    let joined = 'cảnh sát';
    for (let q = t + 2; q < r; q++) joined += ` ${doc.key(q)}`;
    if (!m.has(joined)) m.set(joined, t + 2);
  }
  policeCache.set(doc, m);
  return m;
}

/**
 * The short names an article defines, by their token keys joined with spaces (`cdc gia lai`, `cdc`).
 * A short name defined twice keeps its first body. One map lookup per length at a token, not a scan
 * of every definition sharing its first word (`(TTYT Đức Trọng)`, `(TTYT Lâm Hà)`, … made that
 * quadratic in the number of definitions).
 */
interface Aliases {
  byKeys: Map<string, OrgParse>;
  /** First keys of the defined short names. */
  firsts: Set<string>;
  /** Most tokens in a defined short name (shortNameEnd allows four). */
  maxLen: number;
}

const aliasCache = new WeakMap<Doc, Aliases>();
// Full names extended up to the parenthesis that defines their short name: start token → end.
const extCache = new WeakMap<Doc, Map<number, number>>();

/** End of the full name a short name in parentheses defines, when it starts at i (else -1). */
function definedEnd(doc: Doc, i: number): number {
  aliases(doc);
  return (extCache.get(doc) as Map<number, number>).get(i) ?? -1;
}

/** Tokens [s, e) are 1–8 words on one line, none starting another body, unit or title. */
function plainWords(doc: Doc, s: number, e: number): boolean {
  if (e - s > 8 || !sameLine(doc, s - 1, s)) return false;
  for (let q = s; q < e; q++) {
    if (doc.tt[q] !== T_WORD || !sameLine(doc, q - 1, q) || startsOther(doc, q)) return false;
  }
  return true;
}

/** An all-capitals word (`EVN`) or a brand-like capitalised word that is no Vietnamese syllable (`Vietcombank`). */
export function shortNameWord(doc: Doc, j: number): boolean {
  if (j >= doc.n || doc.tt[j] !== T_WORD) return false;
  if (doc.cap[j] === 2) return true;
  return doc.cap[j] === 1 && doc.te[j] - doc.ts[j] >= 4 && analyzeSyllable(doc.k, doc.ts[j], doc.te[j]) === null && !ethnicGiven(doc, j);
}

/**
 * End of the parenthesised short name at t — `(EVN)`, `(Vietcombank)`, `(CDC Gia Lai)`: a short-name word, then
 * up to three capitalised words or numbers, then `)` on the same line — else -1.
 */
export function shortNameEnd(doc: Doc, t: number): number {
  if (t + 2 >= doc.n || doc.key(t) !== '(' || !shortNameWord(doc, t + 1) || !sameLine(doc, t, t + 1)) return -1;
  for (let q = t + 2; q < doc.n && q <= t + 5 && sameLine(doc, q - 1, q); q++) {
    if (doc.key(q) === ')') return q;
    if (!isCap(doc, q) && doc.tt[q] !== T_NUM) return -1;
  }
  return -1;
}

/**
 * Short names the article defines: `Tập đoàn Điện lực Việt Nam (EVN)`, `Trung tâm Kiểm soát bệnh
 * tật tỉnh (CDC Gia Lai)`. Per document, built on first use: for each parenthesised short name,
 * the longest organisation ending right before it (at most 16 tokens back, so linear overall).
 * Abbreviations the lexicon already knows (`UBND`, `TP`) are never redefined.
 */
function aliases(doc: Doc): Aliases {
  let m = aliasCache.get(doc);
  if (m) return m;
  m = { byKeys: new Map(), firsts: new Set(), maxLen: 0 };
  const ext = new Map<number, number>();
  aliasCache.set(doc, m); // empty while it is being built: parseOrg below sees no aliases
  extCache.set(doc, ext);
  const T = getTables();
  for (let t = 1; t < doc.n; t++) {
    if (doc.tt[t] !== T_PUNCT || doc.key(t) !== '(' || doc.chrome[t]) continue;
    const close = shortNameEnd(doc, t);
    if (close < 0) continue;
    const k0 = doc.key(t + 1);
    if (T.abbr.has(k0) || matchAt(doc, t + 1, T.bodies) || matchAt(doc, t + 1, T.heads) || matchAt(doc, t + 1, T.units) || matchAt(doc, t + 1, T.hcm) || matchAt(doc, t + 1, T.deptAbbr)) continue;
    let org: OrgParse | null = null;
    let near: OrgParse | null = null;
    for (let p = t - 1; p >= 0 && p >= t - 16 && sameLine(doc, p, t); p--) {
      if (!isCap(doc, p)) continue;
      const o = parseOrg(doc, p, false, false);
      if (o && o.e === t) org = o;
      else if (o && o.e < t && !near && plainWords(doc, o.e, t)) near = o;
    }
    // The parenthesis closes the full name: `Tổng công ty Đầu tư phát triển đường cao tốc Việt
    // Nam (VEC)` is one name even where the name's lower-case words would have ended it earlier.
    if (!org && near) {
      org = { ...near, e: t };
      ext.set(near.s, t);
    }
    if (!org) continue;
    let joined = k0;
    for (let q = t + 2; q < close; q++) joined += ` ${doc.key(q)}`;
    if (!m.byKeys.has(joined)) m.byKeys.set(joined, org);
    // The acronym alone stands for the body too (`CDC` for `CDC Gia Lai`).
    if (!m.byKeys.has(k0)) m.byKeys.set(k0, org);
    m.firsts.add(k0);
    m.maxLen = Math.max(m.maxLen, close - t - 1);
  }
  return m;
}

/** A short name the article defined (`EVN`, `CDC Gia Lai`) at token i. */
export function aliasAt(doc: Doc, i: number): BodyPart | null {
  if (doc.cap[i] === 0 || doc.cap[i] === 3) return null;
  const m = aliases(doc);
  const k0 = doc.key(i);
  if (!m.firsts.has(k0)) return null;
  // The longest defined short name first: the keys of up to maxLen tokens on the line, then shorter.
  const prefixes = [k0];
  for (let q = 1; q < m.maxLen && i + q < doc.n && sameLine(doc, i + q - 1, i + q); q++) {
    prefixes.push(`${prefixes[q - 1]} ${doc.key(i + q)}`);
  }
  for (let len = prefixes.length; len >= 1; len--) {
    const org = m.byKeys.get(prefixes[len - 1]);
    if (org) return { s: i, e: i + len, level: 'nat', flags: '', party: false, ministry: false, host: true, alias: org };
  }
  return null;
}

/** A surname, `Thị` or `Văn`, and a capitalised word at j: a person's name starts there. */
function personAt(doc: Doc, j: number): boolean {
  if (j + 2 >= doc.n || !getTables().surnames.has(doc.key(j))) return false;
  const mid = doc.key(j + 1);
  return (mid === 'thị' || mid === 'văn') && isCap(doc, j + 1) && isCap(doc, j + 2) && sameLine(doc, j, j + 2);
}

/** End of a company's own name at i (capitalised words, `và`/`&`/`-` between them), or -1. */
function companyName(doc: Doc, i: number): number {
  let j = i;
  let end = -1;
  while (j < doc.n && j - i < 12 && sameLine(doc, j - 1, j)) {
    if (isCap(doc, j) || (doc.tt[j] === T_NUM && end > 0)) {
      if (j > i && titleStartTest && titleStartTest(doc, j)) break;
      // A person's name after the company's (`Chủ tịch HĐQT Công ty … Sữa Việt Nam Lê Thị Mai`):
      // a surname, then `Thị`/`Văn` and one more capitalised word.
      if (end > 0 && personAt(doc, j)) break;
      // In an all-capitals headline, verbs and function words end the name (`… HỒNG HÀ TRAO QUÀ`).
      if (j > i && doc.cap[j] === 2 && (VERB_START.has(doc.key(j)) || HEADLINE_STOP.has(doc.key(j)))) break;
      const afterCap = j > i && isCap(doc, j - 1);
      j++;
      // Lower-case syllables complete a capitalised word (`Cấp nước`, `Xổ số`), but not after a run
      // of capitals (`… Cà Mau tài trợ`): one always, up to three when a capitalised word follows
      // them (`Cấp thoát nước Lâm Đồng`).
      if (!afterCap) {
        let q = j;
        // The syllable right after the name's first word may be any but a function word or a verb
        // start (`Phát triển`); the next ones, and any after a later word, no stop word either
        // (`Phát triển hạ tầng Sông Hậu`, but `… miền Tây báo lãi`).
        const lowerAt = (x: number): boolean =>
          isWord(doc, x) && !isCap(doc, x) && sameLine(doc, x - 1, x) && !matchAt(doc, x, getTables().units) &&
          (x === j && j - 1 === i
            ? !FUNCTION_WORDS.has(doc.key(x)) && !VERB_START.has(doc.key(x)) && !HEADLINE_STOP.has(doc.key(x))
            : !getTables().stop.has(doc.key(x)) && !EXT_STOP.has(doc.key(x)));
        while (q - j < 3 && lowerAt(q)) q++;
        // A later syllable may start a verb when the run still ends at the name's next capitalised
        // word (`Vật liệu xây dựng Sơn Hà`), not at another body or title (`… Thép xây dựng Sở …`).
        if (q > j && q - j < 3 && EXT_STOP.has(doc.key(q)) && !getTables().stop.has(doc.key(q))) {
          let r = q;
          while (r - j < 3 && isWord(doc, r) && !isCap(doc, r) && sameLine(doc, r - 1, r) && !getTables().stop.has(doc.key(r))) r++;
          if (r > q && isCap(doc, r) && sameLine(doc, r - 1, r) && !startsOther(doc, r) && !personAt(doc, r)) q = r;
        }
        if (q > j + 1 && !(isCap(doc, q) && sameLine(doc, q - 1, q))) q = j + 1;
        j = q;
      }
      end = j;
      continue;
    }
    const k = doc.key(j);
    if (end > 0 && (k === 'và' || k === '&' || k === '-') && isCap(doc, j + 1) && sameLine(doc, j, j + 1) && !startsOther(doc, j + 1)) {
      j++;
      continue;
    }
    break;
  }
  return end;
}

const bareCache = new WeakMap<Doc, Map<string, number>>();

/** First token of a full mention (`Sở Y tế`) for each bare-able head, per document. */
function firstFullMentions(doc: Doc): Map<string, number> {
  let m = bareCache.get(doc);
  if (m) return m;
  m = new Map();
  const T = getTables();
  for (let t = 0; t < doc.n; t++) {
    if (doc.tt[t] !== T_WORD || doc.cap[t] !== 1 || doc.chrome[t]) continue;
    for (const h of matchAllAt(doc, t, T.heads)) {
      const hk = h.entry.keys.join(' ');
      const named = isCap(doc, h.end) || ((hk === 'công ty' || hk === 'tổng công ty') && matchAt(doc, h.end, T.legal) !== null);
      if (T.bareHeads.has(hk) && !m.has(hk) && named && sameLine(doc, h.end - 1, h.end)) m.set(hk, t);
    }
  }
  bareCache.set(doc, m);
  return m;
}

/**
 * A capitalised bare head (`Sở`, `Cục`, `Công ty`) with no name after it, standing for a body of
 * that kind the article named in full before it.
 */
function bareHead(doc: Doc, i: number): BodyPart | null {
  if (doc.cap[i] !== 1) return null;
  const T = getTables();
  const h = matchAt(doc, i, T.heads);
  if (!h) return null;
  const hk = h.entry.keys.join(' ');
  if (!T.bareHeads.has(hk)) return null;
  const e = h.end;
  if (e < doc.n && sameLine(doc, e - 1, e) && (isCap(doc, e) || doc.tt[e] === T_NUM || T.bareNot.has(`${hk} ${doc.key(e)}`))) return null;
  if (i > 0 && doc.te[i - 1] === doc.ts[i]) return null;
  const first = firstFullMentions(doc).get(hk);
  if (first === undefined || first >= i) return null;
  const part: BodyPart = { s: i, e, level: h.entry.payload.level, flags: '', party: false, ministry: false, bare: true };
  if (HOST_HEADS.has(hk)) part.host = true;
  return part;
}

/** Parses the longest organisation mention starting at token i. */
export function parseOrg(doc: Doc, i: number, allowLower = false, personSplit = true): OrgParse | null {
  const first = matchBody(doc, i, allowLower);
  if (!first) return null;
  const bodies: BodyPart[] = [first];
  let place: Place | null = null;
  let country = false;
  let j = first.e;
  for (let guard = 0; guard < 6 && j < doc.n && sameLine(doc, j - 1, j); guard++) {
    const last = bodies[bodies.length - 1];
    // `Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Nghệ An`: an acronym in parentheses before the
    // parent or place stays inside the mention.
    const ac = acronymEnd(doc, j);
    if (ac > 0 && ac < doc.n && sameLine(doc, ac - 1, ac) && (matchAt(doc, ac, getTables().units) || matchBody(doc, ac, false)?.flags.includes('p'))) {
      j = ac;
      continue;
    }
    const parent = last.flags.includes('c') || hostable(doc, last) ? matchBody(doc, j, false) : null;
    // `Ban Thường vụ Thành ủy`; `Đảng ủy Tổng công ty X`, `Hội đồng thành viên Tập đoàn X`.
    if (parent && ((last.flags.includes('c') && parent.flags.includes('p')) || (parent.host && hostable(doc, last)))) {
      bodies.push(parent);
      j = parent.e;
      continue;
    }
    // `Ủy ban Dân tộc của Quốc hội`: a committee `của` a national parent.
    if (last.flags.includes('c') && doc.key(j) === 'của' && j + 1 < doc.n && sameLine(doc, j, j + 1)) {
      const up = matchBody(doc, j + 1, false);
      if (up && up.flags.includes('p') && up.level === 'nat') {
        bodies.push(up);
        j = up.e;
        continue;
      }
    }
    // `Trung ương` after a board: `Ban Tuyên giáo Trung ương`.
    if (last.flags.includes('c') && doc.key(j) === 'trung' && j + 1 < doc.n && doc.key(j + 1) === 'ương' && isCap(doc, j)) {
      bodies.push({ s: j, e: j + 2, level: 'nat', flags: '', party: false, ministry: false });
      j += 2;
      break;
    }
    // `Đại sứ quán Hàn Quốc tại Việt Nam`, `Hiệp hội Doanh nghiệp Nhật Bản tại Việt Nam`: a body
    // named by a foreign country is placed by `tại` + a country or a centrally-run city.
    // A mission of Việt Nam abroad is placed the same way (`Đại sứ quán Việt Nam tại Hàn Quốc`), also
    // by a foreign city outside the gazetteer (`Tổng Lãnh sự quán Việt Nam tại Osaka`).
    const mission = first.flags.includes('m');
    if (doc.key(j) === 'tại' && doc.cap[j] === 0 && j + 1 < doc.n && sameLine(doc, j, j + 1) && (mission || namesForeign(doc, i, j))) {
      const g = matchAt(doc, j + 1, getTables().gazetteer);
      let end = g && (g.entry.payload.country || g.entry.payload.central) ? g.end : (matchAt(doc, j + 1, getTables().hcm)?.end ?? -1);
      if (end < 0 && mission && !g) end = j + 1 + capRun(doc, j + 1, 3);
      // Or by a region (`Hiệp hội Doanh nghiệp Hàn Quốc tại miền Trung`).
      const region = end < 0 ? matchAt(doc, j + 1, getTables().regions) : null;
      if (region && sameLine(doc, region.end - 2, region.end - 1) && isCap(doc, region.end - 1)) {
        j = region.end;
        break;
      }
      if (end > 0 && isCap(doc, j + 1)) {
        j = end;
        break;
      }
    }
    const bare = (last.party || last.flags.includes('r')) && !last.flags.includes('c');
    const pl = matchPlace(doc, j, { unitOnly: true, bareRun: bare ? (last.level === 'prov' ? 'prov' : 'dist') : false, personSplit });
    if (pl) {
      if (pl.country) {
        j = pl.e;
        country = true;
        continue;
      }
      place = pl;
      j = pl.e;
      // A named ward/district may be followed by its district/province in the same span
      // only when written without a comma; stop here (a comma ends the span anyway).
    }
    break;
  }
  if (first.flags.includes('n') && bodies.length === 1 && !place) return null;
  // Document codes are not organisations: `1234/QĐ-UBND`, `05-CT/TW` (but `HĐND-UBND tỉnh` is two bodies).
  if (i > 0 && doc.te[i - 1] === doc.ts[i] && (doc.key(i - 1) === '-' || doc.key(i - 1) === '/')) {
    const before = i - 2;
    if (before < 0 || doc.key(i - 1) === '/' || !matchAt(doc, before, getTables().bodies)) return null;
  }
  const defined = j < doc.n && doc.key(j) !== '(' && !place ? definedEnd(doc, i) : -1;
  if (defined > j) j = defined;
  return { s: i, e: j, bodies, place, country };
}

/** Does tokens [s, e) name a foreign country (`Nhật Bản`, `Hàn Quốc`)? Bounded by the mention's length. */
function namesForeign(doc: Doc, s: number, e: number): boolean {
  const T = getTables();
  for (let t = s; t < e && t < s + 24; t++) {
    if (doc.cap[t] === 0) continue;
    const g = matchAt(doc, t, T.gazetteer);
    if (g && g.entry.payload.foreign && g.end <= e) return true;
  }
  return false;
}

/** End of `(CDC)`, `(C08)`, `(EVN)` at j: capitals and digits in parentheses, no spaces; else -1. */
export function acronymEnd(doc: Doc, j: number): number {
  if (j + 2 >= doc.n || doc.key(j) !== '(') return -1;
  let q = j + 1;
  while (q < doc.n && q - j <= 4 && doc.ts[q] === doc.te[q - 1]) {
    if (doc.key(q) === ')') return q > j + 1 ? q + 1 : -1;
    const word = doc.tt[q] === T_WORD;
    if (word && !(doc.cap[q] === 2 || (doc.cap[q] === 1 && doc.te[q] - doc.ts[q] === 1))) return -1;
    if (!word && doc.tt[q] !== T_NUM && doc.key(q) !== '&' && doc.key(q) !== '-') return -1;
    q++;
  }
  return -1;
}

const COMMITTEE_PREFIX = new Set(['quận', 'huyện', 'thành', 'tỉnh', 'thị', 'đảng']);

/** Token text for value strings, with the capital restored where TCVN3 lost it (not in `Quận ủy`). */
export function tokenValue(doc: Doc, t: number): string {
  const piece = doc.w.slice(doc.ts[t], doc.te[t]);
  if (doc.cap[t] !== 3) return piece;
  const k = doc.key(t);
  if ((k === 'ủy' || k === 'uỷ') && t > 0 && COMMITTEE_PREFIX.has(doc.key(t - 1))) return piece;
  return piece.charAt(0).toUpperCase() + piece.slice(1);
}

/** Canonical text of tokens [s, e): abbreviations expanded, spacing collapsed, first letter capitalised. */
export function canonicalOf(doc: Doc, s: number, e: number): string {
  const T = getTables();
  const out: string[] = [];
  let i = s;
  while (i < e) {
    if (i > s) {
      if (doc.ts[i] > doc.te[i - 1]) out.push(' ');
    }
    const h = matchAt(doc, i, T.hcm);
    if (h && h.end <= e) {
      out.push('Thành phố Hồ Chí Minh');
      i = h.end;
      continue;
    }
    const da = matchAt(doc, i, T.deptAbbr);
    if (da && da.end <= e && doc.cap[i] === 2) {
      out.push(da.entry.payload);
      i = da.end;
      continue;
    }
    const key = doc.key(i);
    // An acronym in parentheses inside the mention is not part of the canonical name.
    const ac = key === '(' ? acronymEnd(doc, i) : -1;
    if (ac > 0 && ac <= e) {
      i = ac;
      continue;
    }
    const ab = numberedAbbrev(doc, i);
    if (ab && i + 2 < e) {
      out.push(ab === 'phường' ? 'Phường ' : 'Quận ', doc.w.slice(doc.ts[i + 2], doc.te[i + 2]));
      i += 3;
      continue;
    }
    const na = namedAbbrev(doc, i);
    if (na && i + 2 < e) {
      out.push(`${na} `);
      i += 2;
      // The name follows with or without a space; the joiner collapses doubled spaces.
      continue;
    }
    if (key === 'tp' && doc.cap[i] > 0) {
      out.push('Thành phố');
      i++;
      if (i < e && doc.key(i) === '.') {
        i++;
        if (i < e) out.push(' ');
        if (i < e && doc.ts[i] > doc.te[i - 1]) {
          // `TP. Đà Nẵng`: the space is already there.
        }
      }
      continue;
    }
    const ex = doc.tt[i] === T_WORD && doc.cap[i] === 2 ? T.abbr.get(key) : undefined;
    // A legal form right after `Công ty`/`Tổng công ty` or another legal form: `TNHH`, `MTV`, `CP`.
    const lf = doc.tt[i] === T_WORD && doc.cap[i] === 2 && i > s ? T.legalAbbr.get(key) : undefined;
    if (lf && (doc.key(i - 1) === 'ty' || T.legalAbbr.has(doc.key(i - 1)))) out.push(lf);
    else if (ex) out.push(ex);
    else out.push(tokenValue(doc, i));
    i++;
  }
  let text = out.join('');
  if (text.includes('  ')) text = text.replace(/ {2,}/g, ' ');
  text = text.trim();
  text = text.charAt(0).toUpperCase() + text.slice(1);
  return text;
}

const INSTITUTIONS = new Set(['trường', 'bệnh', 'học', 'viện', 'đại', 'công', 'tổng', 'tập', 'ngân']);

/** All places written in the document (not chrome), with their token positions. */
export function collectPlaces(doc: Doc): Place[] {
  const places: Place[] = [];
  for (let i = 0; i < doc.n; i++) {
    if (doc.tt[i] !== T_WORD || doc.chrome[i]) continue;
    // `Quận ủy`, `Thành đoàn`: a body, not the unit word of a place.
    const body = matchAt(doc, i, getTables().bodies);
    if (body) {
      i = body.end - 1;
      continue;
    }
    // Place names inside an institution's name (`Trường Đại học Khoa học Huế`) are not the setting.
    // A bare place name that ends the institution's name is skipped; a unit phrase (`tỉnh X`) is kept.
    if (doc.cap[i] > 0 && INSTITUTIONS.has(doc.key(i))) {
      const inst = parseOrg(doc, i, false, false);
      if (inst && inst.e > i + 1) {
        i = (inst.place && inst.place.unit !== '' ? inst.place.s : inst.e) - 1;
        continue;
      }
    }
    const p = matchPlace(doc, i, { unitOnly: false, bareRun: false, personSplit: true });
    if (p && !p.country && (p.name !== '')) {
      places.push(p);
      if (p.namesProvince) places.push({ ...p, level: 'prov', unit: 'tỉnh', namesProvince: false });
      i = p.e - 1;
    }
  }
  // Source tags name the site's city: `(Thanhuytphcm.vn)`, `(hanoimoi.com.vn)`.
  const head = doc.k.slice(0, Math.min(doc.k.length, 4000));
  const src = /\(([a-z0-9.-]{3,40}\.(?:vn|com|net|org)[a-z.]{0,8})\)/u.exec(head);
  if (src) {
    const s = src[1];
    const city = /hcm|hochiminh|saigon/u.test(s) ? 'Hồ Chí Minh' : /hanoi/u.test(s) ? 'Hà Nội' : /danang/u.test(s) ? 'Đà Nẵng' : /cantho/u.test(s) ? 'Cần Thơ' : /haiphong/u.test(s) ? 'Hải Phòng' : '';
    // First in the list: any province the text itself names before a mention takes precedence.
    if (city) places.unshift({ s: -1, e: -1, level: 'prov', unit: '', name: city, numbered: false, central: true, country: false });
  }
  return places;
}

/** Nearest place of a level before token i, else the first one after it. */
export function contextPlace(places: Place[], level: Level | 'central' | 'province', i: number): Place | null {
  let byLevel = levelCache.get(places);
  if (!byLevel) {
    byLevel = new Map();
    for (const p of places) {
      let list = byLevel.get(p.level);
      if (!list) byLevel.set(p.level, (list = []));
      list.push(p);
      if (p.level === 'prov') {
        const kind = p.central ? 'central' : 'province';
        let c = byLevel.get(kind);
        if (!c) byLevel.set(kind, (c = []));
        c.push(p);
      }
    }
    levelCache.set(places, byLevel);
  }
  const list = byLevel.get(level);
  if (!list || list.length === 0) return null;
  return nearestBefore(list, i);
}

/** The last item starting at or before token i (binary search; `list` is in text order), else the first. */
export function nearestBefore<T extends { s: number }>(list: readonly T[], i: number): T {
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].s <= i) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 ? list[found] : list[0];
}

const levelCache = new WeakMap<Place[], Map<Level | 'central' | 'province', Place[]>>();

function cap1(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Full place name per the naming conventions. */
export function formatPlace(p: Place, party: boolean, places: Place[], at: number): string {
  if (p.level === 'prov') {
    if (p.central) return `Thành phố ${p.name}`;
    if (party) return p.name;
    // A province-level place written as a city is never `tỉnh X`: keep the unit as written.
    return p.unit === 'thành phố' ? `thành phố ${p.name}` : `tỉnh ${p.name}`;
  }
  if (p.numbered) {
    const base = `${cap1(p.unit)} ${p.name}`;
    if (p.level === 'ward') {
      const d = contextPlace(places, 'dist', at);
      if (d) return `${base}, ${formatPlace(d, false, places, at)}`;
    }
    return base;
  }
  if (party && p.level === 'dist') return p.name;
  return `${p.unit || 'quận'} ${p.name}`;
}

// First words of the heads of schools, hospitals, academies and border posts.
const NAMED_INSTITUTIONS = new Set(['trường', 'bệnh', 'học', 'đồn']);

/** Resolved full name of a parsed organisation, or null. */
export function resolveOrg(doc: Doc, org: OrgParse, places: Place[], bodyText: string): string | null {
  const last = org.bodies[org.bodies.length - 1];
  if (org.bodies[0].bare && org.bodies.length === 1 && !org.place) return null;
  const party = last.party;
  let place = org.place;
  if (place && place.name === '') {
    place = contextPlace(places, place.level, org.s);
    if (!place) return null;
  }
  if (!place) {
    if (last.level === 'nat') {
      const first = org.bodies[0];
      // A department of a ministry: `Vụ Bảo hiểm y tế` → `… Bộ Y tế`.
      if (org.bodies.length === 1 && !first.ministry && first.flags.includes('c')) {
        const m = nearestMinistry(doc, org.s);
        return m ? `${bodyText} ${m}` : null;
      }
      // `Trung ương Đảng` is the Party's Central Committee: `Ban Chấp hành Trung ương Đảng`.
      if (org.bodies.length === 1 && first.full) return first.full;
      return bodyText;
    }
    // `Hội Nông dân Việt Nam`: the national body, named in full.
    if (org.country) return bodyText;
    // A school or hospital with a name of its own (`Bệnh viện Chợ Rẫy`, `Trường Cao đẳng Y tế
    // Pleiku`, `Bệnh viện Nhân dân 115`): the name says which; not a generic `Bệnh viện Đa khoa`.
    if (org.bodies.length === 1 && NAMED_INSTITUTIONS.has(doc.key(last.s)) && last.e - last.s >= 3 && (isCap(doc, last.e - 1) || doc.tt[last.e - 1] === T_NUM)) {
      return bodyText;
    }
    if (last.level === 'unit') return null;
    // `Thành ủy`, `Thành đoàn`: the committee of a city; a province named nearby does not say which.
    const head = doc.key(last.s);
    const kind = last.level === 'prov' && head === 'thành' ? 'central' : last.level === 'prov' && head === 'tỉnh' ? 'province' : last.level;
    place = contextPlace(places, kind, org.s);
    if (!place) return null;
  }
  // A district written without its unit word takes the one the body's head names (`Huyện đoàn Cam
  // Lộ` → `huyện Cam Lộ`), not the default `quận`.
  if (place.level === 'dist' && place.unit === '' && !place.numbered) {
    const hk = doc.key(last.s);
    const unit = hk === 'huyện' || hk === 'quận' ? hk : hk === 'thị' ? 'thị xã' : '';
    if (unit !== '') place = { ...place, unit };
  }
  return `${bodyText} ${formatPlace(place, party, places, org.s)}`;
}

let ministryCache: WeakMap<Doc, { s: number; text: string }[]> | undefined;

/** The ministry (`Bộ X`) named nearest before token i (else the first after). */
export function nearestMinistry(doc: Doc, i: number): string | null {
  ministryCache ??= new WeakMap();
  let list = ministryCache.get(doc);
  if (!list) {
    list = [];
    for (let t = 0; t < doc.n; t++) {
      if (doc.key(t) !== 'bộ' || doc.cap[t] === 0 || doc.chrome[t]) continue;
      const b = matchBody(doc, t, false);
      if (b && b.ministry) {
        list.push({ s: t, text: canonicalOf(doc, b.s, b.e) });
        t = b.e - 1;
      }
    }
    ministryCache.set(doc, list);
  }
  if (list.length === 0) return null;
  return nearestBefore(list, i).text;
}

/** Exposed for the officials module. */
export { capRun, sameLine, isCap };
