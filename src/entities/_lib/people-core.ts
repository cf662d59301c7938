/**
 * Internal: officials (title chains, names by shape) and organisation mentions, found in one
 * left-to-right pass so an official's organisation words are also listed as an organisation.
 */
import type { OfficialEntity, OrganisationEntity } from '../types.js';
import { type Doc, T_NUM, T_WORD, keyOf, markCaseLost, tonedLower } from './doc.js';
import { HONORIFICS, STATE_FORMS, type TitleDef, TITLES } from './lexicon.js';
import {
  aliasAt,
  canonicalOf,
  capRun,
  collectPlaces,
  getTables,
  isCap,
  looksLikeName,
  nearestBefore,
  nearestMinistry,
  type OrgParse,
  parseOrg,
  type Place,
  resolveOrg,
  sameLine,
  setTitleStartTest,
  shortNameWord,
  tokenValue,
} from './org-core.js';
import { buildTable, matchAllAt, matchAt, type PhraseEntry, type PhraseTable } from './phrases.js';

let titleTable: PhraseTable<TitleDef> | undefined;
let honorTable: PhraseTable<true> | undefined;
let stateTable: PhraseTable<true> | undefined;

function titles(): PhraseTable<TitleDef> {
  if (!titleTable) {
    // `Quyền Giám đốc` (acting): every title may be written with `Quyền` before it.
    const acting = TITLES.filter((d) => !d.phrase.startsWith('Phó ')).map((d) => [`Quyền ${d.phrase}`, d] as const);
    titleTable = buildTable([...TITLES.map((d) => [d.phrase, d] as const), ...acting]);
    honorTable = buildTable(HONORIFICS.map((h) => [h, true as const] as const));
    stateTable = buildTable(STATE_FORMS.map((f) => [f, true as const] as const));
    setTitleStartTest((doc, i) => isCap(doc, i) && matchAt(doc, i, titleTable as PhraseTable<TitleDef>) !== null);
  }
  return titleTable;
}

/** Every title entry matching at i (all lengths). */
function titleEntriesAt(doc: Doc, i: number): { entry: PhraseEntry<TitleDef>; end: number }[] {
  const table = titles();
  const list = table.get(doc.key(i));
  const out: { entry: PhraseEntry<TitleDef>; end: number }[] = [];
  if (!list) return out;
  outer: for (const entry of list) {
    const len = entry.keys.length;
    if (i + len > doc.n) continue;
    for (let j = 1; j < len; j++) {
      if (!sameLine(doc, i + j - 1, i + j) || doc.key(i + j) !== entry.keys[j]) continue outer;
    }
    out.push({ entry, end: i + len });
  }
  return out;
}

interface TitleParse {
  s: number;
  e: number;
  /** End of the position words (the organisation words follow). */
  h: number;
  def: TitleDef;
  org: OrgParse | null;
  /** The organisation when no mention of it is written: a diplomat's mission (`Đại sứ quán …`). */
  orgName?: string;
  /** The title starts with `nguyên` (former), kept in the title as written. */
  former?: true;
}

const YOUTH_UNION_FULL = 'Đoàn Thanh niên Cộng sản Hồ Chí Minh';
/** Keys of the Youth Union's committees as written (`Thành đoàn`, `Đoàn Thanh niên` + a place). */
const YOUTH_UNION = new Set(
  ['thành đoàn', 'tỉnh đoàn', 'quận đoàn', 'huyện đoàn', 'thị đoàn', 'đoàn thanh niên', 'đoàn tncs hồ chí minh', 'đoàn'].map(keyOf),
);

const CHAIN_ONLY: TitleDef = { phrase: 'Thường trực', org: 'req' };

/**
 * Parses a title phrase (position words + organisation words) at i. `inChain`: inside an
 * appositive chain, where `Thường trực Ban Bí thư` is a title (elsewhere `Thường trực HĐND tỉnh`
 * is a body); a leading `nguyên` (former) is skipped.
 */
function parseTitle(doc: Doc, i: number, inChain = false, personSplit = true): TitleParse | null {
  // A capitalised `Nguyên` is `former` too when it opens a sentence or line (`Nguyên Phó Chủ tịch
  // …`) or stands in a Title Case headline before capitalised position words (`Nguyên Giám Đốc …`);
  // after a capitalised word it may end a name (`Trần Nguyên`).
  const former = i + 1 < doc.n && doc.key(i) === 'nguyên' && doc.cap[i] !== 2 && sameLine(doc, i, i + 1);
  if (former) {
    const t = parseTitle(doc, i + 1, inChain, personSplit);
    if (!t || (doc.cap[i + 1] === 0 && !inChain)) return null;
    if (doc.cap[i] !== 0 && i > 0 && isCap(doc, i - 1) && sameLine(doc, i - 1, i)) {
      let titleCase = t.h - t.s >= 2;
      for (let q = t.s; q < t.h && titleCase; q++) titleCase = isCap(doc, q);
      if (!titleCase) return null;
    }
    return { ...t, s: i, former: true };
  }
  if (i >= doc.n || doc.tt[i] !== T_WORD) return null;
  // Some outlets write titles in lower case after a name (`…, phó chủ tịch UBND quận`): accepted
  // inside a chain when organisation words follow.
  const lower = doc.cap[i] === 0;
  if (lower && !inChain) return null;
  let best: TitleParse | null = null;
  if (inChain && doc.key(i) === 'thường' && i + 2 < doc.n && doc.key(i + 1) === 'trực' && sameLine(doc, i + 1, i + 2)) {
    const org = parseOrg(doc, i + 2, false, personSplit);
    if (org) best = { s: i, e: org.e, h: i + 2, def: CHAIN_ONLY, org };
  }
  for (const { entry, end } of titleEntriesAt(doc, i)) {
    const def = entry.payload;
    if (def.envoy) {
      const env = envoyTitle(doc, i, end);
      if (env && (!best || env.e > best.e)) best = env;
      continue;
    }
    if (def.unit) {
      const u = unitTitle(doc, i, end, def, def.unit);
      if (u && (!best || u.e > best.e)) best = u;
      continue;
    }
    // `Bộ trưởng Ngoại giao Cộng hòa Phần Lan`, `Ngoại trưởng Phần Lan`: a minister named by the
    // department and the country (a place): the organisation is the ministry, no mention is written.
    const minister = def.dept !== undefined || def.implies === 'Bộ' ? ministerTitle(doc, i, end, def, true) : null;
    if (minister) {
      if (!best || minister.e > best.e) best = minister;
      continue;
    }
    // `Phó Tổng Kiểm toán Nhà nước`: the organisation is the end of the title phrase itself.
    if (def.within !== undefined) {
      const inner = parseOrg(doc, i + def.within, false, personSplit);
      if (inner && inner.e >= end && (!best || inner.e > best.e)) best = { s: i, e: inner.e, h: i + def.within, def, org: inner };
      continue;
    }
    let org: OrgParse | null = null;
    // `Phó Giám đốc phụ trách Sở Y tế`: the organisation after `phụ trách` (in charge of).
    const at = end + 1 < doc.n && doc.key(end) === 'phụ' && doc.key(end + 1) === 'trách' && sameLine(doc, end, end + 1) ? end + 2 : end;
    if (def.org !== 'none' && at < doc.n && sameLine(doc, at - 1, at)) {
      org = parseOrg(doc, at, def.org === 'req', personSplit);
    }
    // `Tổng Giám đốc PVN Lê Văn Tâm`: an all-capitals short name between a title and a name is the
    // title's organisation, even when the article never spells it out.
    if (!org && def.org !== 'none' && !lower) org = acronymBeforeName(doc, at);
    if (def.org === 'req' && !org) continue;
    if (lower && !org) continue;
    let e = org ? org.e : end;
    // `Giám đốc Quốc gia WB tại Việt Nam`: the place of the post belongs to the title.
    if (org && def.post) e = postEnd(doc, e);
    if (!best || e > best.e) best = { s: i, e, h: end, def, org };
  }
  return best;
}

