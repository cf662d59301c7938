// `npm run eval:summary`: scores parseArticle and summarize on the gold corpus (corpus/*.gold.json).
// Prints, per article, which parseArticle fields match the gold exactly, then ROUGE-1/2/L F
// (syllable level, Unicode-aware: src/_lib/rouge.ts) for the summariser beside the LEAD-1, LEAD-3
// and plain TextRank baselines, all on the same articles in the same run.
//
// `--cv` pools the gold sets (default: corpus/ and corpus/holdout/; or the directories given) and
// reports leave-one-article-out cross-validated ROUGE-1/2/L of the summariser, its weights chosen
// by grid search on the training articles only (src/summarize/_lib/cross-validate.ts), beside
// LEAD-3 and TextRank on the same articles, and the weights selected on all of them (the shipped
// DEFAULT_WEIGHTS in src/summarize/_lib/rank.ts). `--features` prints, over the same pool, how
// often each scorer feature occurs in the gold picks vs in the other body sentences (sentence 0
// excluded: it is always picked).
// Usage: npx tsx scripts/eval-summary.ts [--json] [corpus-dir]
//        npx tsx scripts/eval-summary.ts --cv [--grid default|extended|wide] [--json] [corpus-dir ...]
//        npx tsx scripts/eval-summary.ts --features [corpus-dir ...]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../src/summarize/parse-article.js';
import { summarize } from '../src/summarize/summarize.js';
import { rouge, type RougeScores } from '../src/_lib/rouge.js';
import { articleTexts, loadArticle, type Gold } from './fill-gold-offsets.js';
import { extractEntities } from '../src/entities/index.js';
import { parseStructure } from '../src/summarize/_lib/structure.js';
import { bodySentences, countPerSentence, rankInputs } from '../src/summarize/_lib/pipeline.js';
import { DEFAULT_WEIGHTS, RESULT_CUES, sentenceFeatures, SPEECH_CUES } from '../src/summarize/_lib/rank.js';
import { crossValidate, CV_GRIDS, gridPoints, pickWith, trainTest, type CvArticle, type RougeF } from '../src/summarize/_lib/cross-validate.js';


const args = process.argv.slice(2);
const asJson = args.includes('--json');
const dir = args.find((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1] === '--grid')) ?? join(import.meta.dirname, '..', 'corpus');
const cvMode = args.includes('--cv');
const gridArg = args.indexOf('--grid');
const gridName = gridArg >= 0 ? args[gridArg + 1] ?? '' : 'default';
if (!(gridName in CV_GRIDS)) throw new RangeError(`--grid must be one of ${Object.keys(CV_GRIDS).join(', ')}; got ${JSON.stringify(gridName)}`);
const featureMode = args.includes('--features');


