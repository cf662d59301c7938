// Fills `start`/`end` of every gold entity in corpus/*.gold.json and rewrites every quoted string
// (entity `text`, title, dateline, source, lead, author, captions, boilerplate, summary) to the
// article's own code units, so gold typed in NFC works for NFD and legacy-encoded articles.
//
//   npx tsx scripts/fill-gold-offsets.ts [corpus/NNN-slug.gold.json ...]   (default: all)
//
// Rules (see corpus/README.md): entities of one type are searched in list order, each after the
// end of the previous entity of that type, at word boundaries, comparing NFC + lowercase (so `Ủy`
// in the gold finds `ủy` in a TCVN3 article and NFC text finds NFD text; case is only folded for
// legacy encodings). An entity may pin its
// place with `"occurrence": n` (1-based, counted from the start of the article) or with a `start`
// given without `end`. An already filled `start` is kept when the text is still there and the
// order holds. Any text that is not found is an error: the file is not written and the exit code
// is 1. Legacy articles are skipped with a warning while `decodeLegacy` is not available.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as normalizeModule from '../src/normalize/index.js';

export const ENTITY_TYPES = ['dates', 'percentages', 'officials', 'organisations'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];
export type Encoding = 'utf8' | 'tcvn3' | 'vni';

export interface GoldEntity {
  text: string;
  start?: number;
  end?: number;
  occurrence?: number;
  [key: string]: unknown;
}

export interface Gold {
  encoding: Encoding;
  article: {
    title: string;
    dateline: string | null;
    source: string | null;
    lead: string;
    author: string | null;
    captions: string[];
    boilerplate: string[];
  };
  summary: string[];
  entities: Record<EntityType, GoldEntity[]>;
}

type Decoder = (text: string, encoding: 'tcvn3' | 'vni') => string;

/** The legacy decoder from src/normalize, or null while it has not landed. */
export function getDecoder(): Decoder | null {
  const fn = (normalizeModule as Record<string, unknown>).decodeLegacy;
  return typeof fn === 'function' ? (fn as Decoder) : null;
}

/** Path of the article that belongs to a gold file. */
export function articlePathFor(goldPath: string): string {
  if (!goldPath.endsWith('.gold.json')) throw new Error(`not a gold file: ${goldPath}`);
  return goldPath.slice(0, -'.gold.json'.length) + '.txt';
}

/**
 * The article text the gold offsets refer to: UTF-8 as stored, or the legacy bytes decoded with
 * `decodeLegacy`. Returns null for a legacy article while no decoder is available.
 */
export function loadArticle(goldPath: string, encoding: Encoding): string | null {
  const path = articlePathFor(goldPath);
  if (encoding === 'utf8') return readFileSync(path, 'utf8');
  const decode = getDecoder();
  if (decode === null) return null;
  return decode(readFileSync(path, 'latin1'), encoding);
}

/** The article fields a gold file records, as texts. */
export type ArticleTexts = Gold['article'];

/**
 * parseArticle's result in the gold file's shape (texts only), so the two compare field by field.
 * Typed structurally, so this script does not depend on src/summarize.
 */
export function articleTexts(a: {
  title: { text: string } | null;
  dateline: { text: string } | null;
  source: { text: string } | null;
  lead: { text: string } | null;
  author: { text: string } | null;
  captions: readonly { text: string }[];
  boilerplate: readonly { text: string }[];
}): Omit<ArticleTexts, 'title' | 'lead'> & { title: string | null; lead: string | null } {
  return {
    title: a.title?.text ?? null,
    dateline: a.dateline?.text ?? null,
    source: a.source?.text ?? null,
    lead: a.lead?.text ?? null,
    author: a.author?.text ?? null,
    captions: a.captions.map((c) => c.text),
    boilerplate: a.boilerplate.map((c) => c.text),
  };
}

function isMark(code: number): boolean {
  return (code >= 0x0300 && code <= 0x036f) || (code >= 0x1dc0 && code <= 0x1dff) || (code >= 0x20d0 && code <= 0x20ff);
}

function foldCluster(cluster: string, foldCase: boolean): string {
  const nfc = cluster.normalize('NFC');
  return foldCase ? nfc.toLowerCase().replaceAll('ð', 'đ') : nfc;
}

/**
 * A comparison key for `text` (NFC, and lowercase when `foldCase`, cluster by cluster) and a map
 * from key index to text index: `map[k]` is where the cluster of key unit k starts,
 * `map[key.length] === text.length`.
 */
export function buildKey(text: string, foldCase = true): { key: string; map: number[] } {
  const parts: string[] = [];
  const map: number[] = [];
  let i = 0;
  while (i < text.length) {
    let j = i + 1;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && j < text.length) {
      const d = text.charCodeAt(j);
      if (d >= 0xdc00 && d <= 0xdfff) j++;
    }
    while (j < text.length && isMark(text.charCodeAt(j))) j++;
    const folded = foldCluster(text.slice(i, j), foldCase);
    parts.push(folded);
    for (let k = 0; k < folded.length; k++) map.push(i);
    i = j;
  }
  map.push(text.length);
  return { key: parts.join(''), map };
}

