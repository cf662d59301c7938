/**
 * Word-segmentation evaluation: word-level precision / recall / F1 (a word is a span; both
 * boundaries must match the gold), for vietext's `segment` and two baselines computed in the
 * same run over the same input: every syllable a word, and greedy longest match over the same
 * lexicon the model ships with.
 *
 *   npm run eval:segment -- --ud ../shared/data/ud-vtb [more.gold.txt ...]
 *   npm run eval:segment -- --speed [--ud DIR]   # throughput on corpus/*.txt repeated to >= 10 MB
 *   npm run eval:segment -- --cv-pool --ud DIR  # 5-fold CV: train + dev pooled vs train only
 *
 * A `*.gold.txt` file has one sentence a line, words separated by spaces and the syllables of a
 * multi-syllable word joined by `_` (the UD VTB format); the input is the same line with `_` → ` `.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readdirSync } from 'node:fs';
import { createSegmenter, segment, segmentOffsets } from '../src/segment/index.js';
import { MAX_LEX } from '../src/segment/engine.js';
import { LEXICON } from '../src/segment/data/model.generated.js';
import { syllableKey } from '../src/segment/syllable-key.js';

const args = process.argv.slice(2);
let ud: string | null = null;
let speed = false;
let cvPool = false;
const files: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--ud') ud = args[++i];
  else if (args[i] === '--speed') speed = true;
  else if (args[i] === '--cv-pool') cvPool = true;
  else files.push(args[i]);
}
if (speed) {
  runSpeed();
  process.exit(0);
}
if (cvPool) {
  runCvPool();
  process.exit(0);
}

/**
 * Would training on train + dev help on unseen text? 5-fold cross-validation over the pooled
 * UD VTB train + dev sentences (fold = line index mod 5 over train then dev): each fold is scored
 * by a model trained on the other four folds of the pool, and by one trained on the train-split
 * sentences of those four folds only. Each model is built exactly as the shipped one
 * (scripts/build-segment-data.ts --eval: vocabulary, lexicon, jackknife and weights from its own
 * training sentences only), from fold files written to a temporary directory (deleted after).
 * The shipped model is not changed.
 */
