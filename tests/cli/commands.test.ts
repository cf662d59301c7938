// Each command on real articles, and the same article in every input encoding giving the same output.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeLegacy } from '../../src/normalize/index.js';
import { splitSentences } from '../../src/tokenize/index.js';
import { ROOT, hasExport, runCli } from './_run.js';

const SEED = 'corpus/000_ef666b26bbfb0251.txt';
const seedText = readFileSync(join(ROOT, SEED), 'utf8');
const haveAnalyze = await hasExport('analyze');
let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vietext-cmd-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('commands on the seed article', () => {
  it('segment prints one sentence a line with words joined by _', async () => {
    const r = await runCli(['segment', SEED]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(splitSentences(seedText).length);
    expect(r.stdout).toContain('cán_bộ');
    expect(r.stdout).toContain('Đặng_Quốc_Toàn');
    // Joining the words back gives the sentence (modulo spacing).
    const first = splitSentences(seedText)[1].text.replace(/\s+/g, '');
    expect(lines[1].replaceAll('_', '').replace(/\s+/g, '')).toBe(first);
  });

  it('sentences prints one sentence a line', async () => {
    const r = await runCli(['sentences', SEED]);
    expect(r.stdout.trimEnd().split('\n')).toEqual(splitSentences(seedText).map((s) => s.text.replace(/[\n\t\r]+/g, ' ')));
  });

  it('entities shows the official and the resolved date', async () => {
    const r = await runCli(['entities', SEED]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Officials \(\d+\)/);
    expect(r.stdout).toMatch(/Đặng Quốc Toàn · Bí thư Quận ủy/);
    expect(r.stdout).toMatch(/Ngày 18\/6\s+2020-06-18/);
  });

  it('entities --json gives spans that slice the decoded input', async () => {
    const r = await runCli(['entities', '--json', SEED]);
    const { file, result } = JSON.parse(r.stdout) as { file: string; result: Record<string, { text: string; start: number; end: number }[]> };
    expect(file).toBe(SEED);
    for (const list of Object.values(result)) for (const e of list) expect(seedText.slice(e.start, e.end)).toBe(e.text);
  });

  it('--json with several inputs is one valid JSON array, in input order', async () => {
    const r = await runCli(['sentences', '--json', SEED, 'corpus/001-dai-hoi-dang-bo-phuong-binh-khanh-tay.txt']);
    const list = JSON.parse(r.stdout) as { file: string; result: unknown[] }[];
    expect(list.map((x) => x.file)).toEqual([SEED, 'corpus/001-dai-hoi-dang-bo-phuong-binh-khanh-tay.txt']);
    expect(list[0].result).toHaveLength(splitSentences(seedText).length);
  });

  it('no colour when stdout is not a terminal; --color forces it and changes nothing else', async () => {
    const plain = await runCli(['entities', SEED]);
    expect(plain.stdout).not.toContain('\u001b[');
    const forced = await runCli(['entities', '--color', SEED]);
    expect(forced.stdout).toContain('\u001b[');
    expect(forced.stdout.replace(/\u001b\[[\d;]*m/g, '')).toBe(plain.stdout);
  });
});

describe.runIf(existsSync('/usr/bin/script'))('on a terminal (a pty from script(1))', () => {
  const inPty = (command: string, env: NodeJS.ProcessEnv) =>
    execFileSync('/usr/bin/script', ['-qec', command, '/dev/null'], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
  const cli = `${JSON.stringify(process.execPath)} --import tsx src/cli/index.ts`;

  it('colour on a terminal, none when NO_COLOR is set', () => {
    expect(inPty(`${cli} entities ${SEED}`, { NO_COLOR: '' })).toContain('\u001b[33m');
    expect(inPty(`${cli} entities ${SEED}`, { NO_COLOR: '1' })).not.toContain('\u001b[');
  });

  it('a progress bar on stderr when only stderr is a terminal', () => {
    const shown = inPty(`${cli} tokenize --ndjson corpus 2>&1 >/dev/null`, { NO_COLOR: '1' });
    expect(shown).toMatch(/\[[#-]{24}\]\s+\d+%\s+\d+ articles/);
    // It is erased at the end: the last thing written clears the line.
    expect(shown.trimEnd().endsWith('\r\u001b[K')).toBe(true);
  });
});

describe('every input encoding gives the same result', () => {
  it.each([
    ['UTF-8 with BOM', (t: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t)])],
    ['UTF-16 LE with BOM', (t: string) => Buffer.from(`\ufeff${t}`, 'utf16le')],
    ['CRLF line ends', (t: string) => Buffer.from(t.replaceAll('\n', '\r\n'))],
    ['VNI bytes', (t: string) => Buffer.from(encodeLegacy(t, 'vni'), 'latin1')],
    ['TCVN3 bytes', (t: string) => Buffer.from(encodeLegacy(t, 'tcvn3'), 'latin1')],
  ])('%s', async (name, encode) => {
    const file = join(dir, `${name.replace(/\W+/g, '-')}.txt`);
    writeFileSync(file, encode(seedText));
    const [want, got] = await Promise.all([runCli(['entities', '--ndjson', SEED]), runCli(['entities', '--ndjson', file])]);
    expect(got.stderr).toBe('');
    expect(got.code).toBe(0);
    const strip = (s: string) => JSON.stringify((JSON.parse(s) as { result: unknown }).result);
    expect(strip(got.stdout)).toBe(strip(want.stdout));
  });

  it('a TCVN3 corpus article is read through auto-detection', async () => {
    const gold = JSON.parse(readFileSync(join(ROOT, 'corpus/008-binh-thanh-tuyen-duong-phu-nu.gold.json'), 'utf8')) as { encoding: string; article: { title: string } };
    expect(gold.encoding).toBe('tcvn3');
    const r = await runCli(['sentences', 'corpus/008-binh-thanh-tuyen-duong-phu-nu.txt']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(gold.article.title);
  });
});

describe.runIf(haveAnalyze)('analyze', () => {
  it('with no input analyses the bundled corpus: the seed official and date are shown', async () => {
    const r = await runCli(['analyze', '--jobs', '2']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('══ corpus/000_ef666b26bbfb0251.txt');
    expect(r.stdout).toContain('Đặng Quốc Toàn');
    expect(r.stdout).toContain('2020-06-18');
    expect(r.stdout).toMatch(/^Title\s+Tiếp tục xây dựng chương trình nâng cao chất lượng đội ngũ cán bộ$/m);
    expect(r.stdout).toMatch(/^Summary$/m);
  });

  it('--json is an array of { file, article, entities, summary }', async () => {
    const r = await runCli(['analyze', '--json', SEED, SEED]);
    const list = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(list).toHaveLength(2);
    expect(Object.keys(list[0]).sort()).toEqual(['article', 'entities', 'file', 'summary']);
    expect(list[0].file).toBe(SEED);
    expect(list[1]).toEqual(list[0]);
  });

  it('NDJSON input: { id, article, entities, summary } per line, same as the file run', async () => {
    const input = `${JSON.stringify({ id: 'seed', text: seedText })}\n`;
    const [viaNdjson, viaFile] = await Promise.all([runCli(['analyze', '--input', 'ndjson', '-j', '1'], input), runCli(['analyze', '--ndjson', SEED])]);
    const a = JSON.parse(viaNdjson.stdout) as Record<string, unknown>;
    const b = JSON.parse(viaFile.stdout) as Record<string, unknown>;
    expect(a.id).toBe('seed');
    expect(a.entities).toEqual(b.entities);
    expect(a.summary).toEqual(b.summary);
  });
});