/** Key of a needle (no map needed). */
export function keyOf(text: string, foldCase = true): string {
  return buildKey(text, foldCase).key;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

class Article {
  readonly text: string;
  readonly key: string;
  readonly map: number[];
  private readonly keyIndexOf = new Map<number, number>();

  constructor(text: string, foldCase: boolean) {
    this.text = text;
    const { key, map } = buildKey(text, foldCase);
    this.key = key;
    this.map = map;
    // First key index of each cluster start.
    for (let k = map.length - 1; k >= 0; k--) this.keyIndexOf.set(map[k], k);
  }

  /** Key index that corresponds to text offset `offset` (must be a cluster boundary). */
  keyIndex(offset: number): number | undefined {
    return this.keyIndexOf.get(offset);
  }

  private boundaryOk(k: number, needle: string): boolean {
    const first = needle[0];
    const last = needle[needle.length - 1];
    if (WORD_CHAR.test(first) && k > 0 && WORD_CHAR.test(this.key[k - 1])) return false;
    const after = k + needle.length;
    if (WORD_CHAR.test(last) && after < this.key.length && WORD_CHAR.test(this.key[after])) return false;
    // The match must end on a cluster boundary of the text.
    return this.map[after] !== this.map[after - 1] || after === this.key.length;
  }

  /** All matches of `needle` (a key) at word boundaries, from key index `fromKey`. */
  *matches(needle: string, fromKey = 0): Generator<{ start: number; end: number }> {
    let k = this.key.indexOf(needle, fromKey);
    while (k !== -1) {
      if (this.boundaryOk(k, needle)) yield { start: this.map[k], end: this.map[k + needle.length] };
      k = this.key.indexOf(needle, k + 1);
    }
  }

  find(needle: string, fromOffset = 0): { start: number; end: number } | undefined {
    const fromKey = this.keyIndex(fromOffset) ?? this.keyIndexAtOrAfter(fromOffset);
    for (const m of this.matches(needle, fromKey)) return m;
    return undefined;
  }

  /** The match of `needle` that starts exactly at `start`, if any. */
  at(needle: string, start: number): { start: number; end: number } | undefined {
    const k = this.keyIndex(start);
    if (k === undefined || !this.key.startsWith(needle, k) || !this.boundaryOk(k, needle)) return undefined;
    return { start, end: this.map[k + needle.length] };
  }

  private keyIndexAtOrAfter(offset: number): number {
    for (let k = 0; k < this.map.length; k++) if (this.map[k] >= offset) return k;
    return this.key.length;
  }
}

export interface FillResult {
  gold: Gold;
  errors: string[];
}

function where(type: string, index: number, e: GoldEntity): string {
  return `${type}[${index}] ${JSON.stringify(e.text)}`;
}

/**
 * Fills one parsed gold object against its article text. Pure: returns a new object. Matching is
 * NFC-insensitive always and case-insensitive only for legacy encodings (TCVN3 loses the case of
 * toned capitals), so `Sở Y tế` never lands on `cơ sở y tế` in a Unicode article.
 */
export function fillGold(input: Gold, articleText: string): FillResult {
  const gold: Gold = structuredClone(input);
  const errors: string[] = [];
  const foldCase = gold.encoding !== 'utf8';
  const article = new Article(articleText, foldCase);
  const keyOf = (s: string): string => buildKey(s, foldCase).key;

  const quote = (value: string, label: string, from = 0): { value: string; end: number } => {
    if (typeof value !== 'string' || value.trim() === '') {
      errors.push(`${label}: empty or not a string`);
      return { value, end: from };
    }
    const m = article.find(keyOf(value.trim()), from);
    if (m === undefined) {
      errors.push(`${label}: ${JSON.stringify(value)} not found${from > 0 ? ` after offset ${from}` : ''}`);
      return { value, end: from };
    }
    return { value: articleText.slice(m.start, m.end), end: m.end };
  };

  const a = gold.article;
  a.title = quote(a.title, 'article.title').value;
  if (a.dateline !== null) a.dateline = quote(a.dateline, 'article.dateline').value;
  if (a.source !== null) a.source = quote(a.source, 'article.source').value;
  const lead = quote(a.lead, 'article.lead');
  a.lead = lead.value;
  if (a.author !== null) a.author = quote(a.author, 'article.author').value;
  let from = 0;
  a.captions = a.captions.map((c, i) => {
    const r = quote(c, `article.captions[${i}]`, from);
    from = r.end;
    return r.value;
  });
  from = 0;
  a.boilerplate = a.boilerplate.map((c, i) => {
    const r = quote(c, `article.boilerplate[${i}]`, from);
    from = r.end;
    return r.value;
  });
  from = 0;
  gold.summary = gold.summary.map((s, i) => {
    const r = quote(s, `summary[${i}]`, from);
    from = r.end;
    return r.value;
  });

  for (const type of ENTITY_TYPES) {
    const list = gold.entities[type];
    if (!Array.isArray(list)) {
      errors.push(`entities.${type} is not an array`);
      continue;
    }
    let prevEnd = 0;
    list.forEach((e, i) => {
      if (typeof e.text !== 'string' || e.text.length === 0) {
        errors.push(`${type}[${i}]: missing text`);
        return;
      }
      const needle = keyOf(e.text);
      let m: { start: number; end: number } | undefined;
      if (typeof e.occurrence === 'number') {
        let n = 0;
        for (const cand of article.matches(needle)) {
          if (++n === e.occurrence) {
            m = cand;
            break;
          }
        }
        if (m === undefined) errors.push(`${where(type, i, e)}: occurrence ${e.occurrence} not found`);
      } else if (typeof e.start === 'number' && e.end === undefined) {
        m = article.at(needle, e.start);
        if (m === undefined) errors.push(`${where(type, i, e)}: not at pinned start ${e.start}`);
      } else {
        if (typeof e.start === 'number' && e.start >= prevEnd) m = article.at(needle, e.start);
        m ??= article.find(needle, prevEnd);
        if (m === undefined) {
          const anywhere = article.find(needle, 0);
          errors.push(
            `${where(type, i, e)}: not found after offset ${prevEnd}` +
              (anywhere ? ` (it occurs earlier at ${anywhere.start}: check the order or add "occurrence")` : ''),
          );
        }
      }
      if (m === undefined) return;
      if (m.start < prevEnd) errors.push(`${where(type, i, e)}: at ${m.start}, before the previous ${type} entity ends (${prevEnd})`);
      prevEnd = m.end;
      const { text: _t, start: _s, end: _e, ...rest } = e;
      list[i] = { text: articleText.slice(m.start, m.end), start: m.start, end: m.end, ...rest };
    });
  }
  return { gold, errors };
}

function indent(json: string, pad: string): string {
  return json.replaceAll('\n', `\n${pad}`);
}

/** Serialises a gold object: readable structure, one line per entity. */
export function formatGold(gold: Gold): string {
  const known = new Set(['encoding', 'article', 'summary', 'entities']);
  const extra = Object.entries(gold).filter(([k]) => !known.has(k));
  const entities = ENTITY_TYPES.map((type) => {
    const list = gold.entities[type] ?? [];
    const body = list.length === 0 ? '[]' : `[\n${list.map((e) => `      ${JSON.stringify(e)}`).join(',\n')}\n    ]`;
    return `    ${JSON.stringify(type)}: ${body}`;
  });
  const parts = [
    `  "encoding": ${JSON.stringify(gold.encoding)}`,
    `  "article": ${indent(JSON.stringify(gold.article, null, 2), '  ')}`,
    `  "summary": ${indent(JSON.stringify(gold.summary, null, 2), '  ')}`,
    ...extra.map(([k, v]) => `  ${JSON.stringify(k)}: ${indent(JSON.stringify(v, null, 2), '  ')}`),
    `  "entities": {\n${entities.join(',\n')}\n  }`,
  ];
  return `{\n${parts.join(',\n')}\n}\n`;
}

/** Fills a gold file in place. Returns its errors (empty when written) or null when skipped. */
export function fillGoldFile(goldPath: string): string[] | null {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Gold;
  const text = loadArticle(goldPath, gold.encoding);
  if (text === null) return null;
  const { gold: filled, errors } = fillGold(gold, text);
  if (errors.length === 0) writeFileSync(goldPath, formatGold(filled), 'utf8');
  return errors;
}

function main(argv: string[]): number {
  const corpusDir = resolve(import.meta.dirname ?? '.', '../corpus');
  const files =
    argv.length > 0
      ? argv.map((f) => resolve(f))
      : readdirSync(corpusDir)
          .filter((f) => f.endsWith('.gold.json'))
          .sort()
          .map((f) => resolve(corpusDir, f));
  let failed = 0;
  for (const file of files) {
    let errors: string[] | null;
    try {
      errors = fillGoldFile(file);
    } catch (err) {
      errors = [err instanceof Error ? err.message : String(err)];
    }
    if (errors === null) {
      console.warn(`SKIP ${file}: legacy encoding and decodeLegacy is not available in src/normalize yet`);
    } else if (errors.length > 0) {
      failed++;
      console.error(`FAIL ${file}\n  ${errors.join('\n  ')}`);
    } else {
      console.log(`ok   ${file}`);
    }
  }
  return failed === 0 ? 0 : 1;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