/**
 * `Đại sứ Nhật Bản tại Việt Nam`, `Tổng Lãnh sự Hàn Quốc tại TP.HCM`: the position word (at i, ending
 * at `end`), the country sent (a gazetteer country), then `tại` and the host country or city. Not
 * the mission itself (`Đại sứ quán …`, a body).
 */
function envoyTitle(doc: Doc, i: number, end: number): TitleParse | null {
  const T = getTables();
  const def = matchAt(doc, i, titles())?.entry.payload;
  if (!def || (end < doc.n && doc.key(end) === 'quán')) return null;
  let e = end;
  const from = sameLine(doc, e - 1, e) && isCap(doc, e) ? matchAt(doc, e, T.gazetteer) : null;
  if (from && from.entry.payload.country) {
    e = from.end;
    if (e + 1 < doc.n && doc.key(e) === 'tại' && sameLine(doc, e, e + 1) && isCap(doc, e + 1)) {
      const g = matchAt(doc, e + 1, T.gazetteer);
      const host = g && (g.entry.payload.country || g.entry.payload.central) ? g.end : (matchAt(doc, e + 1, T.hcm)?.end ?? -1);
      if (host > 0) e = host;
    }
  }
  const orgName = e > end ? `${def.phrase} quán ${canonicalOf(doc, end, e)}` : undefined;
  return { s: i, e, h: end, def, org: null, orgName };
}

const UNIT_PARENT_REACH = 600;
const parentCache = new WeakMap<Doc, Map<string, number[]>>();

/** Token indices where the capitalised parent head (`Bệnh viện`) starts; one pass per document. */
function parentStarts(doc: Doc, parent: string): number[] {
  let byParent = parentCache.get(doc);
  if (!byParent) parentCache.set(doc, (byParent = new Map()));
  let list = byParent.get(parent);
  if (list) return list;
  list = [];
  const keys = parent.split(' ').map(keyOf);
  for (let q = 0; q + keys.length <= doc.n; q++) {
    if (!isCap(doc, q) || doc.key(q) !== keys[0]) continue;
    let hit = true;
    for (let w = 1; w < keys.length && hit; w++) hit = doc.key(q + w) === keys[w];
    if (hit) list.push(q);
  }
  byParent.set(parent, list);
  return list;
}

/**
 * `Trưởng khoa Nội tim mạch`: the unit's name (a capitalised word, then up to three lower-case
 * words that are no function words) ends the title. No organisation mention is written; the
 * organisation is the unit of the nearest parent body named before (`Khoa Nội tim mạch Bệnh viện
 * X`), looked for at most UNIT_PARENT_REACH tokens back (bounded: linear).
 */
function unitTitle(doc: Doc, i: number, end: number, def: TitleDef, unit: NonNullable<TitleDef['unit']>): TitleParse | null {
  if (!isCap(doc, end) || !sameLine(doc, end - 1, end)) return null;
  const stop = getTables().stop;
  let e = end + 1;
  while (e - end < 4 && e < doc.n && doc.tt[e] === T_WORD && !isCap(doc, e) && sameLine(doc, e - 1, e) && !stop.has(doc.key(e))) e++;
  let parent = '';
  const starts = parentStarts(doc, unit.parent);
  // Nearest start before i (binary search), then earlier ones within reach.
  let lo = 0;
  let hi = starts.length - 1;
  let k = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < i) {
      k = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  for (; k >= 0 && starts[k] >= i - UNIT_PARENT_REACH && parent === ''; k--) {
    const q = starts[k];
    const org = parseOrg(doc, q, false);
    if (org && org.e > q + unit.parent.split(' ').length) parent = canonicalOf(doc, q, org.e);
  }
  return { s: i, e, h: end, def, org: null, orgName: `${unit.word} ${canonicalOf(doc, end, e)}${parent ? ` ${parent}` : ''}` };
}

/** End of `tại` + a country or centrally-run city at e (the place of a post), else e. */
function postEnd(doc: Doc, e: number): number {
  if (e + 1 >= doc.n || doc.key(e) !== 'tại' || !sameLine(doc, e - 1, e) || !sameLine(doc, e, e + 1) || !isCap(doc, e + 1)) return e;
  const T = getTables();
  const g = matchAt(doc, e + 1, T.gazetteer);
  if (g && (g.entry.payload.country || g.entry.payload.central)) return g.end;
  return matchAt(doc, e + 1, T.hcm)?.end ?? e;
}

