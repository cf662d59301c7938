// The WebAssembly scan as browsers run it: no Buffer (the string is copied with a charCodeAt loop,
// the module decoded with atob), and a main thread that refuses to compile more than 4 KB
// synchronously (the first calls run the JS scan while the module compiles in the background).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';

const root = join(import.meta.dirname, '../..');
const corpus = readdirSync(join(root, 'corpus'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(root, 'corpus', f), 'utf8'));

type Mods = {
  wasm: typeof import('../../src/tokenize/_scan-wasm.js');
  js: typeof import('../../src/tokenize/_scan-js.js');
  pub: typeof import('../../src/tokenize/token-offsets.js');
};

/** Fresh copies of the modules, so each test starts with no compiled module and no instance. */
async function fresh(): Promise<Mods> {
  vi.resetModules();
  return {
    wasm: await import('../../src/tokenize/_scan-wasm.js'),
    js: await import('../../src/tokenize/_scan-js.js'),
    pub: await import('../../src/tokenize/token-offsets.js'),
  };
}

const savedBuffer = globalThis.Buffer;

/** Runs `f` with no global Buffer, as in a browser. */
function withoutBuffer<T>(f: () => T): T {
  (globalThis as { Buffer?: unknown }).Buffer = undefined;
  try {
    return f();
  } finally {
    globalThis.Buffer = savedBuffer;
  }
}

afterEach(() => {
  globalThis.Buffer = savedBuffer;
  vi.restoreAllMocks();
});

describe('WebAssembly scan without Buffer', () => {
  it('decodes the module with atob, copies with charCodeAt, and gives the JS triples', async () => {
    const { wasm, js } = await fresh();
    for (const text of corpus) {
      const got = withoutBuffer(() => wasm.tokenOffsetsWasm(text));
      expect(got).not.toBeNull();
      expect(Array.from(got as Uint32Array)).toEqual(Array.from(js.tokenOffsetsJs(text)));
    }
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 600 }), (text) => {
        const got = withoutBuffer(() => wasm.tokenOffsetsWasm(text));
        expect(Array.from(got as Uint32Array)).toEqual(Array.from(js.tokenOffsetsJs(text)));
      }),
      { numRuns: 300 },
    );
  });

  it('runs the JS scan while the module compiles in the background, then the WebAssembly one', async () => {
    const { wasm, js, pub } = await fresh();
    // A browser main thread: synchronous compilation of this module is refused.
    const Original = WebAssembly.Module;
    const refuse = vi.spyOn(WebAssembly, 'Module').mockImplementation(function () {
      throw new RangeError('WebAssembly.Module(): Buffer size is larger than 4 KB on the main thread');
    } as unknown as typeof WebAssembly.Module);
    const text = corpus[0];
    const first = withoutBuffer(() => pub.tokenOffsets(text));
    expect(Array.from(first)).toEqual(Array.from(js.tokenOffsetsJs(text)));
    expect(withoutBuffer(() => wasm.tokenOffsetsWasm(text))).toBeNull(); // still compiling
    refuse.mockRestore();
    expect(WebAssembly.Module).toBe(Original);
    await new Promise((r) => setTimeout(r, 50)); // the background compile settles
    const later = withoutBuffer(() => wasm.tokenOffsetsWasm(text));
    expect(later).not.toBeNull();
    expect(Array.from(later as Uint32Array)).toEqual(Array.from(js.tokenOffsetsJs(text)));
  });

  it('answers with the JS scan if the WebAssembly scan fails, and stops using it', async () => {
    const { wasm, js, pub } = await fresh();
    const text = corpus[2];
    expect(wasm.tokenOffsetsWasm(text)).not.toBeNull(); // ready
    const fail = vi.spyOn(globalThis.Buffer, 'from').mockImplementation(() => {
      throw new Error('simulated failure');
    });
    expect(Array.from(pub.tokenOffsets(text))).toEqual(Array.from(js.tokenOffsetsJs(text)));
    fail.mockRestore();
    expect(wasm.tokenOffsetsWasm(text)).toBeNull(); // disabled for this process
  });

  it('stays on the JS scan where WebAssembly is missing', async () => {
    const { wasm, js, pub } = await fresh();
    const saved = globalThis.WebAssembly;
    (globalThis as { WebAssembly?: unknown }).WebAssembly = undefined;
    try {
      expect(wasm.tokenOffsetsWasm(corpus[1])).toBeNull();
      expect(Array.from(pub.tokenOffsets(corpus[1]))).toEqual(Array.from(js.tokenOffsetsJs(corpus[1])));
    } finally {
      globalThis.WebAssembly = saved;
    }
  });
});
