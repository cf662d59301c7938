// The CLI driver: parses arguments, expands inputs, runs them through the command (inline or on
// worker threads), writes results in input order, and turns every user error into one line.
import { existsSync, fstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { helpText } from './help.js';
import { parseArgs, UsageError, type CliOptions } from './parse-args.js';
import { reasonOf, tooLarge, type ItemResult, type Settings } from './process-input.js';
import { MAX_INPUT_BYTES } from './decode-input.js';
import { Progress } from './progress.js';
import { OrderedPool, type Item } from './worker-pool.js';

/** Below this many bytes of files, the automatic --jobs runs in one thread. */
const PARALLEL_MIN_BYTES = 2_000_000;

/** Where the run writes; tests and the entry pass the real streams. */
export interface Io {
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  env: NodeJS.ProcessEnv;
}

/** Runs the CLI and resolves to the exit status. `entryUrl` is the entry module (workers start from it). */
export async function runCli(argv: readonly string[], entryUrl: URL, io: Io): Promise<number> {
  let opts: CliOptions;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) return usage(io, e);
    throw e;
  }
  if (opts.version) {
    io.stdout.write(`${readVersion(entryUrl)}\n`);
    return 0;
  }
  if (opts.help || !opts.command) {
    if (!opts.command && !opts.help) {
      io.stderr.write(helpText(undefined));
      return 2;
    }
    io.stdout.write(helpText(opts.command));
    return 0;
  }
  const command = opts.command;
  const noColor = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '';
  const settings: Settings = {
    command,
    format: opts.format,
    color: opts.color ?? (Boolean(io.stdout.isTTY) && !noColor && io.env.TERM !== 'dumb'),
    encoding: opts.encoding,
    form: opts.form,
    tones: opts.tones,
    referenceDate: opts.referenceDate,
  };
  const jobs = opts.jobs ?? 0; // 0: automatic
  const progressWanted = opts.progress ?? (Boolean(io.stderr.isTTY) && !io.stdout.isTTY);

  const run = new Run(io, settings, opts.stats);
  if (opts.input === 'ndjson') {
    if (opts.inputs.length > 0) return usage(io, new UsageError('--input ndjson reads standard input only; remove the file arguments', command));
    return run.ndjson(jobs, entryUrl, progressWanted);
  }
  let inputs = opts.inputs;
  if (inputs.length === 0) {
    // In a clone of the repository, analyze with no input runs on its corpus/ (`npm start`). The npm
    // package ships none: there it reads piped standard input like every other command, and on a
    // terminal says what to pass instead of waiting.
    const corpus = command === 'analyze' ? fileURLToPath(new URL('../../corpus/', entryUrl)) : '';
    if (corpus && existsSync(corpus)) {
      return run.files(expand([corpus], relative(process.cwd(), corpus) || '.'), jobs, entryUrl, progressWanted);
    }
    if (corpus && io.stdin.isTTY) {
      return usage(io, new UsageError('no input given; pass FILE, DIR or - (the default corpus/ is in the vietext repository, not in the npm package)', command));
    }
    if (io.stdin.isTTY) io.stderr.write('vietext: reading standard input (end with Ctrl-D)\n');
    inputs = ['-'];
  }
  return run.files(expand(inputs), jobs, entryUrl, progressWanted);
}

function usage(io: Io, e: UsageError): number {
  io.stderr.write(`vietext: ${e.message}\nRun 'vietext ${e.command ? `${e.command} ` : ''}--help' for usage.\n`);
  return 2;
}

function readVersion(entryUrl: URL): string {
  try {
    return String(JSON.parse(readFileSync(new URL('../../package.json', entryUrl), 'utf8')).version);
  } catch {
    return 'unknown';
  }
}