function runCvPool(): void {
  if (!ud) {
    console.error('usage: npm run eval:segment -- --cv-pool --ud ../shared/data/ud-vtb');
    process.exit(2);
  }
  const K = 5;
  const lines = (f: string): string[] => readFileSync(join(resolve(ud!), f), 'utf8').split('\n').filter((l) => l.trim() !== '');
  const pool = [...lines('train.gold.txt').map((text) => ({ text, fromTrain: true })), ...lines('dev.gold.txt').map((text) => ({ text, fromTrain: false }))];
  const script = resolve(import.meta.dirname, 'build-segment-data.ts');
  const tmp = mkdtempSync(join(tmpdir(), 'vietext-cv-'));
  const f1: Record<'pooled' | 'trainOnly', number[]> = { pooled: [], trainOnly: [] };
  try {
    for (let k = 0; k < K; k++) {
      const test = pool.filter((_, i) => i % K === k).map((s) => s.text);
      for (const config of ['pooled', 'trainOnly'] as const) {
        const train = pool.filter((s, i) => i % K !== k && (config === 'pooled' || s.fromTrain)).map((s) => s.text);
        const dir = join(tmp, `fold${k}-${config}`);
        mkdirSync(dir);
        writeFileSync(join(dir, 'train.gold.txt'), train.join('\n') + '\n');
        writeFileSync(join(dir, 'dev.gold.txt'), test.join('\n') + '\n');
        const res = spawnSync(process.execPath, ['--import', 'tsx', script, '--eval', '--ud', dir], { encoding: 'utf8' });
        const m = /^model .*F1 ([\d.]+)/m.exec(res.stdout);
        if (res.status !== 0 || !m) throw new Error(`fold ${k} ${config}: ${res.stderr}`);
        f1[config].push(Number(m[1]));
        console.log(`fold ${k} ${config.padEnd(9)} train ${String(train.length).padStart(4)} sentences, test ${test.length}: ${m[0]}`);
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
  const diffs = f1.pooled.map((v, i) => v - f1.trainOnly[i]);
  const sd = Math.sqrt(diffs.reduce((a, d) => a + (d - mean(diffs)) ** 2, 0) / (diffs.length - 1));
  console.log(`mean F1: train + dev ${mean(f1.pooled).toFixed(2)}, train only ${mean(f1.trainOnly).toFixed(2)}`);
  console.log(`paired difference ${mean(diffs).toFixed(2)} ± ${sd.toFixed(2)} (sd over folds); pooled ahead in ${diffs.filter((d) => d > 0).length} of ${K} folds`);
}

/**
 * Median-of-7 throughput (after warm-up), wall and process CPU time, of a bare charCodeAt loop,
 * segmentOffsets and segment over corpus/*.txt repeated to >= 10 MB (MB = UTF-8 bytes, as in
 * `npm run bench`). With --ud, also segment over the UD VTB train + dev text (distinct
 * sentences, ~0.3 MB) with a fresh segmenter per run, so no cache has seen the text before.
 */
function runSpeed(): void {
  const c0 = performance.now();
  segment('cán bộ');
  const firstCall = performance.now() - c0;
  const heap = process.memoryUsage().heapUsed / 1e6;
  const dir = resolve(import.meta.dirname, '../corpus');
  const text = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n\n');
  let big = text;
  while (Buffer.byteLength(big) < 10_000_000) big += '\n\n' + text;
  let sink = 0;
  const floor = (s: string): number => {
    let h = 0;
    for (let i = 0; i < s.length; i++) h = (h + s.charCodeAt(i)) | 0;
    return h;
  };
  const time = (input: string, fn: (s: string) => number): { wall: number; cpu: number; mb: number } => {
    sink += fn(input); // warm-up (and the model's first-use decode)
    const walls: number[] = [];
    const cpus: number[] = [];
    for (let r = 0; r < 7; r++) {
      const u0 = process.cpuUsage();
      const t0 = performance.now();
      sink += fn(input);
      walls.push(performance.now() - t0);
      const u = process.cpuUsage(u0);
      cpus.push((u.user + u.system) / 1000);
    }
    const med = (xs: number[]): number => xs.sort((a, b) => a - b)[3];
    const mb = Buffer.byteLength(input) / 1e6;
    return { wall: mb / (med(walls) / 1000), cpu: mb / (med(cpus) / 1000), mb };
  };
  const rows: [string, string, (s: string) => number][] = [
    ['charCodeAt loop (floor)', big, floor],
    ['segmentOffsets', big, (s) => segmentOffsets(s).length],
    ['segment', big, (s) => segment(s).length],
  ];
  if (ud) {
    const distinct = ['train.raw.txt', 'dev.raw.txt'].map((f) => readFileSync(join(resolve(ud!), f), 'utf8')).join('\n');
    rows.push(['segment, UD text, fresh segmenter', distinct, (s) => createSegmenter().segment(s).length]);
  }
  const results = rows.map(([name, input, fn]) => ({ name, ...time(input, fn) }));
  const floorRow = results[0];
  console.log(`first call (decodes the model): ${firstCall.toFixed(0)} ms; heap after it ${heap.toFixed(1)} MB`);
  console.log(`${floorRow.mb.toFixed(1)} MB UTF-8 (${big.length} UTF-16 units), Node ${process.version}, median of 7 after warm-up`);
  console.log(`  ${'row'.padEnd(36)} ${'MB/s'.padStart(8)}  x floor  ${'cpu MB/s'.padStart(8)}  cpu x floor`);
  for (const r of results) {
    console.log(
      `  ${r.name.padEnd(36)} ${r.wall.toFixed(1).padStart(8)}  ${(r.wall / floorRow.wall).toFixed(3).padStart(7)}  ${r.cpu.toFixed(1).padStart(8)}  ${(r.cpu / floorRow.cpu).toFixed(3).padStart(11)}`,
    );
  }
  if (sink === 0.5) console.log('');
}
const sets: { name: string; path: string }[] = [];
if (ud) {
  const dev = join(resolve(ud), 'dev.gold.txt');
  if (!existsSync(dev)) {
    console.error(`eval-segment: ${dev} not found`);
    process.exit(2);
  }
  sets.push({ name: 'UD VTB dev', path: dev });
}
for (const f of files) sets.push({ name: f, path: resolve(f) });
if (sets.length === 0) {
  console.error('usage: npm run eval:segment -- --ud ../shared/data/ud-vtb [file.gold.txt ...]');
  process.exit(2);
}

const lexicon = new Set<string>();
for (const line of LEXICON.split('\n')) lexicon.add(line.slice(1));

type Span = string; // "start,end"
const runs = (line: string): [number, number][] => {
  const out: [number, number][] = [];
  let s = -1;
  for (let i = 0; i <= line.length; i++) {
    const sp = i === line.length || line[i] === ' ';
    if (!sp && s < 0) s = i;
    else if (sp && s >= 0) {
      out.push([s, i]);
      s = -1;
    }
  }
  return out;
};

function greedy(raw: string): [number, number][] {
  const toks = runs(raw);
  const keys = toks.map(([s, e]) => syllableKey(raw.slice(s, e)));
  const out: [number, number][] = [];
  for (let i = 0; i < toks.length; ) {
    let L = 1;
    for (let k = Math.min(MAX_LEX, toks.length - i); k >= 2; k--) {
      if (lexicon.has(keys.slice(i, i + k).join(' '))) {
        L = k;
        break;
      }
    }
    out.push([toks[i][0], toks[i + L - 1][1]]);
    i += L;
  }
  return out;
}

interface Tally { tp: number; pred: number; gold: number }
const score = (t: Tally): string => {
  const p = t.tp / t.pred;
  const r = t.tp / t.gold;
  const f = (2 * p * r) / (p + r);
  return `P ${(100 * p).toFixed(2)}  R ${(100 * r).toFixed(2)}  F1 ${(100 * f).toFixed(2)}`;
};

for (const set of sets) {
  const lines = readFileSync(set.path, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const systems: Record<string, Tally> = {
    'vietext segment': { tp: 0, pred: 0, gold: 0 },
    'greedy longest match (same lexicon)': { tp: 0, pred: 0, gold: 0 },
    'every syllable a word': { tp: 0, pred: 0, gold: 0 },
  };
  let chars = 0;
  let ms = 0;
  for (const line of lines) {
    const raw = line.replaceAll('_', ' ');
    const gold = new Set<Span>(runs(line).map(([s, e]) => `${s},${e}`));
    const t0 = performance.now();
    const words = segment(raw);
    ms += performance.now() - t0;
    chars += raw.length;
    const preds: Record<string, [number, number][]> = {
      'vietext segment': words.map((w) => [w.start, w.end]),
      'greedy longest match (same lexicon)': greedy(raw),
      'every syllable a word': runs(raw),
    };
    for (const [name, spans] of Object.entries(preds)) {
      const t = systems[name];
      t.gold += gold.size;
      t.pred += spans.length;
      for (const [s, e] of spans) if (gold.has(`${s},${e}`)) t.tp++;
    }
  }
  console.log(`${set.name}: ${lines.length} sentences, ${systems['vietext segment'].gold} gold words`);
  for (const [name, t] of Object.entries(systems)) console.log(`  ${name.padEnd(38)} ${score(t)}`);
  console.log(`  (segment time incl. first-call model decode: ${ms.toFixed(0)} ms for ${chars} chars)`);
}
