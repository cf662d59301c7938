// `npm run bench`: throughput of every bench/*.bench.ts case on the corpus repeated to >= 10 MB,
// beside a bare charCodeAt loop (the floor), String.prototype.split(' ') and natural's Vietnamese
// tokenizer (measured in a child process). See bench/README.md for the method.
//
//   npm run bench                      # full run, writes bench/results/latest.json
//   npm run bench -- --quick           # ~1 MB input, 3 runs: a smoke test, writes nothing
//   npm run bench -- tokenize segment  # only rows whose "group name" contains a filter word
//   npm run bench -- --runs 11 --no-natural --out bench/results/mine.json
//   npm run bench -- --isolate         # each row in a process of its own (see bench/README.md)
//
// By default every row runs in this one process, one after the other, as the project's benchmark
// spec asks (natural excepted); the floor is timed first and again last. --isolate runs each row
// in a process of its own (this script with --file and --only) beside its own floor timings.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, type as osType } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildInputs } from './_corpus.js';
import { floorLoop, measure, type Measurement } from './_measure.js';
import type { BenchCase } from './_types.js';

const BENCH_DIR = fileURLToPath(new URL('./', import.meta.url));

interface Args {
  quick: boolean;
  runs: number;
  natural: boolean;
  out: string | undefined;
  filters: string[];
  mb: number;
  isolate: boolean;
  /** Child mode: time only this bench file's rows (with the floor) and print them as JSON. */
  file: string | undefined;
  /** Child mode: only the row of this name. */
  only: string | undefined;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { quick: false, runs: 0, natural: true, out: undefined, filters: [], mb: 0, isolate: false, file: undefined, only: undefined };
  for (let k = 0; k < argv.length; k++) {
    const v = argv[k];
    if (v === '--quick') a.quick = true;
    else if (v === '--no-natural') a.natural = false;
    else if (v === '--runs') a.runs = Number(argv[++k]);
    else if (v === '--mb') a.mb = Number(argv[++k]);
    else if (v === '--out') a.out = argv[++k];
    else if (v === '--isolate') a.isolate = true;
    else if (v === '--file') a.file = argv[++k];
    else if (v === '--only') a.only = argv[++k];
    else if (v === '--help' || v === '-h') {
      console.log('usage: npm run bench -- [--quick] [--runs N] [--mb N] [--no-natural] [--isolate] [--out file.json] [filter ...]');
      process.exit(0);
    } else if (v.startsWith('--')) {
      console.error(`bench: unknown option ${v}`);
      process.exit(2);
    } else a.filters.push(v.toLowerCase());
  }
  if (!a.runs) a.runs = a.quick ? 3 : 7;
  if (!a.mb) a.mb = a.quick ? 1 : 10;
  if (!(a.runs >= 1) || !(a.mb > 0)) {
    console.error('bench: --runs and --mb must be positive numbers');
    process.exit(2);
  }
  return a;
}

const args = parseArgs(process.argv.slice(2));
const targetBytes = args.mb * 1e6;
const opts = { runs: args.runs, budgetMs: args.quick ? 5_000 : 30_000 };
const matches = (c: { group: string; name: string }) =>
  args.filters.length === 0 || args.filters.some((f) => `${c.group} ${c.name}`.toLowerCase().includes(f));

type Row = Measurement & { process: string };
const FLOOR_AGAIN = 'floor again, after every other row';
const floorCase: BenchCase = { group: 'baseline', name: 'floor: bare charCodeAt loop', run: floorLoop };
const files = readdirSync(BENCH_DIR).filter((f) => f.endsWith('.bench.ts')).sort();

async function casesOf(file: string): Promise<BenchCase[]> {
  const mod = (await import(pathToFileURL(`${BENCH_DIR}${file}`).href)) as { cases?: BenchCase[] };
  if (Array.isArray(mod.cases)) return mod.cases;
  console.error(`bench: ${file} does not export \`cases\`; skipped`);
  return [];
}

/**
 * Times `cases` (those the filters select) between two timings of the floor, in this process.
 * The second floor: a first measurement can be slowed by work the engine is still finishing in
 * the background (compiling the modules just loaded); ratios use the faster of the two.
 */
