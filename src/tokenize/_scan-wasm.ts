// Internal: the WebAssembly scan (src/tokenize/wasm/scan.c) behind tokenOffsets: the common
// tokens in compiled code, every other token through tokenAt (_scan-js.ts).
import { charClasses, latinBases } from './_char-class.js';
import { Scan, grow, lastTokenType, tokenAt } from './_scan-js.js';
import { SCAN_WASM } from './_scan-wasm.generated.js';

// The input goes into WebAssembly memory with Node's Buffer (its UTF-16LE encoder is a memcpy of
// the string), or, where there is no Buffer (a browser), with a charCodeAt loop. Browsers refuse to
// compile a module over 4 KB synchronously on the main thread: there the first call starts a
// background compile and the JS scan serves until it is ready.

const PAGE = 65536;
/** Start of our data in the module's memory (below: the module's own stack and globals). */
const BASE = 2 * PAGE;
const TAB_AT = BASE;
const BASES_AT = TAB_AT + 65536; // latinBases(), read by the syllable-shape check
const STATE_AT = BASES_AT + 0x1f00;
const TEXT_AT = STATE_AT + 256;
/** Keep at most this much WebAssembly memory between calls (a larger one is dropped after use). */
const RETAIN_BYTES = 40 << 20;
/** Inputs shorter than this use the JS scan: the copy and the calls would cost more than they save. */
export const WASM_MIN_LENGTH = 256;
const EXIT_DONE = 0;
const EXIT_JS = 2;
/** Output window in WebAssembly memory, in u32 slots (16,384 triples). */
const OUT_WINDOW = 3 * 16384;

interface NodeBuffer {
  write(text: string, offset: number, encoding: 'utf16le'): number;
}
interface BufferStatic {
  from(data: ArrayBuffer): NodeBuffer;
  from(data: string, encoding: 'base64'): Uint8Array<ArrayBuffer>;
}
type ScanFn = (tab: number, text: number, n: number, out: number, cap: number, state: number, i: number, k: number) => void;
interface WasmScan {
  memory: WebAssembly.Memory;
  scan: ScanFn;
}

// The compiled module: undefined until first use, a Promise while a background compile runs, null
// where WebAssembly cannot be used. The instance is made from it on use and dropped after a large
// input (see RETAIN_BYTES).
let wasmModule: WebAssembly.Module | Promise<void> | null | undefined;
let wasmScan: WasmScan | undefined;

function nodeBuffer(): BufferStatic | null {
  const B = (globalThis as { Buffer?: BufferStatic }).Buffer;
  return B !== undefined && typeof B.from === 'function' ? B : null;
}

/** Stops using WebAssembly in this process (after an unexpected failure). */
export function disableWasm(): void {
  wasmModule = null;
  wasmScan = undefined;
}

/** The module's bytes, or null without a base64 decoder. */
function moduleBytes(): Uint8Array<ArrayBuffer> | null {
  const B = nodeBuffer();
  if (B !== null) return B.from(SCAN_WASM, 'base64');
  if (typeof atob !== 'function') return null;
  const bin = atob(SCAN_WASM);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

/** UTF-16 code units land in WebAssembly memory (little-endian) as the string holds them. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function compileModule(): void {
  const bytes = typeof WebAssembly === 'object' && (LITTLE_ENDIAN || nodeBuffer() !== null) ? moduleBytes() : null;
  if (bytes === null) {
    wasmModule = null;
    return;
  }
  try {
    wasmModule = new WebAssembly.Module(bytes);
  } catch {
    // Too large to compile synchronously here (a browser's main thread): compile in the background.
    wasmModule =
      typeof WebAssembly.compile === 'function'
        ? WebAssembly.compile(bytes).then(
            (m) => {
              wasmModule = m;
            },
            () => {
              wasmModule = null;
            },
          )
        : null;
  }
}

/** A ready instance with the class tables loaded, or null (not available here, or still compiling). */
function getWasmScan(): WasmScan | null {
  if (wasmScan !== undefined) return wasmScan;
  if (wasmModule === undefined) compileModule();
  if (wasmModule == null || wasmModule instanceof Promise) return null;
  try {
    const memory = new WebAssembly.Memory({ initial: (TEXT_AT >> 16) + 1 });
    const instance = new WebAssembly.Instance(wasmModule, { env: { memory } });
    new Uint8Array(memory.buffer, TAB_AT, 65536).set(charClasses());
    new Uint8Array(memory.buffer, BASES_AT, 0x1f00).set(latinBases());
    wasmScan = { memory, scan: instance.exports.scan as ScanFn };
    return wasmScan;
  } catch {
    wasmModule = null;
    return null;
  }
}

/** Grows `memory` to at least `bytes`; false if the engine refuses (then the JS scan runs). */
function ensureMemory(memory: WebAssembly.Memory, bytes: number): boolean {
  const have = memory.buffer.byteLength;
  if (bytes <= have) return true;
  try {
    memory.grow(Math.ceil((bytes - have) / PAGE));
    return true;
  } catch {
    return false;
  }
}

/**
 * The WebAssembly scan's triples, or null where it is not available. Same triples as
 * `tokenOffsetsJs` (_scan-js.ts); tests/tokenize/wasm.test.ts compares them on the corpus and on
 * random and adversarial strings.
 */
export function tokenOffsetsWasm(text: string): Uint32Array | null {
  const w = getWasmScan();
  if (w === null) return null;
  const n = text.length;
  if (n === 0) return new Uint32Array(0);
  const B = nodeBuffer();
  const { memory, scan } = w;
  // The whole text, then a fixed window for the output, flushed into `result` when full.
  const outAt = (TEXT_AT + 2 * n + 15) & ~15;
  if (!ensureMemory(memory, outAt + 4 * OUT_WINDOW)) {
    // Out of memory for this input (hundreds of MB, or a constrained engine): start afresh next time.
    wasmScan = undefined;
    return null;
  }
  if (B !== null) B.from(memory.buffer).write(text, TEXT_AT, 'utf16le');
  else {
    const units = new Uint16Array(memory.buffer, TEXT_AT, n);
    for (let i = 0; i < n; i++) units[i] = text.charCodeAt(i);
  }
  const u32 = new Uint32Array(memory.buffer);
  const state = STATE_AT >> 2;
  const out = outAt >> 2;
  const s = new Scan(text, charClasses());
  let result = new Uint32Array(3 * ((n >> 2) + 16));
  let rk = 0;
  let i = 0;
  let k = 0;
  for (;;) {
    scan(TAB_AT, TEXT_AT, n, outAt, OUT_WINDOW, STATE_AT, i, k);
    const exit = u32[state];
    i = u32[state + 1];
    k = u32[state + 2];
    if (exit === EXIT_JS) {
      // One token by the rules; the scan left room for its triple.
      const e = tokenAt(s, i);
      u32[out + k] = i;
      u32[out + k + 1] = e;
      u32[out + k + 2] = lastTokenType();
      k += 3;
      i = e;
      continue;
    }
    // Window full, or done: move the window's triples into the result.
    while (rk + k > result.length) result = grow(result);
    result.set(u32.subarray(out, out + k), rk);
    rk += k;
    k = 0;
    if (exit === EXIT_DONE) break;
  }
  // Drop a memory grown by a large input, so one big call does not pin it.
  if (memory.buffer.byteLength > RETAIN_BYTES) wasmScan = undefined;
  const cap = result.length;
  return rk >= cap - (cap >> 2) ? result.subarray(0, rk) : result.slice(0, rk);
}
