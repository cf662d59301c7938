import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { InputError } from '../../src/errors.js';
import { decodeInput } from '../../src/cli/decode-input.js';

const text = 'Cán bộ Quận 10\nđạt chuẩn 100%.';

function utf16(s: string, be: boolean): Buffer {
  const le = Buffer.from(`\ufeff${s}`, 'utf16le');
  if (!be) return le;
  const out = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) {
    out[i] = le[i + 1];
    out[i + 1] = le[i];
  }
  return out;
}

describe('decodeInput: the text encodings it must read', () => {
  it.each([
    ['UTF-8', Buffer.from(text, 'utf8'), 'utf8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]), 'utf8'],
    ['UTF-16 LE with BOM', utf16(text, false), 'utf16le'],
    ['UTF-16 BE with BOM', utf16(text, true), 'utf16be'],
  ])('%s', (_name, bytes, encoding) => {
    const got = decodeInput(bytes);
    expect(got.text).toBe(text);
    expect(got.encoding).toBe(encoding);
  });

  it('turns CRLF and lone CR into LF', () => {
    expect(decodeInput(Buffer.from('a\r\nb\rc\n', 'utf8')).text).toBe('a\nb\nc\n');
  });

  it('does not mutate the bytes it is given', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('x\r\ny', 'utf8')]);
    const copy = Buffer.from(bytes);
    decodeInput(bytes);
    expect(bytes.equals(copy)).toBe(true);
  });
});

describe('decodeInput: bad input is an InputError with a reason', () => {
  it.each([
    ['empty', Buffer.alloc(0), 'empty'],
    ['only whitespace', Buffer.from(' \n\t\r\n'), 'empty'],
    ['only a BOM', Buffer.from([0xef, 0xbb, 0xbf]), 'empty'],
    ['NUL bytes', Buffer.from('abc\0def'), 'binary'],
    ['mostly control characters', Buffer.from([1, 2, 3, 4, 5, 6, 0x41, 7, 8, 0x0e]), 'binary'],
    ['a PNG header', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'binary'],
    ['invalid UTF-8 forced as utf8', Buffer.from([0x61, 0xc3, 0x28, 0x62]), 'invalid-utf8', 'utf8' as const],
  ])('%s', (_name, bytes, reason, encoding?) => {
    let caught: unknown;
    try {
      decodeInput(bytes, encoding);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(InputError);
    expect((caught as InputError).reason).toBe(reason);
  });

  it('names the byte offset of invalid UTF-8', () => {
    expect(() => decodeInput(Buffer.from([0x61, 0x62, 0xff, 0x63]), 'utf8')).toThrow(/byte 2/);
  });

  it('is linear on a long run of control-free ASCII and a long invalid tail', () => {
    const big = Buffer.alloc(8_000_000, 0x61);
    const t0 = Date.now();
    expect(decodeInput(big).text.length).toBe(8_000_000);
    expect(Date.now() - t0).toBeLessThan(5000);
  });
});

describe('decodeInput: legacy Vietnamese encodings (through vietext/normalize)', async () => {
  const { encodeLegacy, normalize } = await import('../../src/normalize/index.js');
  const article = 'Bí thư Quận ủy Đặng Quốc Toàn phát biểu tại hội nghị tổng kết chương trình đòn bẩy.\nĐội ngũ cán bộ, công chức đạt chuẩn theo quy định.';
  it.each(['vni', 'tcvn3', 'viqr'] as const)('%s bytes are detected and decoded', (enc) => {
    const legacy = encodeLegacy(article, enc);
    const bytes = Buffer.from(legacy, enc === 'viqr' ? 'utf8' : 'latin1');
    const got = decodeInput(bytes);
    expect(got.encoding).toBe(enc);
    expect(normalize(got.text)).toBe(normalize(article));
    // The same bytes with the encoding named explicitly.
    expect(normalize(decodeInput(bytes, enc).text)).toBe(normalize(article));
  });

  it('UTF-8 mixed with a legacy encoding is an error, not a legacy decode of everything', () => {
    const mixed = Buffer.concat([Buffer.from(`${article}\n`, 'utf8'), Buffer.from(encodeLegacy(article, 'tcvn3'), 'latin1')]);
    let err: unknown;
    try {
      decodeInput(mixed);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).reason).toBe('invalid-utf8');
    expect((err as Error).message).toMatch(/mixed encodings/);
    // Forcing an encoding is still the caller's call.
    expect(decodeInput(mixed, 'tcvn3').encoding).toBe('tcvn3');
  });

  it('VNI and TCVN3 bytes of every corpus article are still detected (no UTF-8-looking letters in them)', () => {
    const dir = new URL('../../corpus/', import.meta.url);
    const files = readdirSync(dir).filter((f) => /^\d{3}.*\.txt$/.test(f));
    expect(files.length).toBeGreaterThan(20);
    for (const f of files) {
      const raw = readFileSync(new URL(f, dir));
      let text: string;
      try {
        text = decodeInput(raw).text;
      } catch {
        continue;
      }
      for (const enc of ['vni', 'tcvn3'] as const) {
        const got = decodeInput(Buffer.from(encodeLegacy(text, enc), 'latin1'));
        expect(got.encoding, `${f} as ${enc}`).toBe(enc);
      }
    }
  });

  it('plain Vietnamese UTF-8 is not mistaken for a legacy encoding', () => {
    expect(decodeInput(Buffer.from(article, 'utf8')).encoding).toBe('utf8');
  });
});