/**
 * A minister named by the department, without `Bộ` (`Bộ trưởng Ngoại giao`, `Thứ trưởng Quốc
 * phòng`, `Ngoại trưởng`), then optionally a state form and a country (`Cộng hòa Phần Lan`). The
 * organisation is the ministry, with the country when foreign (`Bộ Ngoại giao Phần Lan`). A
 * minister written without a country (`Ngoại trưởng Koskinen`) is of the country named with the
 * nearest such title (`lookup`), else of Việt Nam.
 */
function ministerTitle(doc: Doc, i: number, end: number, def: TitleDef, lookup: boolean): (TitleParse & { country: string }) | null {
  const T = getTables();
  let dept = def.dept;
  let e = end;
  if (dept === undefined) {
    if (e >= doc.n || !sameLine(doc, e - 1, e) || !isCap(doc, e)) return null;
    const d = matchAt(doc, e, T.depts);
    if (!d) return null;
    dept = canonicalOf(doc, e, d.end);
    e = d.end;
  }
  let country = '';
  if (e < doc.n && sameLine(doc, e - 1, e) && isCap(doc, e)) {
    const sf = matchAt(doc, e, stateTable as PhraseTable<true>);
    const c0 = sf && sf.end < doc.n && sameLine(doc, sf.end - 1, sf.end) ? sf.end : e;
    const g = isCap(doc, c0) ? matchAt(doc, c0, T.gazetteer) : null;
    if (g && g.entry.payload.country) {
      e = g.end;
      country = g.entry.payload.foreign ? g.entry.payload.name : '';
    }
  }
  if (!country && e === end && lookup) country = ministerCountry(doc, i, dept);
  const orgName = country ? `Bộ ${dept} ${country}` : `Bộ ${dept}`;
  return { s: i, e, h: end, def, org: null, orgName, country };
}

const ministerCache = new WeakMap<Doc, Map<string, { s: number; country: string }[]>>();

/** Country of the nearest minister of `dept` written with a foreign country (before i, else after), else ''. */
function ministerCountry(doc: Doc, i: number, dept: string): string {
  let byDept = ministerCache.get(doc);
  if (!byDept) {
    byDept = new Map();
    for (let t = 0; t < doc.n; t++) {
      if (!isCap(doc, t)) continue;
      for (const { entry, end } of titleEntriesAt(doc, t)) {
        const def = entry.payload;
        if (def.dept === undefined && def.implies !== 'Bộ') continue;
        const m = ministerTitle(doc, t, end, def, false);
        if (!m || !m.country || m.orgName === undefined) continue;
        const d = m.orgName.slice(3, m.orgName.length - m.country.length - 1);
        let list = byDept.get(d);
        if (!list) byDept.set(d, (list = []));
        list.push({ s: t, country: m.country });
      }
    }
    ministerCache.set(doc, byDept);
  }
  const list = byDept.get(dept);
  if (!list || list.length === 0) return '';
  return nearestBefore(list, i).country;
}

/** A short-name word at j (`PVN`, `Viettel`; not a place or a known abbreviation) with a person's name after it. */
function acronymBeforeName(doc: Doc, j: number): OrgParse | null {
  if (j + 1 >= doc.n || !shortNameWord(doc, j) || doc.cap[j + 1] !== 1 || !sameLine(doc, j - 1, j) || !sameLine(doc, j, j + 1)) return null;
  const T = getTables();
  if (matchAt(doc, j, T.units) || matchAt(doc, j, T.hcm) || matchAt(doc, j, T.gazetteer) || T.abbr.has(doc.key(j))) return null;
  if (parseName(doc, j + 1, false) < 0) return null;
  return { s: j, e: j + 1, bodies: [{ s: j, e: j + 1, level: 'nat', flags: 'k', party: false, ministry: false, host: true }], place: null };
}

/** Parses a personal name at i (capitalised syllables). */
function parseName(doc: Doc, i: number, honorific: boolean): number {
  if (!isCap(doc, i)) return -1;
  const T = getTables();
  let run = capRun(doc, i, 5);
  // A title, body or place word ends the name; so does a verb in a Title Case headline
  // (`Bí Thư Quận Ủy Đặng Quốc Toàn Trao Giấy Khen`).
  // A rank of two words ends it too (`Theo Đại tá Hồ Văn Lực`: `Đại` is also a given name).
  for (let k = 1; k < run; k++) {
    if (matchAt(doc, i + k, titles()) || matchAt(doc, i + k, T.bodies) || matchAt(doc, i + k, T.units) || headlineVerb(doc, i + k) || rankAt(doc, i + k) || formerAt(doc, i + k)) {
      run = k;
      break;
    }
  }
  if (run === 0) return -1;
  if (matchAt(doc, i, titles()) || matchAt(doc, i, T.heads) || (matchAt(doc, i, T.bodies) && !surnameFirst(doc, i, run, honorific))) return -1;
  if (matchAt(doc, i, T.hcm) || matchAt(doc, i, T.gazetteer)) return -1;
  // A short name the article defined (`TTYT Đức Trọng`) is a body, not a person.
  if (aliasAt(doc, i)) return -1;
  if (looksLikeName(doc, i, run)) return hyphenEnd(doc, i + run);
  if (honorific && run >= 1 && run <= 5 && doc.cap[i] === 1) return hyphenEnd(doc, i + run);
  if (run >= 2 && run <= 4 && T.middles.has(doc.key(i + 1))) return i + run;
  return -1;
}

/**
 * A foreign given name joined by a hyphen with no spaces (`Kim Jae-won`, `Lee Min-ho`): the
 * lower-case syllable after the hyphen belongs to the name ending at e (at most two joins).
 */
function hyphenEnd(doc: Doc, e: number): number {
  for (let k = 0; k < 2; k++) {
    if (e + 1 >= doc.n || doc.key(e) !== '-' || doc.tt[e + 1] !== T_WORD || doc.cap[e + 1] !== 0) break;
    if (doc.ts[e] !== doc.te[e - 1] || doc.ts[e + 1] !== doc.te[e]) break;
    e += 2;
  }
  return e;
}

