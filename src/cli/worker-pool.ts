// Worker threads that process items in batches while the caller receives results in
// submission order. At most `maxInFlight` batches are outstanding: `submit` waits for room,
// which is what keeps memory bounded when input arrives faster than it can be analysed.
import { Worker, parentPort, workerData } from 'node:worker_threads';
import { processBytes, processFile, processLines, type ItemResult, type Settings } from './process-input.js';

/** One unit of work a worker can do on its own. */
export type Item =
  | { kind: 'file'; path: string; label: string; size: number }
  | { kind: 'bytes'; bytes: Uint8Array; label: string; size: number }
  | { kind: 'fail'; label: string; reason: string; size: number }
  | { kind: 'lines'; bytes: Uint8Array; firstLine: number; size: number };

interface Task {
  seq: number;
  items: Item[];
}
interface Done {
  seq: number;
  results: ItemResult[];
}

/** Runs one batch in the current thread. */
export function runItems(items: readonly Item[], s: Settings): ItemResult[] {
  return items.map((it) => {
    switch (it.kind) {
      case 'file': return processFile(it.path, it.label, s);
      case 'bytes': return processBytes(it.bytes, it.label, s);
      case 'fail': return { err: it.reason };
      case 'lines': return processLines(it.bytes, it.firstLine, s);
    }
  });
}

/** Marker in workerData telling the entry module to become a worker. */
export const WORKER_FLAG = 'vietextCliWorker';

/** Body of a worker thread: process each batch it is sent and post the results back. */
export function runWorker(): void {
  const settings = (workerData as { settings: Settings }).settings;
  parentPort!.on('message', (task: Task) => {
    const done: Done = { seq: task.seq, results: runItems(task.items, settings) };
    parentPort!.postMessage(done);
  });
}

/** Receives each batch's results, in submission order. */
export type Sink = (results: ItemResult[], items: readonly Item[]) => void | Promise<void>;

/** Processes batches in order, inline (`jobs` 1) or on worker threads. */
export class OrderedPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: Task[] = [];
  private readonly waiting = new Map<number, ItemResult[]>();
  private readonly batches = new Map<number, Item[]>();
  private nextSeq = 0;
  private nextEmit = 0;
  private inFlight = 0;
  private roomWaiters: (() => void)[] = [];
  private drainWaiters: (() => void)[] = [];
  private failure: Error | undefined;
  private closing = false;
  private emitting: Promise<void> = Promise.resolve();

  constructor(
    private readonly jobs: number,
    private readonly settings: Settings,
    private readonly sink: Sink,
    entryUrl: URL,
    private readonly maxInFlight = Math.max(2, jobs * 3),
  ) {
    if (jobs <= 1) return;
    for (let i = 0; i < jobs; i++) {
      const w = startWorker(entryUrl, { [WORKER_FLAG]: true, settings });
      w.on('message', (d: Done) => this.onDone(w, d));
      w.on('error', (e) => this.fail(e));
      w.on('exit', (code) => {
        if (code !== 0 && !this.closing) this.fail(new Error(`worker thread exited with code ${code}`));
      });
      this.workers.push(w);
      this.idle.push(w);
    }
  }

  /** Queues one batch; resolves when there is room for another. */
  async submit(items: Item[]): Promise<void> {
    if (this.failure) throw this.failure;
    const seq = this.nextSeq++;
    this.batches.set(seq, items);
    if (this.jobs <= 1) {
      await this.accept(seq, runItems(items, this.settings));
      return;
    }
    this.inFlight++;
    this.queue.push({ seq, items });
    this.dispatch();
    while (this.inFlight >= this.maxInFlight && !this.failure) await new Promise<void>((r) => this.roomWaiters.push(r));
    if (this.failure) throw this.failure;
  }

  /** Waits for every submitted batch to be emitted, then stops the workers. */
  async close(): Promise<void> {
    while (this.inFlight > 0 && !this.failure) await new Promise<void>((r) => this.drainWaiters.push(r));
    await this.emitting;
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
    if (this.failure) throw this.failure;
  }

  /** Stops the workers at once (Ctrl-C, closed pipe). */
  destroy(): void {
    this.closing = true;
    for (const w of this.workers) void w.terminate();
  }

  private dispatch(): void {
    while (this.idle.length && this.queue.length) this.idle.pop()!.postMessage(this.queue.shift()!);
  }

  private onDone(w: Worker, d: Done): void {
    this.idle.push(w);
    this.dispatch();
    this.emitting = this.emitting.then(() => this.accept(d.seq, d.results)).catch((e: Error) => this.fail(e));
  }

  private async accept(seq: number, results: ItemResult[]): Promise<void> {
    this.waiting.set(seq, results);
    while (this.waiting.has(this.nextEmit)) {
      const r = this.waiting.get(this.nextEmit)!;
      const items = this.batches.get(this.nextEmit)!;
      this.waiting.delete(this.nextEmit);
      this.batches.delete(this.nextEmit);
      this.nextEmit++;
      await this.sink(r, items);
      if (this.jobs > 1) {
        this.inFlight--;
        this.wake();
      }
    }
  }

  private fail(e: Error): void {
    this.failure ??= e;
    this.wake();
  }

  private wake(): void {
    const room = this.roomWaiters;
    this.roomWaiters = [];
    for (const r of room) r();
    if (this.inFlight === 0 || this.failure) {
      const d = this.drainWaiters;
      this.drainWaiters = [];
      for (const r of d) r();
    }
  }
}

/**
 * Starts a worker on the entry module. Run from source (`tsx src/cli/index.ts`), the entry is
 * TypeScript, which a worker cannot load by itself: it first registers tsx's loader.
 */
function startWorker(entryUrl: URL, data: unknown): Worker {
  if (!entryUrl.pathname.endsWith('.ts')) return new Worker(entryUrl, { workerData: data });
  const api = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(entryUrl.href)}); });`;
  return new Worker(code, { eval: true, workerData: data });
}
