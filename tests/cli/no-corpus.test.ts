// `vietext analyze` with no input as the npm package meets it: the package ships no corpus/.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, type Io } from '../../src/cli/run-cli.js';
import { ROOT } from './_run.js';

// An installed package: <dir>/dist/cli/index.js, no <dir>/corpus/.
const pkg = mkdtempSync(join(tmpdir(), 'vietext-no-corpus-'));
const entryUrl = pathToFileURL(join(pkg, 'dist', 'cli', 'index.js'));
afterAll(() => rmSync(pkg, { recursive: true, force: true }));

const SEED = readFileSync(join(ROOT, 'corpus/000_ef666b26bbfb0251.txt'));

async function run(args: string[], stdin: { bytes?: Buffer; tty?: boolean }) {
  const input = Readable.from(stdin.bytes ? [stdin.bytes] : []) as unknown as NodeJS.ReadStream;
  let read = false;
  input.on('data', () => (read = true));
  if (stdin.tty) (input as { isTTY?: boolean }).isTTY = true;
  const out: string[] = [];
  const err: string[] = [];
  const sink = (parts: string[]) => {
    const s = new PassThrough();
    s.on('data', (d: Buffer) => parts.push(d.toString('utf8')));
    return s as unknown as NodeJS.WriteStream;
  };
  const io: Io = { stdin: input, stdout: sink(out), stderr: sink(err), env: { NO_COLOR: '1' } };
  const code = await runCli(args, entryUrl, io);
  return { code, stdout: out.join(''), stderr: err.join(''), read };
}

describe('vietext analyze with no input and no corpus/ (the npm package)', () => {
  it('reads piped standard input, like every other command', async () => {
    const r = await run(['analyze'], { bytes: SEED });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('══ <stdin>');
    expect(r.stdout).toContain('Đặng Quốc Toàn');
  });

  it('on a terminal: one line saying what to pass, exit 2, standard input not read', async () => {
    const r = await run(['analyze'], { tty: true });
    expect(r.code).toBe(2);
    expect(r.read).toBe(false);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^vietext: no input given; pass FILE, DIR or -/);
    expect(lines[0]).toMatch(/npm package/);
    expect(lines[1]).toBe("Run 'vietext analyze --help' for usage.");
  });
});