/** `Nguyên` opening a former title in a Title Case headline (`… Tuyên Phạt Nguyên Giám Đốc …`). */
function formerAt(doc: Doc, j: number): boolean {
  return doc.key(j) === 'nguyên' && doc.cap[j] === 1 && parseTitle(doc, j) !== null;
}

/** A rank or degree of two or more words at j (`Đại tá`, `Thượng tá`, `Tiến sĩ`). */
function rankAt(doc: Doc, j: number): boolean {
  const r = matchAt(doc, j, honorTable as PhraseTable<true>);
  return r !== null && r.end - j >= 2;
}

/**
 * A one-word body that is also a surname (`Đoàn`) starts a name when a name follows it: after
 * `ông`/`bà`/`đồng chí` any capitalised syllable, elsewhere a typical middle syllable
 * (`Đoàn Văn Lực, Cục trưởng …`). Longer bodies (`Đoàn Thanh niên`) never do.
 */
function surnameFirst(doc: Doc, i: number, run: number, honorific: boolean): boolean {
  const T = getTables();
  const body = matchAt(doc, i, T.bodies);
  if (!body || body.end !== i + 1 || run < 2 || !T.surnames.has(doc.key(i))) return false;
  return honorific || T.middles.has(doc.key(i + 1));
}

// Verbs and function words that are not given names: they end a name run.
const NAME_END = new Set(
  ['trao', 'tặng', 'phát', 'chủ', 'tham', 'kiểm', 'triển', 'thực', 'cho', 'đã', 'sẽ', 'đang', 'là', 'có', 'được', 'và', 'với', 'của', 'tại', 'trong', 'về', 'để', 'nhấn', 'yêu', 'biểu', 'khen', 'báo', 'chỉ', 'giao', 'họp', 'ký', 'nhận', 'làm', 'đi', 'vừa', 'cũng', 'đến', 'từ', 'theo', 'khi', 'phải', 'không', 'chưa', 'ra', 'vào', 'lên', 'xuống', 'rằng', 'nên', 'bị', 'do', 'tiếp', 'đề', 'phối', 'quyết', 'dự', 'gặp', 'thăm', 'chúc', 'gửi', 'nêu', 'kêu', 'ghi', 'đánh', 'khẳng', 'cảm', 'trả', 'chia', 'động', 'viên', 'làm', 'việc', 'kiến', 'chất', 'vấn', 'trực', 'tuyên', 'bế', 'khai', 'mạc', 'tái', 'đắc', 'cử', 'giữ', 'chức'].map(keyOf),
);
/**
 * A capitalised verb or function word at j (`Trao`, `Phát`, `Nên`) ends a name only in a Title
 * Case headline, where the words after it are capitalised too: the next two
 * (`Đặng Quốc Toàn Trao Giấy Khen`), or the next one when it is such a word as well
 * (`… Nguyễn Văn An Phát Biểu` at the end of the line). In running text many of them are given
 * names, as the middle or last syllable (`Nguyễn Văn Nên phát biểu`, `ông Nguyễn Tấn Phát, Chủ
 * tịch …`, `Trần Đắc Lợi`), since a verb there is written in lower case.
 */
function headlineVerb(doc: Doc, j: number): boolean {
  if (!NAME_END.has(doc.key(j)) || !isCap(doc, j + 1) || !sameLine(doc, j, j + 1)) return false;
  return NAME_END.has(doc.key(j + 1)) || (isCap(doc, j + 2) && sameLine(doc, j + 1, j + 2));
}
const BARE_MINISTRY_NEXT = new Set(['đang', 'đã', 'sẽ', 'cũng', 'vừa', 'đề', 'yêu', 'cho', 'có', 'là', 'tiếp', 'chủ', 'phối', 'ban', 'hướng', 'chỉ', 'khẳng', 'nhấn', 'kiến', 'đánh', 'thông', 'công']);
// `một` (a, one): any holder of the title, not a specific person (`một Ngoại trưởng Phần Lan`).
const PLURAL_BEFORE = new Set(['các', 'những', 'nhiều', 'mọi', 'hai', 'ba', 'bốn', 'năm', 'một số', 'cùng', 'vị', 'gồm', 'toàn', 'một']);

/**
 * Where a name may start after a title phrase ending at j: right there, after an acronym of the
 * organisation (`Tập đoàn Điện lực Việt Nam (EVN) Đặng Hoàng An`), or after an honorific, rank or
 * degree, optionally behind a comma (`Thứ trưởng Bộ Công an, Thượng tướng Lương Tam Quang`,
 * `Chủ tịch UBND tỉnh, ông Trần Văn Mười`). The flag says an honorific was seen.
 */
function nameStartAfterTitle(doc: Doc, j: number, honors: PhraseTable<true>): [number, boolean] {
  let q = j;
  if (q + 2 < doc.n && doc.key(q) === '(' && doc.cap[q + 1] === 2 && doc.key(q + 2) === ')' && sameLine(doc, q, q + 2)) q += 3;
  const c = q < doc.n && doc.key(q) === ',' && sameLine(doc, q - 1, q) ? q + 1 : q;
  const r = c < doc.n && sameLine(doc, c - 1, c) ? matchAt(doc, c, honors) : null;
  if (r && r.end < doc.n && isCap(doc, r.end) && sameLine(doc, r.end - 1, r.end)) return [r.end, true];
  return [q, false];
}

/** Separator opening an appositive title after a name: `,` `-` `–` `(` or `kiêm`. */
function chainSep(doc: Doc, j: number): number {
  if (j >= doc.n || !sameLine(doc, j - 1, j)) return -1;
  const k = doc.key(j);
  if (k === ',' || k === '-' || k === '–' || k === '(' || k === 'kiêm') return j + 1;
  return -1;
}

export interface PeopleResult {
  officials: OfficialEntity[];
  organisations: OrganisationEntity[];
}

/**
 * True when keyOf(s) maps s code unit for code unit (so keyOf of a prefix is a prefix of keyOf(s)):
 * only Latin (U+0020–U+02FF, no combining marks, no `İ` whose lower case is two units, no soft
 * hyphen, which keyOf drops) and Latin Extended Additional (U+1E00–U+1EFF, the toned vowels).
 */
