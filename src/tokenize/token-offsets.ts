import { assertString } from '../_lib/validate.js';
import { tokenOffsetsJs } from './_scan-js.js';
import { WASM_MIN_LENGTH, disableWasm, tokenOffsetsWasm } from './_scan-wasm.js';

/**
 * Tokenizes without building objects: the hot path under {@link tokenize}, for callers that
 * process millions of articles. Returns a flat array of triples `start, end, typeCode` in order,
 * where `typeCode` indexes {@link TOKEN_TYPES} and `start`/`end` are UTF-16 offsets into `text`.
 * Tokens plus the whitespace between them tile the input: every code unit (combining marks, lone
 * surrogates included) is in exactly one token or in whitespace. One pass with a class table;
 * linear time on any input. NFC, NFD and mixed input give the same boundaries. The common tokens
 * are scanned by a 5 KB WebAssembly loop (the same rules, same result); where WebAssembly is
 * missing, and in a browser until the module has compiled in the background, by JavaScript.
 *
 * @param text - Any string; it is never modified.
 * @returns `Uint32Array` of length `3 × tokenCount`.
 * @throws {TypeError} If `text` is not a string.
 * @example
 * ```ts
 * const o = tokenOffsets('Ngày 18/6, TP.HCM');
 * // o = [0,4,0, 5,9,3, 9,10,7, 11,17,4]  (word, date, punct, abbr)
 * ```
 */
export function tokenOffsets(text: string): Uint32Array {
  assertString(text, 'tokenOffsets');
  if (text.length >= WASM_MIN_LENGTH) {
    try {
      const o = tokenOffsetsWasm(text);
      if (o !== null) return o;
    } catch {
      // A WebAssembly failure (none is known; the tests compare both scans) must not lose the call:
      // stop using it in this process and give the JS scan's answer.
      disableWasm();
    }
  }
  return tokenOffsetsJs(text);
}
