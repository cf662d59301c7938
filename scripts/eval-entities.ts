// `npm run eval:entities`: scores extractEntities on the gold corpus (corpus/*.gold.json).
// Prints micro precision / recall / F1 per entity type, twice: by exact span (start and end equal)
// and by normalised value (date value; percentage value + qualifier; official name; organisation
// canonical) where a prediction matches a gold entity whose span overlaps it and whose value is
// equal (strings through toMatchKey, as the corpus README says; dates and numbers exactly).
// One-to-one matching, in document order. Writes nothing.
// Usage: npx tsx scripts/eval-entities.ts [--verbose] [corpus-dir]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractEntities } from '../src/entities/index.js';
import { toMatchKey } from '../src/normalize/index.js';
import { loadArticle, type Encoding } from './fill-gold-offsets.js';

export const TYPES = ['dates', 'percentages', 'officials', 'organisations'] as const;
export type EntityType = (typeof TYPES)[number];

interface Span {
  start: number;
  end: number;
  text: string;
  [k: string]: unknown;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface Score extends Counts {
  p: number;
  r: number;
  f1: number;
}
export interface CorpusScore {
  articles: number;
  skipped: string[];
  span: Record<EntityType, Score>;
  value: Record<EntityType, Score>;
  errors: string[];
}

type KeyFn = (s: string) => string;

const key: KeyFn = toMatchKey;

function valueOf(type: EntityType, e: Span, key: KeyFn): string {
  switch (type) {
    case 'dates':
      return String(e['value']);
    case 'percentages':
      return `${String(e['value'])}|${String(e['qualifier'])}`;
    case 'officials':
      return e['name'] === null || e['name'] === undefined ? '∅' : key(String(e['name']));
    case 'organisations':
      return key(String(e['canonical']));
  }
}

function match(gold: Span[], pred: Span[], same: (g: Span, p: Span) => boolean): { tp: number; missed: Span[]; extra: Span[] } {
  const used = new Uint8Array(pred.length);
  const missed: Span[] = [];
  let tp = 0;
  for (const g of gold) {
    let hit = -1;
    for (let i = 0; i < pred.length; i++) {
      if (!used[i] && same(g, pred[i])) {
        hit = i;
        break;
      }
    }
    if (hit >= 0) {
      used[hit] = 1;
      tp++;
    } else missed.push(g);
  }
  const extra = pred.filter((_, i) => !used[i]);
  return { tp, missed, extra };
}

const score = (c: Counts): Score => {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { ...c, p, r, f1 };
};

/** Scores the extractor on every gold file in `dir`. */
export async function scoreCorpus(dir: string, verbose = false): Promise<CorpusScore> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort();
  const spanC = Object.fromEntries(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<EntityType, Counts>;
  const valueC = Object.fromEntries(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<EntityType, Counts>;
  const skipped: string[] = [];
  const errors: string[] = [];
  let articles = 0;
  for (const gf of files) {
    let gold: { encoding?: string; entities?: Record<EntityType, Span[]> };
    try {
      gold = JSON.parse(readFileSync(join(dir, gf), 'utf8'));
    } catch (err) {
      skipped.push(`${gf} (unreadable JSON: ${(err as Error).message})`);
      continue;
    }
    const txt = join(dir, gf.replace(/\.gold\.json$/, '.txt'));
    if (!existsSync(txt) || !gold.entities) {
      skipped.push(`${gf} (no .txt or no entities)`);
      continue;
    }
    const text = loadArticle(join(dir, gf), (gold.encoding ?? 'utf8') as Encoding);
    if (text === null) {
      skipped.push(`${gf} (${gold.encoding}: decodeLegacy not available)`);
      continue;
    }
    articles++;
    const got = extractEntities(text) as unknown as Record<EntityType, Span[]>;
    for (const t of TYPES) {
      const g = (gold.entities[t] ?? []).filter((e) => typeof e.start === 'number');
      const p = got[t];
      for (const e of p) {
        if (text.slice(e.start, e.end) !== e.text) errors.push(`${gf} ${t}: offsets do not slice to text: ${JSON.stringify(e.text)}`);
      }
      const bySpan = match(g, p, (a, b) => a.start === b.start && a.end === b.end);
      spanC[t].tp += bySpan.tp;
      spanC[t].fn += bySpan.missed.length;
      spanC[t].fp += bySpan.extra.length;
      const byValue = match(g, p, (a, b) => a.start < b.end && b.start < a.end && valueOf(t, a, key) === valueOf(t, b, key));
      valueC[t].tp += byValue.tp;
      valueC[t].fn += byValue.missed.length;
      valueC[t].fp += byValue.extra.length;
      if (verbose && (byValue.missed.length || byValue.extra.length)) {
        for (const m of byValue.missed) console.log(`${gf} ${t} MISSED ${JSON.stringify(m.text)} = ${valueOf(t, m, String)}`);
        for (const x of byValue.extra) console.log(`${gf} ${t} EXTRA  ${JSON.stringify(x.text)} = ${valueOf(t, x, String)}`);
      }
    }
  }
  const span = Object.fromEntries(TYPES.map((t) => [t, score(spanC[t])])) as Record<EntityType, Score>;
  const value = Object.fromEntries(TYPES.map((t) => [t, score(valueC[t])])) as Record<EntityType, Score>;
  return { articles, skipped, span, value, errors };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const dir = args.find((a) => !a.startsWith('--')) ?? join(import.meta.dirname, '..', 'corpus');
  const s = await scoreCorpus(dir, verbose);
  const f = (x: number): string => x.toFixed(3);
  console.log(`vietext entities on ${s.articles} gold articles (${dir})`);
  for (const mode of ['span', 'value'] as const) {
    console.log(`\nby ${mode === 'span' ? 'exact span' : 'normalised value (overlapping span)'}:`);
    console.log('type           P      R      F1     tp   fp   fn');
    for (const t of TYPES) {
      const c = s[mode][t];
      console.log(`${t.padEnd(14)} ${f(c.p)}  ${f(c.r)}  ${f(c.f1)}  ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)}`);
    }
  }
  if (s.skipped.length) console.log(`\nskipped: ${s.skipped.join('; ')}`);
  if (s.errors.length) {
    console.log(`\noffset errors (${s.errors.length}):`);
    for (const e of s.errors.slice(0, 20)) console.log(`  ${e}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