function timeCases(cases: BenchCase[], inputs: Awaited<ReturnType<typeof buildInputs>>, label: string): Row[] {
  const rows: Row[] = [];
  const run = (c: BenchCase) => {
    try {
      rows.push({ ...measure(c, inputs, opts), process: label });
    } catch (err) {
      console.error(`bench: ${c.group}/${c.name} threw: ${(err as Error).message}`);
    }
    process.stderr.write('.');
  };
  run(floorCase);
  for (const c of cases) if (matches(c)) run(c);
  run({ ...floorCase, name: FLOOR_AGAIN });
  return rows;
}

if (args.file !== undefined) {
  // Child mode (see the header): one bench file, its own floor, JSON on stdout.
  const inputs = await buildInputs(targetBytes);
  const cases = (await casesOf(args.file)).filter((c) => args.only === undefined || c.name === args.only);
  const rows = timeCases(cases, inputs, args.only ?? args.file.replace(/\.bench\.ts$/, ''));
  process.stdout.write(`\nRESULT ${JSON.stringify(rows)}\n`);
  process.exit(0);
}

const load0 = loadavg();
const inputs = await buildInputs(targetBytes);
console.log(
  `bench: ${inputs.articles.length} articles (${inputs.articles.filter((a) => a.encoding !== 'utf8').map((a) => `${a.file} from ${a.encoding}`).join(', ') || 'all UTF-8'})` +
    `${inputs.skipped.length ? `; skipped ${inputs.skipped.map((s) => `${s.file}: ${s.reason}`).join('; ')}` : ''}`,
);
console.log(
  `bench: input ${(inputs.corpusBytes / 1e6).toFixed(1)} MB UTF-8 (${(inputs.corpus.length / 1e6).toFixed(1)} M UTF-16 units), ` +
    `${inputs.corpusArticles.length} articles for per-article rows; median of ${args.runs} runs after warm-up; ` +
    (args.isolate ? 'each row in its own process' : 'every row in this process'),
);

// Per-row processes: their floor timings, kept for the ratios and the JSON, not printed.
const floorsByProcess = new Map<string, Row[]>();
const mainCases: BenchCase[] = [{ group: 'baseline', name: "String.prototype.split(' ')", run: (s) => s.split(' '), unit: 'pieces' }];
const rows: Row[] = [];
if (!args.isolate) {
  for (const f of files) mainCases.push(...(await casesOf(f)));
  rows.push(...timeCases(mainCases, inputs, 'main'));
} else {
  rows.push(...timeCases(mainCases, inputs, 'main'));
  for (const f of files) {
    for (const c of (await casesOf(f)).filter(matches)) {
      const child = spawnSync(
        process.execPath,
        ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--file', f, '--only', c.name, '--runs', String(args.runs), '--mb', String(args.mb), ...(args.quick ? ['--quick'] : [])],
        { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, cwd: fileURLToPath(new URL('../', import.meta.url)), stdio: ['ignore', 'pipe', 'inherit'] },
      );
      const line = child.stdout.split('\n').find((l) => l.startsWith('RESULT '));
      if (child.status !== 0 || !line) console.error(`bench: ${c.group}/${c.name} failed in its process (status ${child.status})`);
      else rows.push(...(JSON.parse(line.slice(7)) as Row[]).filter((r) => r.name === c.name)); // its floors stay out of the table
      floorsByProcess.set(c.name, ((line && (JSON.parse(line.slice(7)) as Row[])) || []).filter((r) => r.name !== c.name));
    }
  }
}
process.stderr.write('\n');

// natural in its own process, on the same input (see _natural-child.ts for why).
if (args.natural && matches({ group: 'tokenize', name: 'natural AggressiveTokenizerVi' })) {
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', fileURLToPath(new URL('./_natural-child.ts', import.meta.url)), String(targetBytes), String(args.runs), String(opts.budgetMs)],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, cwd: fileURLToPath(new URL('../', import.meta.url)) },
  );
  const line = child.stdout.split('\n').find((l) => l.startsWith('RESULT '));
  if (child.status !== 0 || !line) console.error(`bench: natural child failed (status ${child.status}): ${child.stderr.slice(0, 2000)}`);
  else for (const m of JSON.parse(line.slice(7)) as Measurement[]) rows.push({ ...m, process: 'natural' });
}

