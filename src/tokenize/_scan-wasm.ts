// Internal: the WebAssembly scan (src/tokenize/wasm/scan.c) behind tokenOffsets and tokenize
// under Node: the common tokens in compiled code, every other token through tokenAt (_scan-js.ts).
import { charClasses, latinBases } from './_char-class.js';
import { Scan, grow, lastTokenType, tokenAt } from './_scan-js.js';
import { SCAN_WASM } from './_scan-wasm.generated.js';

// Used where the input can be copied into WebAssembly memory in one
// native call (Node's Buffer, with its UTF-16LE encoder: a memcpy of the string); elsewhere (a
// browser) copying would cost as much as the JS scan, so the JS scan runs there.

const PAGE = 65536;
/** Start of our data in the module's memory (below: the module's own stack and globals). */
const BASE = 2 * PAGE;
const TAB_AT = BASE;
const BASES_AT = TAB_AT + 65536; // latinBases(), read by the syllable-shape check
const STATE_AT = BASES_AT + 0x1f00;
/** Interning slots for tokenize (scan.c `intern`): 16,384 × 32 bytes. */
const TABLE_AT = STATE_AT + 256;
const INTERN_SLOTS = 16384;
const TEXT_AT = TABLE_AT + 32 * INTERN_SLOTS;
/** An id with this bit is a text's first occurrence in the call; ID_NONE: no id (long, or left to JS). */
export const ID_NEW = 0x80000000;
export const ID_NONE = 0xffffffff;
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
type ScanFn = (
  tab: number, text: number, n: number, out: number, cap: number, state: number, i: number, k: number,
  ids: number, table: number, gen: number,
) => void;
interface WasmScan {
  memory: WebAssembly.Memory;
  scan: ScanFn;
  /** Interning generation: one per tokenize call (slots of older generations read as empty). */
  gen: number;
}

// undefined: not tried yet; null: not available here.
let wasmScan: WasmScan | null | undefined;
let wasmModule: WebAssembly.Module | null | undefined;

function nodeBuffer(): BufferStatic | null {
  const B = (globalThis as { Buffer?: BufferStatic }).Buffer;
  return B !== undefined && typeof B.from === 'function' ? B : null;
}

/** A ready instance with the class table loaded, or null where WebAssembly or Buffer is missing. */
function getWasmScan(): WasmScan | null {
  if (wasmScan !== undefined) return wasmScan;
  wasmScan = null;
  const B = nodeBuffer();
  if (B === null || typeof WebAssembly !== 'object') return null;
  try {
    wasmModule ??= new WebAssembly.Module(B.from(SCAN_WASM, 'base64'));
    const memory = new WebAssembly.Memory({ initial: (TEXT_AT >> 16) + 1 });
    const instance = new WebAssembly.Instance(wasmModule, { env: { memory } });
    new Uint8Array(memory.buffer, TAB_AT, 65536).set(charClasses());
    new Uint8Array(memory.buffer, BASES_AT, 0x1f00).set(latinBases());
    wasmScan = { memory, scan: instance.exports.scan as ScanFn, gen: 0 };
  } catch {
    wasmModule = null;
  }
  return wasmScan;
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

/** Triples, and with `withIds` one interning id per token (see {@link ID_NEW}). */
export interface WasmScanResult {
  offsets: Uint32Array;
  ids: Uint32Array | null;
}

/**
 * The WebAssembly scan, or null where it is not available. Same triples as
 * `tokenOffsetsJs` (_scan-js.ts) (tests/tokenize/wasm.test.ts compares them on the corpus and on random
 * and adversarial strings). With `withIds`, also an id per token that names its text within this
 * call: equal ids, equal texts (for tokenize's string sharing).
 */
export function scanWasm(text: string, withIds: boolean): WasmScanResult | null {
  const w = getWasmScan();
  if (w === null) return null;
  const n = text.length;
  if (n === 0) return { offsets: new Uint32Array(0), ids: withIds ? new Uint32Array(0) : null };
  const B = nodeBuffer() as BufferStatic;
  const { memory, scan } = w;
  // The whole text, then fixed windows for the output (and ids), flushed into the results when full.
  const outAt = (TEXT_AT + 2 * n + 15) & ~15;
  const idsAt = withIds ? outAt + 4 * OUT_WINDOW : 0;
  if (!ensureMemory(memory, outAt + 4 * OUT_WINDOW + (withIds ? (4 * OUT_WINDOW) / 3 : 0))) {
    // Out of memory for this input (hundreds of MB, or a constrained engine): start afresh next time.
    wasmScan = undefined;
    return null;
  }
  B.from(memory.buffer).write(text, TEXT_AT, 'utf16le');
  let gen = 0;
  if (withIds) {
    // Generation 0 is "empty" (fresh memory is zero): restart the table before the counter wraps.
    if (w.gen >= 0x7fffffff) {
      new Uint8Array(memory.buffer, TABLE_AT, 32 * INTERN_SLOTS).fill(0);
      w.gen = 0;
    }
    gen = ++w.gen;
  }
  const u32 = new Uint32Array(memory.buffer);
  const state = STATE_AT >> 2;
  const out = outAt >> 2;
  const idsOut = idsAt >> 2;
  const s = new Scan(text, charClasses());
  let result = new Uint32Array(3 * ((n >> 2) + 16));
  let ids = withIds ? new Uint32Array(result.length / 3) : null;
  let rk = 0;
  let i = 0;
  let k = 0;
  for (;;) {
    scan(TAB_AT, TEXT_AT, n, outAt, OUT_WINDOW, STATE_AT, i, k, idsAt, TABLE_AT, gen);
    const exit = u32[state];
    i = u32[state + 1];
    k = u32[state + 2];
    if (exit === EXIT_JS) {
      // One token by the rules; the scan left room for its triple. No id: JavaScript slices it.
      const e = tokenAt(s, i);
      u32[out + k] = i;
      u32[out + k + 1] = e;
      u32[out + k + 2] = lastTokenType();
      if (withIds) u32[idsOut + k / 3] = ID_NONE;
      k += 3;
      i = e;
      continue;
    }
    // Window full, or done: move the window's triples (and ids) into the results.
    while (rk + k > result.length) result = grow(result);
    result.set(u32.subarray(out, out + k), rk);
    if (ids !== null) {
      if (ids.length < result.length / 3) {
        const bigger = new Uint32Array(result.length / 3);
        bigger.set(ids);
        ids = bigger;
      }
      ids.set(u32.subarray(idsOut, idsOut + k / 3), rk / 3);
    }
    rk += k;
    k = 0;
    if (exit === EXIT_DONE) break;
  }
  // Drop a memory grown by a large input, so one big call does not pin it.
  if (memory.buffer.byteLength > RETAIN_BYTES) wasmScan = undefined;
  const cap = result.length;
  const offsets = rk >= cap - (cap >> 2) ? result.subarray(0, rk) : result.slice(0, rk);
  return { offsets, ids: ids === null ? null : ids.subarray(0, rk / 3) };
}

/** The WebAssembly scan's triples, or null where it is not available (see {@link scanWasm}). */
export function tokenOffsetsWasm(text: string): Uint32Array | null {
  return scanWasm(text, false)?.offsets ?? null;
}