function positionalKey(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c <= 0x2ff) {
      if (c === 0x130 || c === 0xad) return false;
    } else if (c < 0x1e00 || c > 0x1eff) return false;
  }
  return true;
}

/** Scans the document for officials and organisations. */
export function findPeople(doc: Doc, want: { officials: boolean; organisations: boolean }): PeopleResult {
  titles();
  const officials: OfficialEntity[] = [];
  const organisations: OrganisationEntity[] = [];
  if (doc.n === 0) return { officials, organisations };
  // TCVN3 text loses the case of toned capitals; with no toned capital at all, a body of the
  // lexicon written in lower case right after a capitalised title (`Phó Chủ tịch ủy ban nhân dân
  // tỉnh`) shows it, even when no sentence starts with such a word (doc.ts looks for that).
  if (!doc.tonedCapital && !doc.caseLost && bodyLostCase(doc)) markCaseLost(doc);
  const places = collectPlaces(doc);
  const honors = honorTable as PhraseTable<true>;

  // Short forms of bodies named in full before (`Ban Chỉ huy`, a bare `Sở`): word prefix of an earlier
  // canonical name → that body's full name. Each mention registers at most 12 prefixes (linear).
  const shortForms = new Map<string, string>();
  const remember = (canonical: string, resolved: string | null): void => {
    const value = resolved ?? canonical;
    // For plain Latin/Vietnamese text the key is position for position, so each prefix's key is a
    // prefix of the whole name's key (one keyOf instead of one per prefix).
    const whole = positionalKey(canonical) ? keyOf(canonical) : null;
    // Prefixes end before each space (whole words), at most 12.
    let sp = canonical.indexOf(' ');
    for (let w = 0; sp !== -1 && w < 12; w++) {
      shortForms.set(whole !== null ? whole.slice(0, sp) : keyOf(canonical.slice(0, sp)), value);
      sp = canonical.indexOf(' ', sp + 1);
    }
  };
  const orgInfo = (org: OrgParse): { canonical: string; resolved: string | null } => {
    const canonical = canonicalOf(doc, org.s, org.e);
    const bodyEnd = org.place ? org.place.s : org.e;
    const bodyText = canonicalOf(doc, org.s, bodyEnd);
    // A company's name is its full name, place words included (`Công ty … Quảng Trị`).
    let resolved = org.bodies[0].flags.includes('k') ? canonical : resolveOrg(doc, org, places, bodyText);
    if (resolved === null && !org.place && org.bodies.length === 1) resolved = shortForms.get(keyOf(canonical)) ?? null;
    // A short name the article defined (`EVN`) is the body named in full; a bare company after a
    // body (`Đảng ủy Tổng công ty`, `Hội đồng thành viên EVN`) stands for the company named before.
    const last = org.bodies[org.bodies.length - 1];
    if (!org.place && (last.alias || (last.bare && org.bodies.length > 1))) {
      const full = last.alias ? referent(last.alias) : shortForms.get(keyOf(canonicalOf(doc, last.s, last.e)));
      if (full) resolved = org.bodies.length > 1 ? `${canonicalOf(doc, org.s, last.s)} ${full}` : full;
    }
    // A Youth Union committee is the Union of its place, by its full name (`Quận đoàn quận X`,
    // `Ban Thường vụ Thành đoàn …` → `… Đoàn Thanh niên Cộng sản Hồ Chí Minh …`).
    if (resolved !== null) {
      for (const part of org.bodies) {
        if (part.bare || part.alias || !YOUTH_UNION.has(doc.k.slice(doc.ts[part.s], doc.te[part.e - 1]))) continue;
        const written = canonicalOf(doc, part.s, part.e);
        const at = resolved.indexOf(written);
        if (at >= 0 && written !== YOUTH_UNION_FULL) resolved = `${resolved.slice(0, at)}${YOUTH_UNION_FULL}${resolved.slice(at + written.length)}`;
      }
    }
    return { canonical, resolved };
  };
  /** Full name of the body a defined short name stands for. */
  const referent = (full: OrgParse): string => {
    const info = orgInfo(full);
    return info.resolved ?? info.canonical;
  };
  const pushOrg = (whole: OrgParse): void => {
    // `Trưởng ban Dân vận Thành ủy TP.HCM`: a mention starts with a capital (corpus/README.md), so
    // a body written in lower case inside a title is not one; the capitalised parent is.
    let org = whole;
    if (doc.cap[org.s] === 0) {
      const b = org.bodies.findIndex((part, k) => k > 0 && doc.cap[part.s] !== 0);
      if (b < 0) return;
      org = { ...org, s: org.bodies[b].s, bodies: org.bodies.slice(b) };
    }
    const info = orgInfo(org);
    remember(info.canonical, info.resolved);
    // The company inside `Đảng ủy Tổng công ty X` is named in full too (for a later bare `Tổng công ty`).
    for (let b = 1; b < org.bodies.length; b++) {
      const part = org.bodies[b];
      if (part.host && !part.bare) remember(canonicalOf(doc, part.s, org.e), null);
    }
    // Kept even when only officials are wanted: the rules after the pass that resolve a body from
    // its neighbour (`Cục X (Bộ Y)`) also correct the officials' organisations.
    const sp = doc.span(doc.ts[org.s], doc.te[org.e - 1]);
    organisations.push({ kind: 'organisation', text: sp.text, start: sp.start, end: sp.end, ...info });
    parsed.push(org);
  };
  const parsed: OrgParse[] = [];
  // Organisation of the last ministry title written with one, by title (`Người phát ngôn` → `Bộ Ngoại giao`).
  const ministryTitles = new Map<string, string>();
  const ministryByName = new Map<string, string>();
  /** Value text of tokens [s, e): NFC, single spaces, capitals restored where TCVN3 lost them. */
  const wtext = (s: number, e: number): string => {
    let out = '';
    for (let t = s; t < e; t++) {
      if (t > s && doc.te[t - 1] < doc.ts[t]) out += ' ';
      out += tokenValue(doc, t);
    }
    return out;
  };

  /** Title as written; position words written in lower case get their usual capitals. */
  const titleText = (t: TitleParse): string => {
    if (t.former) return `${wtext(t.s, t.s + 1)} ${titleText({ ...t, s: t.s + 1, former: undefined })}`;
    if (doc.cap[t.s] !== 0) return wtext(t.s, t.e);
    // Only the position words come from the lexicon (`phó tổng Thanh tra …` → `Phó Tổng Thanh tra …`).
    const pos = t.def.within === undefined ? t.def.phrase : t.def.phrase.split(' ').slice(0, t.def.within).join(' ');
    return t.h < t.e ? `${pos} ${wtext(t.h, t.e)}` : pos;
  };

  const emit = (s: number, e: number, name: [number, number] | null, chain: TitleParse[]): void => {
    for (const t of chain) if (t.org) pushOrg(t.org);
    if (!want.officials) return;
    const main = chain[chain.length - 1];
    let organisation: string | null = null;
    if (main.org) {
      const info = orgInfo(main.org);
      organisation = info.resolved ?? info.canonical;
      // `Giám đốc Trung tâm Nano, Đại học Quốc gia Hà Nội`: the chain ends at the comma, the centre
      // belongs to the university written after it.
      const u = info.resolved === null ? universityAfter(doc, main.org) : -1;
      const uni = u >= 0 ? parseOrg(doc, u, false, false) : null;
      if (uni) organisation = `${info.canonical} ${orgInfo(uni).resolved ?? canonicalOf(doc, uni.s, uni.e)}`;
    } else if (main.orgName) {
      organisation = main.orgName;
    } else if (main.def.implies === 'Bộ') {
      // A bare `Thứ trưởng X` is of the ministry named with X before; a bare `Người phát ngôn` is the
      // one named with a ministry before; else the ministry the article names nearest.
      const nameText = name ? wtext(name[0], name[1]) : '';
      organisation = (nameText ? ministryByName.get(nameText) : ministryTitles.get(main.def.phrase)) ?? ministryNear(doc, s, places);
    }
    // Only a ministry written out counts (not a foreign minister's `Bộ Ngoại giao Phần Lan`).
    if (main.def.implies === 'Bộ' && main.org && organisation) {
      ministryTitles.set(main.def.phrase, organisation);
      if (name) ministryByName.set(wtext(name[0], name[1]), organisation);
    }
    // `ông A (Chủ tịch UBND xã)`: the closing parenthesis of an opened one belongs to the span.
    let open = 0;
    for (let t = s; t < e; t++) open += doc.key(t) === '(' ? 1 : doc.key(t) === ')' ? -1 : 0;
    if (open > 0 && e < doc.n && doc.key(e) === ')' && sameLine(doc, e - 1, e)) e++;
    const sp = doc.span(doc.ts[s], doc.te[e - 1]);
    officials.push({
      kind: 'official',
      text: sp.text,
      start: sp.start,
      end: sp.end,
      name: name ? wtext(name[0], name[1]) : null,
      title: titleText(main),
      organisation,
      titles: chain.map(titleText),
    });
  };

  /** Title chain `T1, T2 kiêm T3` starting at j. */
  const chainFrom = (j: number): TitleParse[] => {
    const chain: TitleParse[] = [];
    const first = parseTitle(doc, j);
    if (!first) return chain;
    chain.push(first);
    let at = first.e;
    for (let guard = 0; guard < 6; guard++) {
      const nx = chainSep(doc, at);
      if (nx < 0 || doc.key(at) === '(' || doc.key(at) === '-' || doc.key(at) === '–') break;
      const t = parseTitle(doc, nx, true);
      if (!t) break;
      chain.push(t);
      at = t.e;
    }
    return chain;
  };

  /**
   * True when a title at `at` is followed by a person's name: the next official of a list
   * (`Thủ tướng A, Chủ tịch Quốc hội B`), not one more title of the name before it.
   */
  const startsOfficial = (at: number, read: TitleParse): boolean => {
    // Only worth a second parse when a name can follow: a capital or `(` right after the title as
    // read in the chain, or a place of several words that may have swallowed a name.
    const e = read.e;
    const place = read.org?.place;
    if (!isCap(doc, e) && !(e < doc.n && doc.key(e) === '(') && !(place && place.e - place.s >= 3)) return false;
    const t = parseTitle(doc, at, true);
    if (!t) return false;
    const [nameAt, ranked] = nameStartAfterTitle(doc, t.e, honors);
    return nameAt < doc.n && sameLine(doc, nameAt - 1, nameAt) && parseName(doc, nameAt, ranked || t.orgName !== undefined) > 0;
  };

  /** Appositive chain after a name: `, T1, T2`, ` - T1`, ` (T1)`. */
  const appositive = (j: number): TitleParse[] => {
    const nx = chainSep(doc, j);
    if (nx < 0) return [];
    const chain: TitleParse[] = [];
    const first = parseTitle(doc, nx, true, false);
    if (!first || startsOfficial(nx, first)) return chain;
    chain.push(first);
    let at = first.e;
    for (let guard = 0; guard < 6; guard++) {
      if (at >= doc.n || !(doc.key(at) === ',' || doc.key(at) === 'kiêm') || !sameLine(doc, at - 1, at)) break;
      const t = parseTitle(doc, at + 1, true, false);
      if (!t || startsOfficial(at + 1, t)) break;
      chain.push(t);
      at = t.e;
    }
    return chain;
  };

  let i = 0;
  while (i < doc.n) {
    if (doc.tt[i] !== T_WORD || doc.chrome[i]) {
      i++;
      continue;
    }
    // 1. Honorific: `đồng chí Nguyễn Văn A, Bí thư …`, `ông … - Chủ tịch …`, `đồng chí Bí thư …`.
    const h = matchAt(doc, i, honors);
    if (h && h.end < doc.n && sameLine(doc, h.end - 1, h.end)) {
      const before = chainFrom(h.end);
      if (before.length > 0) {
        const last = before[before.length - 1].e;
        const ne = parseName(doc, last, true);
        if (ne > 0 && sameLine(doc, last - 1, last)) {
          const after = appositive(ne);
          const chain = before.concat(after);
          emit(i, after.length ? after[after.length - 1].e : ne, [last, ne], chain);
          i = after.length ? after[after.length - 1].e : ne;
        } else {
          emit(i, last, null, before);
          i = last;
        }
        continue;
      }
      const ne = parseName(doc, h.end, true);
      if (ne > 0) {
        const after = appositive(ne);
        if (after.length > 0) {
          emit(i, after[after.length - 1].e, [h.end, ne], after);
          i = after[after.length - 1].e;
        } else i = ne;
        continue;
      }
    }
    // 2. Title chain, then an optional name: `Ủy viên …, Bí thư Quận ủy Quận 10 Đặng Quốc Toàn`.
    const chain = chainFrom(i);
    if (chain.length > 0) {
      const last = chain[chain.length - 1].e;
      const [nameAt, ranked] = nameStartAfterTitle(doc, last, honors);
      // `các Phó Chủ tịch UBND tỉnh, ông A và bà B`: a plural title does not belong to the first name.
      const pluralTitle = i > 0 && doc.tt[i - 1] === T_WORD && PLURAL_BEFORE.has(doc.key(i - 1));
      // A diplomat's name may be foreign (`Đại sứ Nhật Bản tại Việt Nam Sato Kenji`): any capitalised run.
      const foreign = chain[chain.length - 1].orgName !== undefined;
      const ne = nameAt < doc.n && sameLine(doc, nameAt - 1, nameAt) && !(pluralTitle && nameAt !== last) ? parseName(doc, nameAt, ranked || foreign) : -1;
      if (ne > 0) {
        const after = appositive(ne);
        const all = chain.concat(after);
        const end = after.length ? after[after.length - 1].e : ne;
        emit(i, end, [nameAt, ne], all);
        i = end;
        continue;
      }
      const main = chain[chain.length - 1];
      const prev = i > 0 && doc.tt[i - 1] === T_WORD ? doc.key(i - 1) : '';
      const prev2 = i > 1 && doc.tt[i - 2] === T_WORD ? `${doc.key(i - 2)} ${prev}` : '';
      const nextKey = last < doc.n && doc.tt[last] === T_WORD ? doc.key(last) : '';
      // `Chủ tịch UBND phường, xã`: a list of unit types, so any ward's chairman.
      const unitList =
        main.org?.place?.name === '' && last + 1 < doc.n && (nextKey === 'và' || nextKey === 'hoặc' || doc.key(last) === ',') &&
        matchAt(doc, last + 1, getTables().units) !== null && doc.cap[last + 1] === 0;
      const generic = nextKey === 'các' || nextKey === 'những' || unitList;
      const counted = i > 0 && doc.tt[i - 1] === T_NUM;
      const specific =
        !PLURAL_BEFORE.has(prev) &&
        !PLURAL_BEFORE.has(prev2) &&
        !generic &&
        !counted &&
        (main.org !== null || main.orgName !== undefined || main.def.unique === true || chain.length > 1);
      if (specific) emit(i, last, null, chain);
      else if (!generic) for (const t of chain) if (t.org) pushOrg(t.org);
      i = last;
      continue;
    }
    // 3. Name then appositive title: `Nguyễn Văn A, Giám đốc Sở Y tế`.
    if (isCap(doc, i)) {
      const ne = parseName(doc, i, false);
      if (ne > 0) {
        const after = appositive(ne);
        if (after.length > 0) {
          emit(i, after[after.length - 1].e, [i, ne], after);
          i = after[after.length - 1].e;
          continue;
        }
        i = ne;
        continue;
      }
      // 4. An organisation on its own.
      const org = parseOrg(doc, i, false, false);
      if (org) {
        const prev = i > 0 && doc.tt[i - 1] === T_WORD ? doc.key(i - 1) : '';
        const next = org.e < doc.n && doc.tt[org.e] === T_WORD ? doc.key(org.e) : '';
        // `UBND 16 phường`: a count of bodies, not one body.
        const counted = org.e + 1 < doc.n && doc.tt[org.e] === T_NUM && matchAt(doc, org.e + 1, getTables().units) !== null;
        // `Nhà Quốc hội`, `tòa nhà UBND`: a building named after the body.
        const building = prev === 'nhà' && doc.te[i - 1] < doc.ts[i];
        const plural =
          // `gồm` opens a list whose members are single bodies (`gồm Công ty A, Công ty B`).
          (PLURAL_BEFORE.has(prev) && prev !== 'gồm' && !org.place && org.bodies.length === 1) || next === 'các' || next === 'những' || counted ||
          building || countedBefore(doc, i) || levelWide(doc, org.e);
        if (!plural) pushOrg(org);
        i = org.e;
        continue;
      }
      // A bare `Bộ` for the ministry the article is about: `Bộ đang phối hợp …`.
      if (doc.key(i) === 'bộ' && want.organisations && i + 1 < doc.n && sameLine(doc, i, i + 1)) {
        const nk = doc.key(i + 1);
        const nextOk = doc.tt[i + 1] === T_WORD ? doc.cap[i + 1] === 0 && BARE_MINISTRY_NEXT.has(nk) : nk === ',' || nk === '.' || nk === ';';
        const m = nextOk ? nearestMinistry(doc, i) : null;
        if (m) {
          const sp = doc.span(doc.ts[i], doc.te[i]);
          organisations.push({ kind: 'organisation', text: sp.text, start: sp.start, end: sp.end, canonical: 'Bộ', resolved: m });
          // Keeps `parsed` aligned with `organisations` for the pass below.
          parsed.push({ s: i, e: i + 1, bodies: [{ s: i, e: i + 1, level: 'nat', flags: '', party: false, ministry: true }], place: null });
          i++;
          continue;
        }
      }
    }
    i++;
  }
  // `HĐND và UBND tỉnh`, `HĐND-UBND tỉnh`: the first body shares the place written after the second.
  for (let a = 0; a + 1 < parsed.length; a++) {
    const x = parsed[a];
    const y = parsed[a + 1];
    // `Đảng ủy, Bộ Tư lệnh Quân khu 9`: a numbered military unit is the parent both share.
    const unit = y.bodies.length > 1 && !y.place ? y.bodies[y.bodies.length - 1] : null;
    const sharedUnit = unit !== null && unit.flags.includes('#') ? unit : null;
    // `Trung tâm Nano, Đại học Quốc gia Hà Nội`: a centre of the university written after the comma.
    if (organisations[a].resolved === null && universityAfter(doc, x) === y.s) {
      organisations[a].resolved = `${organisations[a].canonical} ${organisations[a + 1].resolved ?? organisations[a + 1].canonical}`;
      continue;
    }
    // `Bộ Công an (Cơ quan Cảnh sát điều tra)`: a department in parentheses after its parent belongs to it.
    const inParens = y.s === x.e + 1 && doc.key(x.e) === '(' && !y.place && y.bodies.length === 1 && y.bodies[0].flags.includes('c');
    if (inParens && organisations[a + 1].resolved === null) {
      organisations[a + 1].resolved = `${organisations[a + 1].canonical} ${organisations[a].resolved ?? organisations[a].canonical}`;
      continue;
    }
    // `Cục Thống kê (Bộ Tài chính)`: a parent in parentheses after a department resolves it, and
    // the department's later mentions written without a parent or place with it.
    const parentInParens =
      y.s === x.e + 1 && doc.key(x.e) === '(' && y.e < doc.n && doc.key(y.e) === ')' && !x.place && x.bodies.length === 1 &&
      x.bodies[0].flags.includes('c') && !x.bodies[0].bare && y.bodies[0].flags.includes('p');
    if (parentInParens) {
      const old = organisations[a].resolved;
      const full = `${organisations[a].canonical} ${organisations[a + 1].resolved ?? organisations[a + 1].canonical}`;
      for (let b = a; b < parsed.length; b++) {
        const z = parsed[b];
        if (b > a && (organisations[b].canonical !== organisations[a].canonical || z.place || z.bodies.length !== 1)) continue;
        if (organisations[b].resolved !== old) continue;
        organisations[b].resolved = full;
        for (const o of officials) if (o.start <= organisations[b].start && organisations[b].end <= o.end && o.organisation === old) o.organisation = full;
      }
      continue;
    }
    if (x.place || !(y.place || sharedUnit) || y.s - x.e !== 1 || organisations[a].resolved !== null) continue;
    const c = doc.key(x.e);
    if (c !== 'và' && c !== '-' && c !== '–' && c !== ',') continue;
    if (x.bodies[x.bodies.length - 1].level !== 'unit') continue;
    const bodyText = canonicalOf(doc, x.s, x.e);
    organisations[a].resolved = sharedUnit
      ? `${bodyText} ${canonicalOf(doc, sharedUnit.s, y.e)}`
      : resolveOrg(doc, { ...x, place: y.place }, places, bodyText);
  }
  organisations.sort((a, b) => a.start - b.start);
  return { officials, organisations: want.organisations ? organisations : [] };
}

