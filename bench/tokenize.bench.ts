// Benchmark rows for vietext/tokenize (run by bench/run.ts, `npm run bench`). The floor (a bare
// charCodeAt loop), String.prototype.split(' ') and natural's tokenizer are measured by run.ts.
import { splitSentences, tokenize, tokenOffsets } from '../src/tokenize/index.js';
import { tokenOffsetsJs } from '../src/tokenize/_scan-js.js';
import type { BenchCase } from './_types.js';

const SPACE = new Uint8Array(65536);
for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x2028, 0x2029, 0x3000]) SPACE[c] = 1;

/**
 * Reference, not a tokenizer: the least a scanner that writes offsets can do, splitting on
 * whitespace only and writing (start, end, 0) triples like tokenOffsets. It shows how much of the
 * distance to the floor is the cost of branching per token and writing results, not of the rules.
 */
function whitespaceOffsets(text: string): Uint32Array {
  const n = text.length;
  const out = new Uint32Array(3 * ((n >> 2) + 16));
  let k = 0;
  let i = 0;
  while (i < n) {
    if (SPACE[text.charCodeAt(i)]) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && !SPACE[text.charCodeAt(j)]) j++;
    if (k + 3 > out.length) return out; // cannot happen: tokens < n / 4 on the corpus
    out[k] = i;
    out[k + 1] = j;
    k += 3;
    i = j;
  }
  return out.subarray(0, k);
}

// Token count of the last input seen, so the allocation reference below does no scanning.
let countedInput = '';
let countedTokens = 0;
const KINDS = ['word', 'punct'] as const;

/**
 * Reference, not a tokenizer: allocates one `{ text, start, end, type }` object per token of the
 * input (as many as `tokenOffsets` finds, counted once outside the timing) with no scanning and no
 * string slicing. It is the least any API returning one object per token costs, the floor for
 * `tokenize`.
 */
function allocateTokens(text: string): unknown[] {
  if (text !== countedInput) {
    countedInput = text;
    countedTokens = tokenOffsets(text).length / 3;
  }
  const out = new Array(countedTokens);
  for (let t = 0; t < countedTokens; t++) out[t] = { text: 'x', start: t, end: t + 1, type: KINDS[t & 1] };
  return out;
}

export const cases: BenchCase[] = [
  { group: 'baseline', name: 'one object per token, no scanning (reference)', run: (s) => allocateTokens(s), unit: 'objects' },
  { group: 'baseline', name: 'whitespace-only offsets (reference scanner)', run: (s) => whitespaceOffsets(s), unit: 'pieces', unitsPerItem: 3 },
  { group: 'tokenize', name: 'tokenOffsets', run: (s) => tokenOffsets(s), unit: 'tokens', unitsPerItem: 3 },
  { group: 'tokenize', name: 'tokenOffsets (NFD input)', run: (s) => tokenOffsets(s), input: 'corpus-nfd', unit: 'tokens', unitsPerItem: 3 },
  // tokenOffsets runs its WebAssembly scan; this is the all-JavaScript scan it falls back to.
  { group: 'tokenize', name: 'tokenOffsets, JavaScript scan', run: (s) => tokenOffsetsJs(s), unit: 'tokens', unitsPerItem: 3 },
  { group: 'tokenize', name: 'tokenize', run: (s) => tokenize(s), unit: 'tokens' },
  { group: 'tokenize', name: 'splitSentences', run: (s) => splitSentences(s), unit: 'sentences' },
];
