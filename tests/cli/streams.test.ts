// Closed pipes, Ctrl-C, and ordering across worker threads.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTRY, ROOT, hasExport, runCli } from './_run.js';

const haveTokenize = await hasExport('tokenize');

function start(args: string[]) {
  return spawn(process.execPath, ['--import', 'tsx', ENTRY, ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
}

describe('ending quietly', () => {
  it.runIf(haveTokenize)('a reader that closes the pipe early (| head) ends the run quietly', async () => {
    const child = start(['tokenize', '--input', 'ndjson', '--jobs', '2']);
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdin.on('error', () => {});
    // Far more output than a pipe buffer holds; the reader goes away after the first chunk.
    const line = `${JSON.stringify({ id: 1, text: 'Cán bộ Quận 10 đạt chuẩn 100%. '.repeat(200) })}\n`;
    child.stdout.once('data', () => child.stdout.destroy());
    const write = () => {
      for (let i = 0; i < 2000; i++) if (!child.stdin.write(line)) return void child.stdin.once('drain', write);
      child.stdin.end();
    };
    write();
    const code = await new Promise<number | null>((r) => child.on('close', (c) => r(c)));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('Ctrl-C (SIGINT) ends the run with status 130 and no message', async () => {
    const child = start(['analyze', '--input', 'ndjson', '--jobs', '2']);
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdout.resume();
    child.stdin.write('{"id":1}\n'); // stdin stays open: the run is waiting for more
    // Wait until the record went through (its error line is on stderr), then interrupt.
    await new Promise<void>((r) => {
      const poll = setInterval(() => {
        if (stderr.includes('line 1')) {
          clearInterval(poll);
          r();
        }
      }, 20);
    });
    const before = stderr;
    child.kill('SIGINT');
    const code = await new Promise<number | null>((r) => child.on('close', (c) => r(c)));
    expect(code).toBe(130);
    expect(stderr.slice(before.length)).toBe('');
  });
});

describe.runIf(haveTokenize)('order across worker threads', () => {
  it('a directory is processed with --jobs 2 and written in name order', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vietext-order-'));
    try {
      // Sizes vary a lot so that workers finish out of order.
      for (let i = 0; i < 12; i++) {
        const words = (i % 3 === 0 ? 4000 : 3) + i;
        writeFileSync(join(dir, `${String(i).padStart(2, '0')}.txt`), `Bài ${i} `.concat('cán bộ '.repeat(words)));
      }
      const r = await runCli(['tokenize', '--ndjson', '--jobs', '2', dir]);
      expect(r.code).toBe(0);
      const files = r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { file: string }).file);
      expect(files).toEqual(Array.from({ length: 12 }, (_, i) => join(dir, `${String(i).padStart(2, '0')}.txt`)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('NDJSON with --jobs 2 gives the same lines as --jobs 1', async () => {
    const lines = Array.from({ length: 400 }, (_, i) => JSON.stringify({ id: `r${i}`, text: `Ngày ${(i % 28) + 1}/6, tăng ${i},5%. `.repeat((i * 7) % 50 + 1) }));
    const input = `${lines.join('\n')}\n`;
    const one = await runCli(['tokenize', '--input', 'ndjson', '--jobs', '1'], input);
    const two = await runCli(['tokenize', '--input', 'ndjson', '--jobs', '2'], input);
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(lines.map((_, i) => `r${i}`));
  });
});