/** A capitalised title followed by a lexicon body whose first word is a lower-case toned one (`ủy ban …`). */
function bodyLostCase(doc: Doc): boolean {
  const T = getTables();
  for (let i = 0; i < doc.n; i++) {
    if (!isCap(doc, i)) continue;
    for (const { entry, end } of titleEntriesAt(doc, i)) {
      if (entry.payload.org === 'none' || end >= doc.n || doc.cap[end] !== 0 || !tonedLower(doc, end) || !sameLine(doc, end - 1, end)) continue;
      if (matchAt(doc, end, T.bodies)) return true;
      for (const h of matchAllAt(doc, end, T.heads)) if (isCap(doc, h.end) && sameLine(doc, h.end - 1, h.end)) return true;
    }
  }
  return false;
}

/** Start of `, Đại học …` right after a department-style body with no place (its parent), else -1. */
function universityAfter(doc: Doc, x: OrgParse): number {
  const u = x.e + 1;
  if (x.place || u >= doc.n || doc.key(x.e) !== ',' || !sameLine(doc, x.e, u) || !x.bodies[x.bodies.length - 1].flags.includes('c')) return -1;
  if (doc.key(u) !== 'đại' || doc.cap[u] !== 1 || u + 1 >= doc.n || doc.key(u + 1) !== 'học') return -1;
  return u;
}