/** Expands arguments into items: `-`, files, and every *.txt under a directory (sorted). */
function expand(args: readonly string[], labelFor?: string): Item[] {
  const items: Item[] = [];
  for (const arg of args) {
    if (arg === '-') {
      items.push({ kind: 'bytes', bytes: new Uint8Array(0), label: '<stdin>', size: 0 });
      continue;
    }
    let st;
    try {
      st = statSync(arg);
    } catch (e) {
      items.push({ kind: 'fail', label: arg, reason: reasonOf(e), size: 0 });
      continue;
    }
    if (!st.isDirectory()) {
      items.push({ kind: 'file', path: arg, label: arg, size: st.size });
      continue;
    }
    const found: Item[] = [];
    walk(arg, labelFor ?? arg, found);
    if (found.length === 0) items.push({ kind: 'fail', label: arg, reason: 'directory has no .txt files', size: 0 });
    items.push(...found);
  }
  return items;
}

function walk(dir: string, label: string, out: Item[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    out.push({ kind: 'fail', label, reason: reasonOf(e), size: 0 });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const d of entries) {
    if (d.name.startsWith('.')) continue;
    const path = join(dir, d.name);
    const lab = join(label, d.name);
    if (d.isDirectory()) walk(path, lab, out);
    else if (d.name.toLowerCase().endsWith('.txt')) {
      let size = 0;
      try {
        size = statSync(path).size;
      } catch {
        /* reported when read */
      }
      out.push({ kind: 'file', path, label: lab, size });
    }
  }
}

/** Reads all of standard input. */
async function readAll(stream: NodeJS.ReadStream): Promise<Uint8Array> {
  const parts: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    total += (chunk as Buffer).length;
    // An endless stream (`cat /dev/zero | vietext normalize`) fails at the limit instead of filling memory.
    if (total > MAX_INPUT_BYTES) throw tooLarge(`more than ${MAX_INPUT_BYTES}`);
    parts.push(chunk as Buffer);
  }
  return Buffer.concat(parts);
}

class Run {
  private failed = 0;
  private total = 0;
  private written = 0;
  private progress: Progress | undefined;
  private pool: OrderedPool | undefined;

  constructor(private readonly io: Io, private readonly s: Settings, private readonly stats: boolean) {}

  /** Writes, waiting for the stream to drain when its buffer is full. */
  private write(text: string): Promise<void> | undefined {
    if (this.io.stdout.write(text)) return undefined;
    return new Promise<void>((resolve) => this.io.stdout.once('drain', resolve));
  }

  private report(label: string, reason: string): void {
    this.progress?.clear();
    this.io.stderr.write(`vietext: ${label}: ${reason}\n`);
  }

  /** Stops workers and the progress bar (Ctrl-C, closed pipe). */
  abort(): void {
    this.progress?.clear();
    this.pool?.destroy();
  }

  async files(items: Item[], jobs: number, entryUrl: URL, progressWanted: boolean): Promise<number> {
    const totalBytes = items.reduce((n, it) => n + it.size, 0);
    this.progress = new Progress(progressWanted && items.length > 1, totalBytes);
    // analyze --json is always an array; the other commands print one object for one input.
    const json = this.s.format === 'json' && (this.s.command === 'analyze' || items.length > 1);
    // Automatic: worker threads only pay for their start-up (loading the library again) on a
    // few megabytes of files; --jobs N asks for them explicitly.
    const files = items.filter((it) => it.kind === 'file').length;
    if (jobs === 0) jobs = totalBytes >= PARALLEL_MIN_BYTES ? availableParallelism() : 1;
    const parallel = jobs > 1 && files > 1;
    const sink = async (results: ItemResult[], batch: readonly Item[]) => {
      for (let i = 0; i < results.length; i++) {
        const r = results[i];
        const it = batch[i];
        this.total++;
        this.progress!.tick(1, it.size);
        if (r.err !== undefined) {
          this.failed++;
          this.report('label' in it ? it.label : '<stdin>', r.err);
          continue;
        }
        let chunk = r.out ?? '';
        if (json) chunk = `${this.written === 0 ? '[\n' : ',\n'}${indent(chunk)}`;
        else if (this.s.format !== 'text') chunk += '\n';
        this.written++;
        await this.write(chunk);
      }
    };
    this.pool = new OrderedPool(parallel ? Math.min(jobs, items.length) : 1, this.s, sink, entryUrl);
    for (const it of items) {
      if (it.kind === 'bytes') {
        try {
          const bytes = await readAll(this.io.stdin);
          await this.pool.submit([{ ...it, bytes, size: bytes.length }]);
        } catch (e) {
          await this.pool.submit([{ kind: 'fail', label: it.label, reason: reasonOf(e), size: 0 }]);
        }
      } else await this.pool.submit([it]);
    }
    await this.pool.close();
    if (json) await this.write(this.written === 0 ? '[]\n' : '\n]\n');
    return this.finish();
  }

