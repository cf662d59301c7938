// `npm run bench:ab`: is this change faster? Times a base commit and the working tree in separate
// processes, alternating, and prints each row's speed-up with its spread. Same-process
// before/after comparisons mislead (JIT state, heap size and the order of cases leak from one
// measurement into the next), so every measurement here is a fresh `bench/run.ts` process.
//
//   npm run bench:ab -- tokenOffsets                 # HEAD vs the working tree, rows matching "tokenOffsets"
//   npm run bench:ab -- --base HEAD~3 --rounds 7 tokenize segment
//   npm run bench:ab -- --mb 5 --runs 3 tokenOffsets  # quicker, noisier
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

interface Args {
  base: string;
  rounds: number;
  runs: number;
  mb: number;
  filters: string[];
}

function parseArgs(argv: string[]): Args {
  const a: Args = { base: 'HEAD', rounds: 5, runs: 5, mb: 10, filters: [] };
  for (let k = 0; k < argv.length; k++) {
    const v = argv[k];
    if (v === '--base') a.base = argv[++k];
    else if (v === '--rounds') a.rounds = Number(argv[++k]);
    else if (v === '--runs') a.runs = Number(argv[++k]);
    else if (v === '--mb') a.mb = Number(argv[++k]);
    else if (v === '--help' || v === '-h') {
      console.log('usage: npm run bench:ab -- [--base REF] [--rounds N] [--runs N] [--mb N] filter [filter ...]');
      process.exit(0);
    } else if (v.startsWith('--')) fail(`unknown option ${v}`);
    else a.filters.push(v);
  }
  if (!a.base) fail('--base needs a git ref');
  for (const [name, x] of [['--rounds', a.rounds], ['--runs', a.runs], ['--mb', a.mb]] as const) {
    if (!(x > 0)) fail(`${name} must be a positive number`);
  }
  if (a.filters.length === 0) fail('name at least one row filter (as for npm run bench), e.g. tokenOffsets');
  return a;
}

function fail(msg: string): never {
  console.error(`bench:ab: ${msg}`);
  process.exit(2);
}

interface Row {
  name: string;
  mbPerS: number;
  cpuMbPerS: number;
  ratioFloor: number;
}

/** One `bench/run.ts` process in `dir`; returns its rows by name. */
function runOnce(dir: string, args: Args, out: string): Map<string, Row> {
  const r = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', 'bench/run.ts', '--no-natural', '--runs', String(args.runs), '--mb', String(args.mb), '--out', out, ...args.filters],
    { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (r.status !== 0) fail(`bench/run.ts failed in ${dir} (status ${r.status}): ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  const report = JSON.parse(readFileSync(out, 'utf8')) as { rows: Row[] };
  return new Map(report.rows.map((row) => [row.name, row]));
}

function median(xs: number[]): number {
  const s = [...xs].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const args = parseArgs(process.argv.slice(2));
const sha = execFileSync('git', ['rev-parse', '--verify', `${args.base}^{commit}`], { cwd: ROOT, encoding: 'utf8' }).trim();
const tmp = mkdtempSync(join(tmpdir(), 'vietext-ab-'));
const baseDir = join(tmp, 'base');
execFileSync('git', ['worktree', 'add', '--detach', baseDir, sha], { cwd: ROOT, stdio: 'ignore' });
try {
  // The base uses this checkout's installed packages (no install: the harness compares code).
  if (!existsSync(join(baseDir, 'node_modules'))) symlinkSync(join(ROOT, 'node_modules'), join(baseDir, 'node_modules'), 'dir');
  const sides = [
    { label: `base ${args.base} (${sha.slice(0, 8)})`, dir: baseDir, rows: [] as Map<string, Row>[] },
    { label: 'working tree', dir: ROOT, rows: [] as Map<string, Row>[] },
  ];
  for (let round = 0; round < args.rounds; round++) {
    // Alternate which side goes first, so a drift in machine load hits both alike.
    const order = round % 2 ? [1, 0] : [0, 1];
    for (const s of order) sides[s].rows.push(runOnce(sides[s].dir, args, join(tmp, `r${round}-${s}.json`)));
    process.stdout.write(`round ${round + 1}/${args.rounds} done\n`);
  }
  const names = [...sides[1].rows[0].keys()].filter((n) => sides[0].rows[0].has(n));
  console.log(`\nbench:ab: ${args.rounds} rounds, each a fresh process per side (--mb ${args.mb}, --runs ${args.runs}); speed-up = working tree / base`);
  const header = ['row', 'base MB/s', 'tree MB/s', 'speed-up', 'per-round range', 'base x floor', 'tree x floor'];
  const body = names.map((name) => {
    const b = sides[0].rows.map((m) => m.get(name) as Row);
    const t = sides[1].rows.map((m) => m.get(name) as Row);
    // Per-round speed-ups pair runs that ran back to back, under the same load.
    const ups = t.map((row, k) => row.mbPerS / b[k].mbPerS);
    return [
      name,
      median(b.map((r) => r.mbPerS)).toFixed(1),
      median(t.map((r) => r.mbPerS)).toFixed(1),
      `${median(ups).toFixed(3)}x`,
      `${Math.min(...ups).toFixed(2)}–${Math.max(...ups).toFixed(2)}`,
      median(b.map((r) => r.ratioFloor)).toFixed(3),
      median(t.map((r) => r.ratioFloor)).toFixed(3),
    ];
  });
  const widths = header.map((h, k) => Math.max(h.length, ...body.map((row) => row[k].length)));
  const line = (cells: string[]) => cells.map((c, k) => (k ? c.padStart(widths[k]) : c.padEnd(widths[k]))).join('  ');
  console.log(line(header));
  for (const row of body) console.log(line(row));
  console.log(`base: ${sides[0].label}`);
} finally {
  execFileSync('git', ['worktree', 'remove', '--force', baseDir], { cwd: ROOT, stdio: 'ignore' });
  rmSync(tmp, { recursive: true, force: true });
}