if (cvMode || featureMode) {
  await runPooled();
  process.exit(0);
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
  const text = loadArticle(join(dir, goldFile), gold.encoding ?? 'utf8');
  if (text === null) {
    skipped.push(`${goldFile} (${gold.encoding}: decodeLegacy not available)`);
    continue;
  }
  const a = parseArticle(text);
  const g = gold.article;
  // `chrome` is the table's name for the boilerplate list.
  const { boilerplate: gotChrome, ...gotRest } = articleTexts(a);
  const { boilerplate: wantChrome, ...wantRest } = g;
  const got: Record<Field, unknown> = { ...gotRest, chrome: gotChrome };
  const want: Record<Field, unknown> = { ...wantRest, chrome: wantChrome };
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

/** Loads every gold article of the pooled directories with its features. */
async function loadPool(dirs: string[]) {
  const out: { name: string; set: string; text: string; reference: string; gold: string[]; article: CvArticle }[] = [];
  for (const d of dirs) {
    for (const goldFile of readdirSync(d).filter((f) => f.endsWith('.gold.json')).sort()) {
      const gold = JSON.parse(readFileSync(join(d, goldFile), 'utf8')) as Gold;
      const txt = join(d, goldFile.replace(/\.gold\.json$/, '.txt'));
      if (!existsSync(txt) || !Array.isArray(gold.summary) || gold.summary.length === 0) continue;
      const text = loadArticle(join(d, goldFile), gold.encoding ?? 'utf8');
      if (text === null) continue;
      const structure = parseStructure(text);
      const sentences = bodySentences(text, structure);
      const officials = countPerSentence(sentences, extractEntities(text).officials);
      const { inputs, titleKeys } = rankInputs(text, structure, sentences, officials);
      const features = sentenceFeatures(inputs, titleKeys);
      const reference = gold.summary.join(' ');
      const name = goldFile.replace(/\.gold\.json$/, '');
      const score = (indices: readonly number[]): RougeF => {
        const r = rouge(indices.map((i) => text.slice(sentences[i]!.start, sentences[i]!.end)).join(' '), reference);
        return { r1: r.rouge1.f, r2: r.rouge2.f, rl: r.rougeL.f };
      };
      out.push({ name, set: d, text, reference, gold: gold.summary, article: { name, features, score } });
    }
  }
  return out;
}

async function runPooled(): Promise<void> {
  const given = args.filter((a, i) => !a.startsWith('--') && !(gridArg >= 0 && i === gridArg + 1));
  const root = join(import.meta.dirname, '..', 'corpus');
  const dirs = given.length > 0 ? given : [root, join(root, 'holdout')];
  const pool = await loadPool(dirs);
  const pct = (x: number) => (100 * x).toFixed(1);
  if (featureMode) {
    printFeatureRates(pool);
    return;
  }
  const t0 = performance.now();
  const result = crossValidate(pool.map((p) => p.article), gridPoints(CV_GRIDS[gridName as keyof typeof CV_GRIDS]));
  const seconds = (performance.now() - t0) / 1000;
  const mean = (xs: RougeF[]): RougeF => ({
    r1: xs.reduce((s, x) => s + x.r1, 0) / xs.length,
    r2: xs.reduce((s, x) => s + x.r2, 0) / xs.length,
    rl: xs.reduce((s, x) => s + x.rl, 0) / xs.length,
  });
  const asF = (r: RougeScores): RougeF => ({ r1: r.rouge1.f, r2: r.rouge2.f, rl: r.rougeL.f });
  const rows: { system: string; bySet: Map<string, RougeF[]> }[] = [
    { system: 'LEAD-3', bySet: new Map() },
    { system: 'TextRank (3)', bySet: new Map() },
    { system: 'vietext, shipped weights (fit on all, in-sample)', bySet: new Map() },
    { system: 'vietext, weights chosen by LOO-CV (held-out)', bySet: new Map() },
  ];
  pool.forEach((p, j) => {
    const lead = asF(rouge(summarize(p.text, { method: 'lead' }).sentences.map((s) => s.text).join(' '), p.reference));
    const tr = asF(rouge(summarize(p.text, { method: 'textrank' }).sentences.map((s) => s.text).join(' '), p.reference));
    const shipped = p.article.score(pickWith(p.article.features, DEFAULT_WEIGHTS));
    const cv = result.perArticle[j]!.rouge;
    [lead, tr, shipped, cv].forEach((r, k) => {
      const m = rows[k]!.bySet;
      for (const key of ['all', p.set]) {
        if (!m.has(key)) m.set(key, []);
        m.get(key)!.push(r);
      }
    });
  });
  const sets = ['all', ...dirs];
  if (asJson) {
    console.log(JSON.stringify({
      articles: pool.length,
      gridSize: result.gridSize,
      rows: rows.map((r) => ({ system: r.system, ...Object.fromEntries(sets.map((s) => [s, mean(r.bySet.get(s) ?? [])])) })),
      selected: result.best,
      selectedInSample: result.bestInSample,
      distinctChoices: result.distinctChoices,
    }, null, 2));
    return;
  }
  console.log(`Leave-one-article-out CV over ${pool.length} gold articles (${dirs.join(', ')}); grid '${gridName}' of ${result.gridSize} weight settings, chosen on the training folds only (${seconds.toFixed(1)} s).\n`);
  console.log('Mean ROUGE F (%), syllable level, NFC + lowercase\n');
  console.log(`| system | ${sets.map((s) => `${s === 'all' ? 'all' : s.replace(root, 'corpus')} R-1 / R-2 / R-L`).join(' | ')} |`);
  console.log(`|---|${sets.map(() => '---').join('|')}|`);
  for (const r of rows) {
    console.log(`| ${r.system} | ${sets.map((s) => { const m = mean(r.bySet.get(s) ?? []); return `${pct(m.r1)} / ${pct(m.r2)} / ${pct(m.rl)}`; }).join(' | ')} |`);
  }
  console.log(`\nFolds chose ${result.distinctChoices} distinct weight setting(s).`);
  if (dirs.length === 2) {
    // The plain split: weights chosen on the first set only, scored on the second.
    const points = gridPoints(CV_GRIDS[gridName as keyof typeof CV_GRIDS]);
    const tt = trainTest(pool.filter((p) => p.set === dirs[0]).map((p) => p.article), pool.filter((p) => p.set === dirs[1]).map((p) => p.article), points);
    const lead = mean(rows[0]!.bySet.get(dirs[1]!) ?? []);
    console.log(`Weights chosen on ${dirs[0]!.replace(root, 'corpus')} only, scored on ${dirs[1]!.replace(root, 'corpus')}: R-1 / R-2 / R-L ${pct(tt.test.r1)} / ${pct(tt.test.r2)} / ${pct(tt.test.rl)} (LEAD-3 ${pct(lead.rl)} R-L).`);
  }
  console.log(`Selected on all ${pool.length} (in-sample R-L ${pct(result.bestInSample.rl)}; paste into DEFAULT_WEIGHTS):`);
  console.log(JSON.stringify(result.best));
  const same = (Object.keys(result.best) as (keyof typeof result.best)[]).every((k) => result.best[k] === DEFAULT_WEIGHTS[k]);
  console.log(same ? 'DEFAULT_WEIGHTS match the selection.' : 'DEFAULT_WEIGHTS DIFFER from the selection.');
}

/** Feature rates in gold picks vs other body sentences (sentence 0 excluded). */
function printFeatureRates(pool: Awaited<ReturnType<typeof loadPool>>): void {
  // Phrases examined but not used as cues (no clear difference, or a figure already counts them).
  const EXAMINED = ['yêu cầu', 'cho biết', 'theo báo cáo', 'tỷ đồng'];
  const phrases = [...RESULT_CUES, ...SPEECH_CUES, ...EXAMINED];
  const names = ['paragraphFirst', 'figures', 'percentage', 'officials', 'results', 'speech', ...phrases.map((c) => `“${c}”${EXAMINED.includes(c) ? ' (not a cue)' : ''}`)];
  const counts = { gold: new Map<string, number>(), other: new Map<string, number>() };
  let nGold = 0;
  let nOther = 0;
  const lenSum = { gold: 0, other: 0 };
  const key = (t: string) => t.normalize('NFC').replace(/\s+/g, ' ').trim();
  let firstPicked = 0;
  for (const p of pool) {
    const f = p.article.features;
    const gold = new Set(p.gold.map(key));
    const sentences = bodySentences(p.text, parseStructure(p.text));
    if (sentences.length > 0 && gold.has(key(p.text.slice(sentences[0]!.start, sentences[0]!.end)))) firstPicked++;
    for (let i = 1; i < sentences.length; i++) {
      const side = gold.has(key(p.text.slice(sentences[i]!.start, sentences[i]!.end))) ? 'gold' : 'other';
      if (side === 'gold') nGold++;
      else nOther++;
      lenSum[side] += f.length[i]!;
      const joined = ` ${sentences[i]!.scan.keys.join(' ')} `;
      const has: Record<string, boolean> = {
        paragraphFirst: f.paragraphFirst[i]! > 0,
        figures: f.figures[i]! > 0,
        percentage: sentences[i]!.scan.percents > 0,
        officials: f.officials[i]! > 0,
        results: f.results[i]! > 0,
        speech: f.speech[i]! > 0,
      };
      for (const c of phrases) has[`“${c}”${EXAMINED.includes(c) ? ' (not a cue)' : ''}`] = joined.includes(` ${c} `);
      for (const nm of names) if (has[nm]) counts[side].set(nm, (counts[side].get(nm) ?? 0) + 1);
    }
  }
  console.log(`${pool.length} articles: body sentence 0 is a gold pick in ${firstPicked}.`);
  console.log(`Body sentences after the first: ${nGold} gold picks, ${nOther} others.\n`);
  console.log('| feature present | gold picks | other sentences |');
  console.log('|---|---|---|');
  for (const nm of names) {
    const g = counts.gold.get(nm) ?? 0;
    const o = counts.other.get(nm) ?? 0;
    console.log(`| ${nm} | ${((100 * g) / nGold).toFixed(0)}% | ${((100 * o) / nOther).toFixed(0)}% |`);
  }
  console.log(`| mean length (syllables) | ${(lenSum.gold / nGold).toFixed(1)} | ${(lenSum.other / nOther).toFixed(1)} |`);
}
