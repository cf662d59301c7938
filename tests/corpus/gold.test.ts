// Checks every corpus gold file against its article and against the guidelines in corpus/README.md.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  ENTITY_TYPES,
  articlePathFor,
  getDecoder,
  keyOf,
  loadArticle,
  type Gold,
  type GoldEntity,
} from '../../scripts/fill-gold-offsets.js';

const corpusDir = fileURLToPath(new URL('../../corpus/', import.meta.url));
const goldFiles = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.gold.json'))
  .sort();

const DATE_PART = String.raw`(?:\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?|-Q[1-4]|-H[12])?|--(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?|--Q[1-4]|--H[12])`;
const DATE_VALUE = new RegExp(`^${DATE_PART}(?:/${DATE_PART})?$`);
const QUALIFIERS = ['=', '>', '>=', '<', '<=', '~'];
const PARTS_OF_DAY = ['sáng', 'trưa', 'chiều', 'tối', 'đêm'];

function isNullableString(v: unknown): boolean {
  return v === null || (typeof v === 'string' && v.trim() !== '' && v === v.trim());
}

function isNonEmpty(v: unknown): v is string {
  return typeof v === 'string' && v.trim() !== '' && v === v.trim();
}

/** Start offsets of the lines of `text` that equal `line` after trimming (whitespace incl. NBSP). */
function lineRanges(text: string): { start: number; end: number; trimmed: string }[] {
  const out: { start: number; end: number; trimmed: string }[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    out.push({ start, end: start + raw.length, trimmed: raw.trim() });
    start += raw.length + 1;
  }
  return out;
}

function isValidCalendarDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (m === null) return true;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

it('the corpus has gold files, one per article', () => {
  expect(goldFiles.length).toBeGreaterThan(0);
  const articles = readdirSync(corpusDir).filter((f) => f.endsWith('.txt'));
  const missing = articles.filter((f) => !goldFiles.includes(f.slice(0, -'.txt'.length) + '.gold.json'));
  expect(missing, 'articles without gold').toEqual([]);
});

