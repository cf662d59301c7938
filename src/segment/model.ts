/**
 * Internal: the default model (vocabulary, lexicon, perceptron weights), decoded in one pass on
 * first use — never at import — from data/model.generated.ts.
 */
import { FIRST_ID, HASH_SIZE, HashMap32, ScoreTables, addToLexicon } from './engine.js';
import { LEXICON, VOCAB, WEIGHTS } from './data/model.generated.js';
import { IdRows } from './fast-decode.js';

export interface Model {
  /** Syllable key (or punctuation) → id. */
  vocab: Map<string, number>;
  /** One past the largest model id. */
  vocabEnd: number;
  /** Lexicon: sequence hash → source flags. */
  lexicon: HashMap32;
  /** Dense integer weights indexed by feature hash. */
  weights: Int8Array;
  /** The weights of the features without syllable ids, as small dense tables. */
  tables: ScoreTables;
  /** Per-id rows of the weights of features with one syllable id, built lazily (fast-decode.ts). */
  rows: IdRows;
}

let cached: Model | null = null;

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes base64 without atob/Buffer so it runs the same everywhere. */
function decodeBase64(s: string): Uint8Array {
  const table = new Uint8Array(128);
  for (let i = 0; i < 64; i++) table[B64.charCodeAt(i)] = i;
  let len = s.length;
  while (len > 0 && s.charCodeAt(len - 1) === 61) len--;
  const out = new Uint8Array((len * 3) >> 2);
  let o = 0;
  for (let i = 0; i < len; i += 4) {
    const a = table[s.charCodeAt(i)];
    const b = i + 1 < len ? table[s.charCodeAt(i + 1)] : 0;
    const c = i + 2 < len ? table[s.charCodeAt(i + 2)] : 0;
    const d = i + 3 < len ? table[s.charCodeAt(i + 3)] : 0;
    const v = (a << 18) | (b << 12) | (c << 6) | d;
    if (o < out.length) out[o++] = v >> 16;
    if (o < out.length) out[o++] = (v >> 8) & 0xff;
    if (o < out.length) out[o++] = v & 0xff;
  }
  return out;
}

/** Returns the default model, decoding it on the first call. */
export function loadModel(): Model {
  if (cached) return cached;
  const vocab = new Map<string, number>();
  let id = FIRST_ID;
  for (const key of VOCAB.split('\n')) vocab.set(key, id++);
  const vocabEnd = id;
  const entries = LEXICON.split('\n');
  const lexicon = new HashMap32(entries.length);
  const ids = new Int32Array(64);
  for (const line of entries) {
    const flags = parseInt(line[0], 16);
    let len = 0;
    let from = 1;
    for (;;) {
      const sp = line.indexOf(' ', from);
      const key = sp < 0 ? line.slice(from) : line.slice(from, sp);
      if (len < ids.length) ids[len++] = vocab.get(key) ?? 0;
      if (sp < 0) break;
      from = sp + 1;
    }
    addToLexicon(lexicon, ids, flags, len);
  }
  const bytes = decodeBase64(WEIGHTS);
  const weights = new Int8Array(HASH_SIZE);
  let f = -1;
  for (let i = 0; i < bytes.length; ) {
    let d = 0;
    let shift = 0;
    let b: number;
    do {
      b = bytes[i++];
      d |= (b & 0x7f) << shift;
      shift += 7;
    } while (b & 0x80);
    f += d + 1;
    weights[f] = bytes[i++];
  }
  const tables = new ScoreTables(weights);
  cached = { vocab, vocabEnd, lexicon, weights, tables, rows: new IdRows(weights, tables, vocabEnd) };
  return cached;
}
