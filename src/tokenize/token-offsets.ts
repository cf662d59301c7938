import { assertString } from '../_lib/validate.js';
import { C_JOIN, C_LETTER, C_SPACE, C_UPPER, charClasses } from './_char-class.js';
import { ALNUM, classifyWord, resultType, Scan, scanLetterSlow, scanNonLetter, T_WORD, WORD_CONT } from './_scan.js';

/**
 * Tokenizes without building objects: the hot path under {@link tokenize}, for callers that
 * process millions of articles. Returns a flat array of triples `start, end, typeCode` in order,
 * where `typeCode` indexes {@link TOKEN_TYPES} and `start`/`end` are UTF-16 offsets into `text`.
 * Tokens plus the whitespace between them tile the input: every code unit (combining marks, lone
 * surrogates included) is in exactly one token or in whitespace. One pass over `charCodeAt` with
 * a class table; linear time on any input. NFC, NFD and mixed input give the same boundaries.
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
  const n = text.length;
  if (n === 0) return new Uint32Array(0);
  const s = new Scan(text, charClasses());
  // Room for one token per 4 code units (running text has about one per 4–5), doubled whenever
  // scanInto stops on a full buffer.
  let cap = 3 * ((n >> 2) + 16);
  let out = new Uint32Array(cap);
  let k = scanInto(s, out, cap, 0, 0);
  while (s.pos < n) {
    const bigger = new Uint32Array(cap * 2);
    bigger.set(out);
    out = bigger;
    cap *= 2;
    k = scanInto(s, out, cap, s.pos, k);
  }
  // A view when the buffer is nearly full (no copy into fresh memory, which costs page faults on
  // large inputs), else an exact copy so a small result does not pin a large buffer.
  return k >= cap - (cap >> 2) ? out.subarray(0, k) : out.slice(0, k);
}

/**
 * Scans tokens from text position `i`, writing triples into `out` from slot `k`, until the text
 * ends or fewer than 3 slots are left (`cap` is `out.length`). Returns the next free slot and
 * leaves the next text position in `s.pos`. The buffer is a parameter that never changes inside
 * the loop and the capacity a plain integer: in a reduced scanner measured while writing this,
 * growing a `let` buffer inside the loop cost about 1.5x in V8 even though growth is rare; in
 * this full scanner the difference was within the noise of the shared bench machine.
 */
function scanInto(s: Scan, out: Uint32Array, cap: number, i: number, k: number): number {
  const text = s.text;
  const n = text.length;
  const tab = charClasses();
  const limit = cap - 3;
  while (i < n) {
    const c = text.charCodeAt(i);
    const f = tab[c];
    if (f & C_SPACE) {
      i++;
      continue;
    }
    if (k > limit) break;
    let e: number;
    if (f & C_LETTER) {
      // Hot path, inlined for speed: a run of letters, digits and marks, counting capitals
      // (C_UPPER is 2, so `upper` is twice the count; branch-free).
      let upper = f & C_UPPER;
      let j = i + 1;
      let g = 0;
      while (j < n) {
        g = tab[text.charCodeAt(j)];
        if ((g & WORD_CONT) === 0) break;
        upper += g & C_UPPER;
        j++;
      }
      // Slow path only when a joiner is followed by something it could join (`TP.HCM`, `a@b`,
      // `05-CT`, `http://`); a word before `. ` or `, ` stays on the fast path.
      if (j + 1 < n && g & C_JOIN && tab[text.charCodeAt(j + 1)] & (ALNUM | C_JOIN)) {
        e = scanLetterSlow(s, i, j);
      } else {
        // The run already holds every mark after it: no absorption needed.
        out[k] = i;
        out[k + 1] = j;
        out[k + 2] = upper < 4 ? T_WORD : classifyWord(s, i, j, upper >> 1);
        k += 3;
        // `g` is the class of text[j]: step over one whitespace unit without another load.
        i = g & C_SPACE ? j + 1 : j;
        continue;
      }
    } else {
      e = scanNonLetter(s, i, c, f);
    }
    out[k] = i;
    out[k + 1] = e;
    out[k + 2] = resultType;
    k += 3;
    i = e;
  }
  s.pos = i;
  return k;
}