// Words before a number that make it a date, an ordinal or a unit's number, not a count.
// (Ordinals `thứ 10`, times `8 giờ`, sections `Điều 5`, numbered places `tổ 5`, `đường 30`, `Phòng 301`.)
const NOT_COUNT = new Set(
  ['ngày', 'tháng', 'năm', 'quý', 'số', 'lần', 'khóa', 'kỳ', 'đợt', 'giai', 'đoạn', 'nhiệm', 'thứ', 'giờ', 'lúc', 'phút', 'điều',
    'khoản', 'mục', 'chương', 'tổ', 'phòng', 'km', 'lộ', 'tuyến', 'đường', 'hẻm', 'kiệt', 'ngõ', 'ngách', 'khu', 'lô', 'tầng', 'lớp',
    'nhóm', 'đội', 'cụm', 'phiên', 'trình', 'án', 'hiệu', 'mã', 'h'].map(keyOf),
);

/**
 * `312 Ban Chỉ huy quân sự`, `45 Hội Nông dân`: a count of 1–3 digits right before the body
 * (not part of a date `20/11`, a decimal, or a unit's number such as `Quận 10`, `ngày 5`).
 */
function countedBefore(doc: Doc, i: number): boolean {
  const c = i - 1;
  if (c < 0 || doc.tt[c] !== T_NUM || doc.te[c] - doc.ts[c] > 3 || doc.te[c] === doc.ts[i]) return false;
  if (c === 0) return true;
  const p = c - 1;
  if (doc.te[p] === doc.ts[c] || !sameLine(doc, p, c)) return doc.te[p] !== doc.ts[c];
  if (doc.tt[p] !== T_WORD) return true;
  return !NOT_COUNT.has(doc.key(p)) && matchAt(doc, p, getTables().units) === null && !(p > 0 && matchAt(doc, p - 1, getTables().units)?.end === c);
}

/** `… cấp xã`, `… cấp huyện`: the body at every unit of a level, not one body. */
function levelWide(doc: Doc, e: number): boolean {
  return e + 1 < doc.n && doc.key(e) === 'cấp' && doc.cap[e] === 0 && sameLine(doc, e, e + 1) && matchAt(doc, e + 1, getTables().units) !== null;
}

/** The ministry the article is about, for `Thứ trưởng` without organisation words. */
function ministryNear(doc: Doc, s: number, _places: Place[]): string | null {
  return nearestMinistry(doc, s);
}