describe.each(goldFiles)('%s', (file) => {
  const goldPath = corpusDir + file;
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Gold;
  const legacyPending = gold.encoding !== 'utf8' && getDecoder() === null;
  const text = legacyPending ? '' : (loadArticle(goldPath, gold.encoding) ?? '');

  it('has an article file and the required shape', () => {
    expect(existsSync(articlePathFor(goldPath))).toBe(true);
    expect(['utf8', 'tcvn3', 'vni']).toContain(gold.encoding);
    const a = gold.article;
    expect(isNonEmpty(a.title)).toBe(true);
    expect(isNonEmpty(a.lead)).toBe(true);
    for (const key of ['dateline', 'source', 'author'] as const) expect(isNullableString(a[key]), key).toBe(true);
    for (const key of ['captions', 'boilerplate'] as const) {
      expect(Array.isArray(a[key])).toBe(true);
      for (const s of a[key]) expect(isNonEmpty(s), `${key}: ${s}`).toBe(true);
    }
    expect(Array.isArray(gold.summary)).toBe(true);
    expect(gold.summary.length).toBeGreaterThanOrEqual(1);
    expect(gold.summary.length).toBeLessThanOrEqual(3);
    for (const s of gold.summary) expect(isNonEmpty(s)).toBe(true);
    expect(Object.keys(gold.entities).sort()).toEqual([...ENTITY_TYPES].sort());
  });

  it('has well-formed entity values', () => {
    for (const d of gold.entities.dates) {
      expect(d.value, d.text).toMatch(DATE_VALUE);
      for (const part of String(d.value).split('/')) expect(isValidCalendarDate(part), d.text).toBe(true);
      if ('weekday' in d) expect([1, 2, 3, 4, 5, 6, 7]).toContain(d.weekday);
      if ('partOfDay' in d) expect(PARTS_OF_DAY).toContain(d.partOfDay);
      if ('yearInferred' in d) expect(d.yearInferred).toBe(true);
      if (String(d.value).startsWith('--')) expect('yearInferred' in d).toBe(false);
    }
    for (const p of gold.entities.percentages) {
      expect(typeof p.value === 'number' && Number.isFinite(p.value), p.text).toBe(true);
      expect(QUALIFIERS).toContain(p.qualifier);
      if ('change' in p) expect(['increase', 'decrease']).toContain(p.change);
      if ('max' in p) expect((p.max as number) > (p.value as number), p.text).toBe(true);
    }
    for (const o of gold.entities.officials) {
      expect(isNullableString(o.name), o.text).toBe(true);
      expect(isNonEmpty(o.title), o.text).toBe(true);
      expect(isNullableString(o.organisation), o.text).toBe(true);
      expect(Array.isArray(o.titles) && (o.titles as unknown[]).length > 0, o.text).toBe(true);
      expect(o.titles as string[], o.text).toContain(o.title);
    }
    for (const o of gold.entities.organisations) {
      expect(isNonEmpty(o.canonical), o.text).toBe(true);
      if (gold.encoding === 'utf8') {
        expect(o.text.normalize('NFC')[0], `${o.text}: an organisation starts with a capital`).toMatch(/\p{Lu}/u);
      }
      expect(isNullableString(o.resolved), o.text).toBe(true);
    }
  });

  it.skipIf(legacyPending)('every entity span is the article slice, in document order', () => {
    for (const type of ENTITY_TYPES) {
      let prevEnd = 0;
      for (const e of gold.entities[type] as GoldEntity[]) {
        expect(Number.isInteger(e.start) && Number.isInteger(e.end), `${type} ${e.text}: offsets filled`).toBe(true);
        const start = e.start as number;
        const end = e.end as number;
        expect(text.slice(start, end), `${type} at ${start}`).toBe(e.text);
        expect(e.text, `${type} ${e.text}: no outer spaces`).toBe(e.text.trim());
        expect(start, `${type} ${e.text}: order/overlap`).toBeGreaterThanOrEqual(prevEnd);
        prevEnd = end;
      }
    }
  });

  it.skipIf(legacyPending)('official values and organisation words come from the span', () => {
    for (const o of gold.entities.officials) {
      const span = keyOf(o.text);
      if (o.name !== null) expect(span, o.text).toContain(keyOf(o.name as string));
      for (const t of o.titles as string[]) expect(span, o.text).toContain(keyOf(t));
    }
  });

  it.skipIf(legacyPending)('article fields and summary sentences occur verbatim', () => {
    const a = gold.article;
    for (const s of [a.title, a.dateline, a.source, a.lead, a.author, ...a.captions]) {
      if (s !== null) expect(text.includes(s), s).toBe(true);
    }
    if (a.source !== null) expect(text).toContain(`(${a.source})`);
    const leadAt = text.indexOf(a.lead);
    let from = leadAt;
    for (const s of gold.summary) {
      const at = text.indexOf(s, from);
      expect(at, `summary sentence in article order, in the body: ${s}`).toBeGreaterThanOrEqual(leadAt);
      expect(a.captions.includes(s) || s === a.title || s === a.author).toBe(false);
      from = at + s.length;
    }
  });

  it.skipIf(legacyPending)('boilerplate lines are whole lines and hold no entity', () => {
    const lines = lineRanges(text);
    let li = 0;
    const chrome: { start: number; end: number }[] = [];
    for (const b of gold.article.boilerplate) {
      while (li < lines.length && lines[li].trimmed !== b) li++;
      expect(li < lines.length, `boilerplate line in order: ${b}`).toBe(true);
      chrome.push(lines[li]);
      li++;
    }
    for (const type of ENTITY_TYPES) {
      for (const e of gold.entities[type] as GoldEntity[]) {
        for (const c of chrome) {
          const inside = (e.start as number) < c.end && (e.end as number) > c.start;
          expect(inside, `${type} ${e.text} inside chrome`).toBe(false);
        }
      }
    }
  });

  it.skipIf(legacyPending)('inferred years come from the dateline', () => {
    const inferred = gold.entities.dates.filter((d) => d.yearInferred === true);
    if (inferred.length === 0) return;
    expect(gold.article.dateline, 'a year can only be inferred from a dateline').not.toBeNull();
    const dl = gold.entities.dates.find((d) => text.slice(d.start as number, d.end as number) === gold.article.dateline);
    expect(dl, 'the dateline is annotated as a date').toBeDefined();
    const year = Number(String(dl?.value).slice(0, 4));
    for (const d of inferred) {
      const y = Number(String(d.value).slice(0, 4));
      // The dateline's year, the year before, or the year after for a deadline (corpus/README.md).
      expect([year - 1, year, year + 1], d.text).toContain(y);
    }
  });
});