  async ndjson(jobs: number, entryUrl: URL, progressWanted: boolean): Promise<number> {
    let totalBytes: number | undefined;
    try {
      const st = fstatSync(0);
      if (st.isFile()) totalBytes = st.size;
    } catch {
      totalBytes = undefined;
    }
    this.progress = new Progress(progressWanted, totalBytes);
    const sink = async (results: ItemResult[], batch: readonly Item[]) => {
      for (let i = 0; i < results.length; i++) {
        const r = results[i];
        if (r.err !== undefined) {
          this.failed++;
          this.report('<stdin>', r.err);
          continue;
        }
        this.total += r.records ?? 0;
        for (const e of r.errors ?? []) {
          this.failed++;
          this.report('<stdin>', e);
        }
        this.progress!.tick(r.records ?? 0, batch[i].size);
        if (r.out) await this.write(r.out);
      }
    };
    this.pool = new OrderedPool(jobs || availableParallelism(), this.s, sink, entryUrl);
    // The main thread only cuts standard input at line ends; workers decode, parse and analyse.
    let nextLine = 1;
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    const send = async (bytes: Buffer) => {
      let lines = 0;
      for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) lines++;
      const firstLine = nextLine;
      nextLine += lines;
      await this.pool!.submit([{ kind: 'lines', bytes, firstLine, size: bytes.length }]);
    };
    for await (const chunk of this.io.stdin) {
      const buf = chunk as Buffer;
      const last = buf.lastIndexOf(10);
      if (last === -1) {
        pending.push(Buffer.from(buf));
        pendingBytes += buf.length;
        if (pendingBytes > MAX_INPUT_BYTES) {
          // One record may not fill memory: stop with one line instead.
          await this.pool.close();
          this.total++;
          this.failed++;
          this.report('<stdin>', `line ${nextLine} is longer than ${MAX_INPUT_BYTES} bytes; stopped there`);
          return this.finish();
        }
        continue;
      }
      // Whatever is complete goes out now: a slow or interactive stream must not wait for more.
      const head = buf.subarray(0, last + 1);
      const complete = pending.length ? Buffer.concat([...pending, head], pendingBytes + head.length) : Buffer.from(head);
      pending = [];
      pendingBytes = 0;
      if (last + 1 < buf.length) {
        pending.push(Buffer.from(buf.subarray(last + 1)));
        pendingBytes = buf.length - last - 1;
      }
      await send(complete);
    }
    if (pendingBytes) await send(Buffer.concat([...pending, Buffer.from('\n')]));
    await this.pool.close();
    return this.finish();
  }

  private finish(): number {
    this.progress?.clear();
    if (this.stats && this.progress) {
      const t = this.progress.totals;
      const secs = Math.max(t.seconds, 0.001);
      const rssMb = process.resourceUsage().maxRSS / 1024;
      this.io.stderr.write(
        `vietext: ${t.articles} articles, ${(t.bytes / 1e6).toFixed(1)} MB in ${secs.toFixed(2)} s: ` +
          `${(t.articles / secs).toFixed(1)} articles/s, ${(t.bytes / 1e6 / secs).toFixed(2)} MB/s, peak RSS ${rssMb.toFixed(0)} MB\n`,
      );
    }
    if (this.failed > 0) {
      this.io.stderr.write(`vietext: ${this.failed} of ${this.total} input${this.total === 1 ? '' : 's'} failed\n`);
      return 1;
    }
    return 0;
  }
}

function indent(json: string): string {
  return `  ${json.replaceAll('\n', '\n  ')}`;
}