// `x floor`: against the faster floor timing of the row's own process (natural's rows: the main
// process's, as natural's process is slowed by loading natural).
const isFloor = (r: Row) => r.name === floorCase.name || r.name === FLOOR_AGAIN;
const floorOf = (proc: string, key: 'mbPerS' | 'cpuMbPerS'): number => {
  const own = [...rows, ...(floorsByProcess.get(proc) ?? [])].filter((r) => isFloor(r) && r.process === (proc === 'natural' ? 'main' : proc));
  return own.length ? Math.max(...own.map((r) => r[key])) : Number.NaN;
};
const natRow = rows.find((r) => r.name === 'natural AggressiveTokenizerVi');
const table = rows.map((r) => ({
  ...r,
  ratioFloor: r.mbPerS / floorOf(r.process, 'mbPerS'),
  ratioNatural: r.mbPerS / (natRow?.mbPerS ?? Number.NaN),
  cpuRatioFloor: r.cpuMbPerS / floorOf(r.process, 'cpuMbPerS'),
  cpuRatioNatural: r.cpuMbPerS / (natRow?.cpuMbPerS ?? Number.NaN),
}));

// Print.
const fmt = (x: number | undefined, d = 1) => (x === undefined || !Number.isFinite(x) ? '' : x >= 1e6 ? `${(x / 1e6).toFixed(2)}M` : x.toFixed(d));
const header = ['group', 'name', 'input', 'MB/s', 'units/s', 'x floor', 'x natural', 'cpu MB/s', 'cpu x floor', 'cpu x natural', 'median ms', 'cold ms', 'runs'];
const body = table.map((r) => [
  r.group,
  r.name + (r.process === 'main' || r.process === r.name ? '' : ` [${r.process} process]`),
  r.input,
  fmt(r.mbPerS),
  r.unitsPerS ? `${fmt(r.unitsPerS)} ${r.unit}` : r.articlesPerS ? `${fmt(r.articlesPerS, 0)} articles` : '',
  fmt(r.ratioFloor, 3),
  fmt(r.ratioNatural, 2),
  fmt(r.cpuMbPerS),
  fmt(r.cpuRatioFloor, 3),
  fmt(r.cpuRatioNatural, 2),
  fmt(r.medianMs),
  fmt(r.coldMs),
  String(r.runs),
]);
const widths = header.map((h, k) => Math.max(h.length, ...body.map((row) => row[k].length)));
const line = (cells: string[]) => cells.map((c, k) => (k >= 3 ? c.padStart(widths[k]) : c.padEnd(widths[k]))).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of body) console.log(line(row));

const load1 = loadavg();
const cpu = cpus();
const report = {
  command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
  date: new Date().toISOString(),
  node: process.version,
  v8: process.versions.v8,
  os: `${osType()} ${release()}`,
  cpu: cpu[0]?.model ?? 'unknown',
  cores: cpu.length,
  loadavg: { start: load0, end: load1 },
  input: {
    mb: args.mb,
    corpusBytes: inputs.corpusBytes,
    corpusUtf16: inputs.corpus.length,
    corpusNfdBytes: inputs.corpusNfdBytes,
    articlesPerPass: inputs.corpusArticles.length,
    articles: inputs.articles.map((a) => ({ file: a.file, encoding: a.encoding })),
    skipped: inputs.skipped,
  },
  runs: args.runs,
  quick: args.quick,
  filters: args.filters,
  rows: table,
  /** Floor timings of each row's own process (first and last), the base of that row's `x floor`. */
  rowProcessFloors: Object.fromEntries(floorsByProcess),
};
console.log(`bench: node ${report.node}, ${report.cpu} (${report.cores} cores), load average ${load0[0].toFixed(2)} -> ${load1[0].toFixed(2)}`);
const out = args.out ?? (args.quick || args.filters.length ? undefined : fileURLToPath(new URL('./results/latest.json', import.meta.url)));
if (out) {
  mkdirSync(fileURLToPath(new URL('./results/', import.meta.url)), { recursive: true });
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`bench: wrote ${out}`);
} else console.log('bench: partial run (--quick or a filter); nothing written (use --out to keep it)');
