// `npm run eval:summary`: scores parseArticle and summarize on the gold corpus (corpus/*.gold.json).
// Prints, per article, which parseArticle fields match the gold exactly, then ROUGE-1/2/L F
// (syllable level, Unicode-aware: src/_lib/rouge.ts) for the summariser beside the LEAD-1, LEAD-3
// and plain TextRank baselines, all on the same articles in the same run.
// Usage: npx tsx scripts/eval-summary.ts [--json] [corpus-dir]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../src/summarize/parse-article.js';
import { summarize } from '../src/summarize/summarize.js';
import { rouge, type RougeScores } from '../src/_lib/rouge.js';

interface GoldArticle {
  title: string;
  dateline: string | null;
  source: string | null;
  lead: string;
  author: string | null;
  captions: string[];
  boilerplate: string[];
}
interface Gold {
  encoding?: string;
  article: GoldArticle;
  summary: string[];
}

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const dir = args.find((a) => !a.startsWith('--')) ?? join(import.meta.dirname, '..', 'corpus');

async function readArticle(file: string, encoding: string): Promise<string | null> {
  if (encoding === 'utf8' || encoding === undefined) return readFileSync(file, 'utf8');
  const mod: Record<string, unknown> = await import('../src/normalize/index.js');
  const decode = mod['decodeLegacy'];
  if (typeof decode !== 'function') return null;
  return (decode as (t: string, e: string) => string)(readFileSync(file, 'latin1'), encoding);
}

const FIELDS = ['title', 'dateline', 'source', 'lead', 'author', 'captions', 'chrome'] as const;
type Field = (typeof FIELDS)[number];
const SYSTEMS = ['vietext (hybrid, 3)', 'LEAD-1', 'LEAD-3', 'TextRank (3)'] as const;

const files = readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort();
const rows: { file: string; fields: Record<Field, boolean>; misses: string[] }[] = [];
const totals = new Map<string, { r1: number; r2: number; rl: number }>();
for (const s of SYSTEMS) totals.set(s, { r1: 0, r2: 0, rl: 0 });
const perArticleRL: Record<string, Record<string, number>> = {};
let scored = 0;
const skipped: string[] = [];

for (const goldFile of files) {
  const gold = JSON.parse(readFileSync(join(dir, goldFile), 'utf8')) as Gold;
  const txt = join(dir, goldFile.replace(/\.gold\.json$/, '.txt'));
  if (!existsSync(txt)) {
    skipped.push(`${goldFile} (no .txt)`);
    continue;
  }
  const text = await readArticle(txt, gold.encoding ?? 'utf8');
  if (text === null) {
    skipped.push(`${goldFile} (${gold.encoding}: decodeLegacy not available)`);
    continue;
  }
  const a = parseArticle(text);
  const g = gold.article;
  const got: Record<Field, unknown> = {
    title: a.title?.text ?? null,
    dateline: a.dateline?.text ?? null,
    source: a.source?.text ?? null,
    lead: a.lead?.text ?? null,
    author: a.author?.text ?? null,
    captions: a.captions.map((c) => c.text),
    chrome: a.boilerplate.map((c) => c.text),
  };
  const want: Record<Field, unknown> = {
    title: g.title,
    dateline: g.dateline,
    source: g.source,
    lead: g.lead,
    author: g.author,
    captions: g.captions,
    chrome: g.boilerplate,
  };
  const fields = {} as Record<Field, boolean>;
  const misses: string[] = [];
  for (const f of FIELDS) {
    fields[f] = JSON.stringify(got[f]) === JSON.stringify(want[f]);
    if (!fields[f]) misses.push(`${f}: got ${JSON.stringify(got[f])} want ${JSON.stringify(want[f])}`);
  }
  rows.push({ file: goldFile.replace(/\.gold\.json$/, ''), fields, misses });

  if (!Array.isArray(gold.summary) || gold.summary.length === 0) continue;
  const reference = gold.summary.join(' ');
  const candidates: Record<string, string> = {
    'vietext (hybrid, 3)': summarize(text).sentences.map((s) => s.text).join(' '),
    'LEAD-1': summarize(text, { sentences: 1, method: 'lead' }).sentences.map((s) => s.text).join(' '),
    'LEAD-3': summarize(text, { sentences: 3, method: 'lead' }).sentences.map((s) => s.text).join(' '),
    'TextRank (3)': summarize(text, { sentences: 3, method: 'textrank' }).sentences.map((s) => s.text).join(' '),
  };
  perArticleRL[goldFile] = {};
  for (const s of SYSTEMS) {
    const r: RougeScores = rouge(candidates[s]!, reference);
    const t = totals.get(s)!;
    t.r1 += r.rouge1.f;
    t.r2 += r.rouge2.f;
    t.rl += r.rougeL.f;
    perArticleRL[goldFile]![s] = r.rougeL.f;
  }
  scored++;
}

const pct = (x: number) => (100 * x).toFixed(1);
const fieldTotals = Object.fromEntries(FIELDS.map((f) => [f, rows.filter((r) => r.fields[f]).length]));
const summaryTable = SYSTEMS.map((s) => {
  const t = totals.get(s)!;
  return { system: s, rouge1: scored ? t.r1 / scored : 0, rouge2: scored ? t.r2 / scored : 0, rougeL: scored ? t.rl / scored : 0 };
});

if (asJson) {
  console.log(JSON.stringify({ articles: rows.length, scored, fields: fieldTotals, rouge: summaryTable, skipped }, null, 2));
} else {
  console.log(`parseArticle on ${rows.length} gold article(s) (exact match per field; chrome = boilerplate list)\n`);
  console.log(`| article | ${FIELDS.join(' | ')} |`);
  console.log(`|---|${FIELDS.map(() => '---').join('|')}|`);
  for (const r of rows) console.log(`| ${r.file} | ${FIELDS.map((f) => (r.fields[f] ? 'ok' : 'MISS')).join(' | ')} |`);
  console.log(`| **total** | ${FIELDS.map((f) => `${fieldTotals[f]}/${rows.length}`).join(' | ')} |`);
  for (const r of rows) for (const m of r.misses) console.log(`  ${r.file}: ${m.slice(0, 300)}`);
  console.log(`\nSummaries on ${scored} article(s): mean ROUGE F (%), syllable level, NFC + lowercase\n`);
  console.log('| system | ROUGE-1 | ROUGE-2 | ROUGE-L |');
  console.log('|---|---|---|---|');
  for (const s of summaryTable) console.log(`| ${s.system} | ${pct(s.rouge1)} | ${pct(s.rouge2)} | ${pct(s.rougeL)} |`);
  if (skipped.length) console.log(`\nskipped: ${skipped.join('; ')}`);
}
