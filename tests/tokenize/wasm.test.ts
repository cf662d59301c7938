// The WebAssembly scan (src/tokenize/wasm/scan.c) must give exactly the JS scan's triples: it is
// used by tokenOffsets under Node, the JS scan everywhere else.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { TOKEN_TYPES, tokenOffsets, tokenize } from '../../src/tokenize/index.js';
import { tokenOffsetsJs } from '../../src/tokenize/_scan-js.js';
import { tokenOffsetsWasm } from '../../src/tokenize/_scan-wasm.js';

const root = join(import.meta.dirname, '../..');

function expectSame(text: string): void {
  const wasm = tokenOffsetsWasm(text);
  expect(wasm).not.toBeNull();
  // Compare as plain arrays so a mismatch prints the triples.
  expect(Array.from(wasm as Uint32Array)).toEqual(Array.from(tokenOffsetsJs(text)));
}

// Characters that reach every branch and exit of the scan: plain and capital letters (Đ, NFD
// marks), digits and number/date/percent joiners, signs, URL/email/code joiners, dots, quotes,
// whitespace of every kind, astral symbols, lone surrogates.
const ALPHABET = [
  'a', 'e', 'n', 'g', 'h', 'x', 'B', 'N', 'D', 'T', 'P', 'Đ', 'đ', 'Ạ', 'ế', 'Ư', 'ờ', '\u0301', '\u0323', '\u0302',
  '0', '1', '2', '9', '.', ',', '%', '/', '-', '+', '\u2212', '@', ':', '_', "'", '\u2019', '(', ')', '“', '”',
  ' ', ' ', ' ', '\n', '\t', '\u00a0', '\u200b', '…', '&', '😀', '\u{1F3FD}', '\u{20000}', '\ud800', '\udc00', 'w', 'v', 'I',
];

describe('WebAssembly scan', () => {
  it('is available under Node', () => {
    expect(tokenOffsetsWasm('ok')).not.toBeNull();
  });

  it('gives the JS triples on every corpus article, as stored and in NFD', () => {
    const dir = join(root, 'corpus');
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(20);
    for (const f of files) {
      const text = readFileSync(join(dir, f), 'utf8');
      expectSame(text);
      expectSame(text.normalize('NFD'));
      expectSame(text.toUpperCase());
    }
  });

  it('gives the JS triples on random strings of scan-relevant characters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 400 }), (chars) => expectSame(chars.join(''))),
      { numRuns: 1500 },
    );
  });

  it('gives the JS triples on runs that stress windows and look-ahead', () => {
    const runs = [
      'a '.repeat(70_000), // more triples than one output window (16,384)
      '1'.repeat(5000),
      '1.'.repeat(3000),
      '1/'.repeat(3000),
      'A'.repeat(3000),
      'UBND '.repeat(3000),
      'ĐẠI HỘI '.repeat(2000),
      '100% '.repeat(3000) + '100%a 5%@x.vn',
      '-1 +2 −3 '.repeat(1000),
      '\u0301'.repeat(3000),
      '😀'.repeat(2000),
      '\ud800'.repeat(2000),
      'a.b'.repeat(2000),
      'x@'.repeat(2000),
      '1-'.repeat(3000),
      '1,'.repeat(3000),
      '1-1.'.repeat(2000) + '@x.vn',
      '18/6/'.repeat(2000),
      '29/2/2020 31/4 12-2020 1.1.2020 05-CT/TW 1989/QĐ-BGDĐT 3,5% 1.234,5 '.repeat(300),
      // Calendar checks of every date form, valid and not.
      '29/2/2021 31/4/2020 30/2/2000 29/2/1900 29/2/2000 31/12/99 32/1/2020 0/1/2020 1/13/2020 31-6-2021 13-2021 12-2021 31.6.2021 1.6.2021 29/2 30/2 31/11 6/0999 6/3000 '.repeat(100),
      // A percent sign after one space, no-break space or narrow no-break space (`12,5 %`).
      '12,5 % 95\u00a0% 7\u202f% 8  % 9 %a -3 % 1.234,5 % 18/6 % 1 %% '.repeat(300) + '5 ',
      '1/'.repeat(3000) + 'A',
      '9-'.repeat(3000) + 'X1',
    ];
    for (const r of runs) expectSame(r);
  });

  it('reuses its memory correctly: a large call, then small ones', () => {
    expectSame('Ngày 18/6, UBND TP.HCM họp. '.repeat(40_000));
    expectSame('Hà Nội, 100% cán bộ đạt chuẩn');
    expectSame('x');
    expectSame('');
  });

  it('falls back to the JS scan when WebAssembly memory cannot grow', () => {
    const text = 'Ngày 18/6, UBND TP.HCM họp. '.repeat(200_000); // needs more than the retained memory
    const grow = vi.spyOn(WebAssembly.Memory.prototype, 'grow').mockImplementation(() => {
      throw new RangeError('WebAssembly.Memory.grow(): Maximum memory size exceeded');
    });
    try {
      expect(tokenOffsetsWasm(text)).toBeNull();
      expect(Array.from(tokenOffsets(text))).toEqual(Array.from(tokenOffsetsJs(text)));
      expect(tokenize(text.slice(0, 5000)).length).toBeGreaterThan(0);
    } finally {
      grow.mockRestore();
    }
    expect(tokenOffsetsWasm(text)).not.toBeNull();
  });

  it('is what tokenOffsets returns for longer inputs', () => {
    const text = readFileSync(join(root, 'corpus/000_ef666b26bbfb0251.txt'), 'utf8');
    expect(Array.from(tokenOffsets(text))).toEqual(Array.from(tokenOffsetsJs(text)));
  });

  it('gives tokenize the same tokens as slicing the JS triples (its string sharing is invisible)', () => {
    const reference = (text: string) => {
      const o = tokenOffsetsJs(text);
      const out = [];
      for (let p = 0; p < o.length; p += 3) out.push({ text: text.slice(o[p], o[p + 1]), start: o[p], end: o[p + 1], type: TOKEN_TYPES[o[p + 2]] });
      return out;
    };
    const dir = join(root, 'corpus');
    const texts = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(dir, f), 'utf8'));
    // Twice over: tokenize's per-call string cache starts fresh on every call.
    for (const text of [...texts, ...texts]) expect(tokenize(text)).toEqual(reference(text));
    // More distinct short tokens than tokenize's string cache holds (16,384 slots).
    let many = '';
    for (let q = 0; q < 40_000; q++) many += `${q.toString(36)}x `;
    expect(tokenize(many)).toEqual(reference(many));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { minLength: 256, maxLength: 600 }), (chars) => {
        const text = chars.join('');
        expect(tokenize(text)).toEqual(reference(text));
      }),
      { numRuns: 300 },
    );
  });

  it('is built from the current scan.c (npm run build:wasm -- --check)', () => {
    const res = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/build-wasm.ts'), '--check'], { encoding: 'utf8', cwd: root });
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
  });
});
