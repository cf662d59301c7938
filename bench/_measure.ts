// Timing helpers shared by bench/run.ts and the natural child process.
import type { BenchCase } from './_types.js';
import type { BenchInputs } from './_corpus.js';

export interface Measurement {
  group: string;
  name: string;
  input: 'corpus' | 'corpus-nfd' | 'corpus-articles';
  /** Median wall time of one pass over the whole input, ms. */
  medianMs: number;
  /** Median process CPU time (user + system) of one pass, ms: steadier than wall time on a busy machine. */
  cpuMs: number;
  /** MB/s from the CPU-time median. */
  cpuMbPerS: number;
  /** Time of the very first call (lazy tables, dictionaries, JIT), ms. */
  coldMs: number;
  runs: number;
  bytes: number;
  chars: number;
  mbPerS: number;
  mcharsPerS: number;
  unit?: string;
  unitsPerS?: number;
  articlesPerS?: number;
}

/** A bare charCodeAt loop: one read per code unit, nothing else. No tokenizer can beat it. */
export function floorLoop(s: string): number {
  let h = 0;
  for (let i = 0, n = s.length; i < n; i++) h = (h + s.charCodeAt(i)) | 0;
  return h;
}

let sink: unknown;

function median(xs: number[]): number {
  const a = [...xs].sort((x, y) => x - y);
  const mid = a.length >> 1;
  return a.length % 2 ? a[mid] : (a[mid - 1] + a[mid]) / 2;
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function countUnits(c: BenchCase, result: unknown): number {
  if (typeof result === 'number') return result;
  if (Array.isArray(result) || ArrayBuffer.isView(result)) return (result as ArrayLike<unknown>).length / (c.unitsPerItem ?? 1);
  return Number.NaN;
}

export interface MeasureOptions {
  runs: number;
  /** Stop adding timed runs after this many ms (at least 3 runs are always timed). */
  budgetMs: number;
}

/** Warm-up, then the median of `runs` timed passes over the case's input. */
export function measure(c: BenchCase, inputs: BenchInputs, opts: MeasureOptions): Measurement {
  const kind = c.input ?? 'corpus';
  let pass: () => number;
  let bytes: number;
  let chars: number;
  if (kind === 'corpus-articles') {
    const arts = inputs.corpusArticles;
    bytes = inputs.corpusArticlesBytes;
    chars = arts.reduce((n, a) => n + a.length, 0);
    pass = () => {
      let units = 0;
      for (let k = 0; k < arts.length; k++) {
        const r = c.run(arts[k]);
        units += countUnits(c, r);
        sink = r;
      }
      return units;
    };
  } else {
    const s = kind === 'corpus-nfd' ? inputs.corpusNfd : inputs.corpus;
    bytes = kind === 'corpus-nfd' ? inputs.corpusNfdBytes : inputs.corpusBytes;
    chars = s.length;
    pass = () => {
      const r = c.run(s);
      sink = r;
      return countUnits(c, r);
    };
  }
  const cpuTimes: number[] = [];
  const time = (): [number, number] => {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const units = pass();
    const t1 = performance.now();
    const c1 = process.cpuUsage(c0);
    cpuTimes.push((c1.user + c1.system) / 1000);
    sink = null;
    return [t1 - t0, units];
  };
  // One collection before the case, none between timed runs: a forced (memory-reducing) GC
  // discards optimised code and type feedback, so collecting before every run would time the
  // interpreter and the optimising compiler instead of the steady state.
  gc();
  const [coldMs, units] = time();
  // Warm-up: at least two more passes, or about a second; one pass for slow cases (the cold pass
  // has already run everything once).
  let warm = 0;
  let warmed = 0;
  const warmRuns = coldMs > 5_000 ? 1 : 5;
  for (; warmed < warmRuns && (warmed < 2 || warm < 1000); warmed++) warm += time()[0];
  const times: number[] = [];
  cpuTimes.length = 0;
  let spent = 0;
  // At least 3 timed passes, fewer only when one pass alone exceeds the budget.
  const minRuns = Math.min(opts.runs, warm / Math.max(1, warmed) > opts.budgetMs / 3 ? 1 : 3);
  while (times.length < opts.runs && (times.length < minRuns || spent < opts.budgetMs)) {
    const [ms] = time();
    times.push(ms);
    spent += ms;
  }
  const medianMs = median(times);
  const cpuMs = median(cpuTimes);
  const sec = medianMs / 1000;
  const m: Measurement = {
    group: c.group,
    name: c.name,
    input: kind,
    medianMs,
    coldMs,
    runs: times.length,
    bytes,
    chars,
    mbPerS: bytes / 1e6 / sec,
    cpuMs,
    cpuMbPerS: bytes / 1e6 / (cpuMs / 1000),
    mcharsPerS: chars / 1e6 / sec,
  };
  if (c.unit && Number.isFinite(units)) {
    m.unit = c.unit;
    m.unitsPerS = units / sec;
  }
  if (kind === 'corpus-articles') m.articlesPerS = inputs.corpusArticles.length / sec;
  void sink;
  return m;
}
