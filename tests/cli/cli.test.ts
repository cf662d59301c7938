import { mkdtempSync, readFileSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/parse-args.js';
import { ROOT, runCli } from './_run.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vietext-cli-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** No stack trace: no "    at " frames and no file:line:col of the source. */
function expectNoStack(stderr: string): void {
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(stderr).not.toMatch(/\.ts:\d+:\d+/);
}

describe('help and version', () => {
  it('--version prints the package version', async () => {
    const r = await runCli(['--version']);
    expect(r).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });

  it.each([...COMMANDS])('%s --help and --version work', async (command) => {
    const help = await runCli([command, '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain(`vietext ${command}`);
    const version = await runCli([command, '--version']);
    expect(version.stdout).toBe(`${pkg.version}\n`);
  });

  it('no command prints the general help on stderr and exits 2', async () => {
    const r = await runCli([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Commands:');
  });
});

describe('usage errors: one line, a hint, exit 2, no stack', () => {
  it.each([
    [['frob'], /unknown command "frob"/],
    [['analyze', '--frob'], /unknown option --frob/],
    [['analyze', '--jobs', '0'], /--jobs must be a whole number/],
    [['analyze', '--encoding', 'latin9'], /--encoding must be one of/],
    [['normalize', '--form'], /option --form needs a value/],
    [['analyze', '--input', 'ndjson', 'x.txt'], /reads standard input only/],
  ])('%j', async (args, message) => {
    const r = await runCli(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/Run 'vietext .*--help'/);
    expect(r.stderr.trim().split('\n')).toHaveLength(2);
    expectNoStack(r.stderr);
  });
});

describe('bad input files', () => {
  it('reports each bad file on one line, goes on, and exits 1 with a count', async () => {
    const binary = join(dir, 'image.txt');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const badUtf8 = join(dir, 'bad.txt');
    // 0xC3 followed by "(": invalid UTF-8, and plain ASCII otherwise, so no legacy encoding either.
    writeFileSync(badUtf8, Buffer.from([0x61, 0x62, 0xc3, 0x28, 0x63]));
    const missing = join(dir, 'missing.txt');
    const locked = join(dir, 'locked.txt');
    writeFileSync(locked, 'x');
    chmodSync(locked, 0o000);
    const r = await runCli(['analyze', binary, empty, badUtf8, missing, locked]);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toContain(`vietext: ${binary}: binary data, not text (NUL bytes or many control characters)`);
    expect(lines).toContain(`vietext: ${empty}: empty file`);
    expect(lines.some((l) => l.startsWith(`vietext: ${badUtf8}: invalid UTF-8 at byte 2`))).toBe(true);
    expect(lines).toContain(`vietext: ${missing}: no such file or directory`);
    // root can read a mode-000 file; anyone else gets "permission denied".
    const asRoot = process.getuid?.() === 0;
    if (!asRoot) expect(lines).toContain(`vietext: ${locked}: permission denied`);
    expect(lines.at(-1)).toMatch(/^vietext: [45] of 5 inputs failed$/);
    expect(r.code).toBe(1);
    expectNoStack(r.stderr);
  });

  it('a directory without .txt files is reported', async () => {
    const sub = mkdtempSync(join(dir, 'none-'));
    const r = await runCli(['analyze', sub]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`vietext: ${sub}: directory has no .txt files`);
  });

  it('empty standard input is reported as <stdin>', async () => {
    const r = await runCli(['normalize', '-'], '');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('vietext: <stdin>: empty file');
  });
});

describe('NDJSON input', () => {
  it('answers every line in order, bad records included, with --jobs 2', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 300; i++) {
      // Every third record is bad in a different way; each still gets its own output line.
      if (i % 3 === 1) lines.push(`{"id": ${i}}`);
      else if (i % 3 === 2) lines.push(`{"id": ${i}, "text": 42}`);
      else lines.push('not json');
    }
    const r = await runCli(['analyze', '--input', 'ndjson', '--jobs', '2'], `${lines.join('\n')}\n`);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: unknown; error?: string });
    expect(out).toHaveLength(300);
    out.forEach((o, i) => {
      expect(o.id).toBe(i % 3 === 0 ? null : i);
      expect(typeof o.error).toBe('string');
    });
    expect(r.stderr).toContain('line 1: not valid JSON');
    expect(r.stderr).toContain('line 2 (id 1): "text" is missing or not a string');
    expect(r.stderr.trim().split('\n').at(-1)).toBe('vietext: 300 of 300 inputs failed');
    expect(r.code).toBe(1);
  });

  it('skips blank lines and reads a CRLF stream', async () => {
    const r = await runCli(['analyze', '--ndjson-in', '--jobs', '1'], '{"id":"a"}\r\n\r\n\n{"id":"b"}\r\n');
    expect(r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['a', 'b']);
  });
});
