// Adversarial review of the CLI's input decoding and flag parsing (called directly: no spawn).
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { decodeInput } from '../../src/cli/decode-input.js';
import { parseArgs, UsageError } from '../../src/cli/parse-args.js';
import { processFile, processLines, type Settings } from '../../src/cli/process-input.js';

const le = (s: string) => Buffer.from(s, 'utf16le');
const be = (s: string) => {
  const b = le(s);
  for (let i = 0; i < b.length; i += 2) [b[i], b[i + 1]] = [b[i + 1]!, b[i]!];
  return b;
};

describe('decodeInput: broken UTF-16 is an error, never U+FFFD', () => {
  it.each([
    ['odd length, BOM', Buffer.concat([le('\ufeffViệt Nam'), Buffer.from([0x41])]), 'auto', /odd number of bytes: 19/],
    ['odd length, forced', Buffer.from('abc\xff\xfe def', 'latin1'), 'utf16le', /odd number of bytes/],
    ['lone high surrogate', Buffer.concat([le('\ufeffab'), Buffer.from([0x3d, 0xd8]), le('cd')]), 'auto', /at byte 6 \(unpaired surrogate\)/],
    ['lone low surrogate, BE', Buffer.concat([be('\ufeffab'), Buffer.from([0xdc, 0x00])]), 'auto', /UTF-16BE at byte 6/],
  ] as const)('%s', (_name, bytes, encoding, message) => {
    let err: unknown;
    try {
      decodeInput(bytes, encoding);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).reason).toBe('invalid-utf16');
    expect((err as Error).message).toMatch(message);
    expect((err as Error).message).not.toContain('\n');
  });
  it('a surrogate pair still decodes', () => {
    expect(decodeInput(le('\ufeffA😀B')).text).toBe('A😀B');
  });
});

describe('parseArgs: bad flags are usage errors, not ignored or deferred', () => {
  it.each([
    [['analyze', '--reference-date', '2020-02-30'], /real date/],
    [['entities', '--reference-date=2021-13-01'], /real date/],
    [['entities', '--reference-date=0000-01-01'], /real date/],
    [['tokenize', '--tones', 'reformed'], /--tones does not apply to tokenize/],
    [['entities', '--form', 'NFD'], /--form does not apply to entities/],
    [['normalize', '--reference-date', '2020-01-01'], /--reference-date does not apply to normalize/],
    [['normalize', '-', 'a.txt', '-'], /standard input \(-\) can be read only once/],
  ])('%j', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });
  it('accepts what applies', () => {
    expect(parseArgs(['analyze', '--reference-date', '2020-02-29']).referenceDate).toBe('2020-02-29');
    expect(parseArgs(['normalize', '--tones', 'reformed', '--form', 'NFD']).tones).toBe('reformed');
    expect(parseArgs(['entities', '--reference-date', '2000-02-29']).referenceDate).toBe('2000-02-29');
    expect(() => parseArgs(['entities', '--reference-date', '1900-02-29'])).toThrow(UsageError);
  });
});

describe('inputs that must not fill memory or be patched silently', () => {
  const settings: Settings = { command: 'normalize', format: 'ndjson', color: false, encoding: 'auto' };
  it.runIf(existsSync('/dev/zero'))('an endless device fails at the limit (it used to read until memory ran out)', () => {
    expect(processFile('/dev/zero', '/dev/zero', settings).err).toMatch(/^too large \(more than 268435456 bytes/);
  });
  it('an NDJSON line that is not UTF-8 is an error record, the others are processed', () => {
    const bytes = Buffer.concat([Buffer.from('{"id":1,"text":"Vi'), Buffer.from([0xff, 0xfe]), Buffer.from('t"}\n{"id":2,"text":"Hoa\u0300"}\n')]);
    const r = processLines(bytes, 1, settings);
    expect(r.out!.trim().split('\n')).toEqual(['{"id":null,"error":"invalid UTF-8 (NDJSON is UTF-8)"}', '{"id":2,"result":"Hoà"}']);
    expect(r.errors).toEqual(['line 1: invalid UTF-8 (NDJSON is UTF-8)']);
  });
});
