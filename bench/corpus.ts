// `npm run bench:corpus`: corpus-scale throughput and memory of `vietext analyze --input ndjson`.
// Repeats corpus/ into a temporary NDJSON file of the requested size, runs the built CLI on it
// with --jobs 1 and --jobs 2, and reports articles/s, MB/s and peak RSS of each run.
//
//   npm run bench:corpus                  # 20 MB (a few minutes on 2 cores)
//   npm run bench:corpus -- --mb 500      # the 500 MB run the README's numbers come from
//   npm run bench:corpus -- --jobs 1,2,4  # other worker counts
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, openSync, closeSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeInput } from '../src/cli/decode-input.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CLI = join(ROOT, 'dist/cli/index.js');

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i !== -1 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
const targetMb = Number(arg('mb', process.env.BENCH_CORPUS_MB ?? '20'));
const jobsList = arg('jobs', '1,2').split(',').map(Number);
if (!(targetMb > 0) || jobsList.some((j) => !(j >= 1))) {
  console.error('usage: bench/corpus.ts [--mb N] [--jobs 1,2]');
  process.exit(2);
}
if (!existsSync(CLI)) {
  console.error(`bench:corpus: ${CLI} is missing; run npm run build first`);
  process.exit(1);
}

// 1. The corpus as NDJSON records, repeated to the target size.
const dir = join(ROOT, 'corpus');
const texts = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ f, text: decodeInput(readFileSync(join(dir, f))).text }));
const work = mkdtempSync(join(tmpdir(), 'vietext-bench-'));
const input = join(work, 'corpus.ndjson');
const target = targetMb * 1e6;
let bytes = 0;
let records = 0;
{
  const out = createWriteStream(input);
  while (bytes < target) {
    for (const { f, text } of texts) {
      const line = `${JSON.stringify({ id: `${records}:${f}`, text })}\n`;
      bytes += Buffer.byteLength(line);
      records++;
      if (!out.write(line)) await new Promise<void>((r) => out.once('drain', () => r()));
      if (bytes >= target) break;
    }
  }
  await new Promise<void>((r) => out.end(r));
}
console.log(`bench:corpus: ${records} articles, ${(bytes / 1e6).toFixed(1)} MB of NDJSON from ${texts.length} corpus files`);
console.log(`machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} CPUs, Node ${process.version}`);

// 2. How many cores this process can really get right now: the same CPU-bound loop on 1 and on
//    2 threads. On a shared machine this is often below 2, and the --jobs 2 speed-up with it.
function spin(): number {
  let x = 0;
  for (let i = 0; i < 1.5e8; i++) x = (x + i * 7) % 1000003;
  return x;
}
async function coresAvailable(): Promise<number> {
  const code = `const { parentPort } = require('node:worker_threads'); const t = performance.now(); let x = 0; for (let i = 0; i < 1.5e8; i++) x = (x + i * 7) % 1000003; parentPort.postMessage([performance.now() - t, x]);`;
  const run = (k: number) =>
    Promise.all(Array.from({ length: k }, () => new Promise<number>((resolve) => {
      const w = new Worker(code, { eval: true });
      w.once('message', (m: [number, number]) => {
        resolve(m[0]);
        void w.terminate();
      });
    })));
  const one = (await run(1))[0];
  const two = Math.max(...(await run(2)));
  return Math.min(2, (2 * one) / two);
}
spin();
const cores = await coresAvailable();
console.log(`cores available to one process now (2 threads of a CPU-bound loop vs 1): ${cores.toFixed(2)} of 2`);

// 3. One run per --jobs value; peak RSS from the CLI's own --stats (the kernel's ru_maxrss of the
//    process, worker threads included) and, when present, GNU time's maximum resident set size.
interface Result {
  jobs: number;
  seconds: number;
  articles: number;
  rssMb: number;
  outLines: number;
}
const hasTime = existsSync('/usr/bin/time');

function runOnce(jobs: number): Promise<Result> {
  return new Promise((resolve, reject) => {
    const stdin = openSync(input, 'r');
    const cmd = hasTime ? '/usr/bin/time' : process.execPath;
    const args = [...(hasTime ? ['-v', process.execPath] : []), CLI, 'analyze', '--input', 'ndjson', '--jobs', String(jobs), '--no-progress', '--stats'];
    const t0 = process.hrtime.bigint();
    const child = spawn(cmd, args, { stdio: [stdin, 'pipe', 'pipe'] });
    closeSync(stdin);
    let stderr = '';
    let outLines = 0;
    child.stdout!.on('data', (d: Buffer) => {
      for (let i = d.indexOf(10); i !== -1; i = d.indexOf(10, i + 1)) outLines++;
    });
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      const stats = /vietext: (\d+) articles.*peak RSS (\d+) MB/.exec(stderr);
      const gnu = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      if (code !== 0 || !stats) {
        reject(new Error(`--jobs ${jobs} exited ${code}: ${stderr.slice(-2000)}`));
        return;
      }
      const rssMb = gnu ? Number(gnu[1]) / 1024 : Number(stats[2]);
      resolve({ jobs, seconds, articles: Number(stats[1]), rssMb, outLines });
    });
  });
}

const results: Result[] = [];
try {
  for (const jobs of jobsList) {
    const r = await runOnce(jobs);
    results.push(r);
    console.log(
      `--jobs ${jobs}: ${r.seconds.toFixed(1)} s, ${(r.articles / r.seconds).toFixed(1)} articles/s, ` +
        `${(bytes / 1e6 / r.seconds).toFixed(2)} MB/s, peak RSS ${r.rssMb.toFixed(0)} MB` +
        (r.outLines === records ? '' : `  (WARNING: ${r.outLines} output lines for ${records} records)`),
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
const one = results.find((r) => r.jobs === 1);
const two = results.find((r) => r.jobs === 2);
if (one && two) {
  const speedup = one.seconds / two.seconds;
  console.log(`speed-up --jobs 2 / --jobs 1: ${speedup.toFixed(2)}x (aim >= 1.7x on two free cores; ${cores.toFixed(2)} cores were available)`);
}
const peak = Math.max(...results.map((r) => r.rssMb));
console.log(`peak RSS: ${peak.toFixed(0)} MB (aim < 300 MB on a 500 MB input; this input: ${(bytes / 1e6).toFixed(0)} MB)`);
