/**
 * Builds src/segment/data/model.generated.ts: the segmenter's vocabulary, lexicon and perceptron
 * weights, from
 *   - @vntk/dictionary (MIT): 2–4-syllable headwords of data/dictionary.json, data/Viet22K.txt and
 *     data/Viet74K.txt (of the last, proper names and entries another source also lists);
 *   - src/segment/data/words.txt (ours): government and Party terms;
 *   - UD Vietnamese VTB train split (CC BY-SA 4.0), read from ../shared/data/ud-vtb (never copied):
 *     its multi-syllable words join the lexicon and its segmentation trains the weights.
 *
 *   npm run build:data                       # writes the generated file (a few seconds)
 *   npm run build:data -- --check            # exit 1 if the file is stale (run by the tests)
 *   npm run build:data -- --eval [--errors]  # trains, prints dev P/R/F1 (and error lists), writes nothing
 *   npm run build:data -- --cv               # 5-fold cross-validation within train, for tuning
 *   npm run build:data -- --with-dev         # also train on dev (then dev is not held out; off by default)
 *   options: --ud DIR, --epochs N (8), --folds N (10, the jackknife of train words), --ext-all (all of Viet74K)
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  FIRST_ID,
  HASH_SIZE,
  HashMap32,
  isWordSlot,
  Interner,
  MAX_LEX,
  Work,
  addToLexicon,
  decodeGaps,
  fillTokens,
  gapFeatures,
  matchLexicon,
  ID_UNK,
  SRC_CORE,
  SRC_DICT,
  SRC_EXTENDED,
  SRC_TRAIN,
} from '../src/segment/engine.js';
import { createScanBuffer, preTokenize, T_PUNCT } from '../src/segment/pre-tokenize.js';
import { syllableKey } from '../src/segment/syllable-key.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const arg = (name: string, fallback: string): string => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const UD = resolve(root, arg('--ud', '../shared/data/ud-vtb'));
const EPOCHS = Number(arg('--epochs', '8'));
const FOLDS = Number(arg('--folds', '10'));
const EVAL = args.includes('--eval');
const EXT_ALL = args.includes('--ext-all');
const WITH_DEV = args.includes('--with-dev');
const CHECK = args.includes('--check');
const OUT = join(root, 'src/segment/data/model.generated.ts');

/**
 * Source files whose bytes determine the output (hashed into the header, with the UD train file).
 * The tokenizer (src/tokenize) and toMatchKey (src/normalize) also shape the model but belong to
 * other modules; they are not hashed, so their edits do not flag this file stale. After a change
 * there, rebuild; tests/segment/accuracy.test.ts still guards the dev F1.
 */
const SOURCES = [
  'node_modules/@vntk/dictionary/data/dictionary.json',
  'node_modules/@vntk/dictionary/data/Viet22K.txt',
  'node_modules/@vntk/dictionary/data/Viet74K.txt',
  'src/segment/data/words.txt',
  'src/segment/engine.ts',
  'src/segment/pre-tokenize.ts',
  'src/segment/syllable-key.ts',
  'scripts/build-segment-data.ts',
];

function sourcesHash(): string {
  const h = createHash('sha256');
  for (const s of SOURCES) h.update(readFileSync(join(root, s)));
  h.update(readFileSync(join(UD, 'train.gold.txt')));
  if (WITH_DEV) h.update(readFileSync(join(UD, 'dev.gold.txt')));
  return h.digest('hex').slice(0, 16);
}

/** Splits an entry into syllable keys, or null if any part is not a single letter-word token. */
const scanBuf = createScanBuffer();
function entryKeys(entry: string): string[] | null {
  preTokenize(entry, scanBuf);
  if (scanBuf.count === 0) return null;
  const keys: string[] = [];
  for (let t = 0; t < scanBuf.count; t++) {
    if (!isWordSlot(scanBuf.data[t * 3 + 2])) return null;
    keys.push(syllableKey(entry.slice(scanBuf.data[t * 3], scanBuf.data[t * 3 + 1])));
  }
  return keys;
}

interface Sentence {
  text: string;
  data: Uint32Array;
  n: number;
  gold: Uint8Array; // per gap: 1 join
  words: string[][]; // gold multi-syllable words as keys
}

function readGold(path: string): Sentence[] {
  const out: Sentence[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const text = line.replaceAll('_', ' ');
    preTokenize(text, scanBuf);
    const n = scanBuf.count;
    const data = scanBuf.data.slice(0, n * 3);
    // Gold word id per character: words are maximal runs of non-space characters in the gold line.
    const wordOf = new Int32Array(line.length).fill(-1);
    let wid = -1;
    for (let i = 0; i < line.length; i++) {
      if (line[i] === ' ') continue;
      if (i === 0 || line[i - 1] === ' ') wid++;
      wordOf[i] = wid;
    }
    const gold = new Uint8Array(n);
    for (let g = 0; g + 1 < n; g++) gold[g] = wordOf[data[g * 3]] === wordOf[data[(g + 1) * 3]] ? 1 : 0;
    const words: string[][] = [];
    for (const w of line.split(' ')) if (w.includes('_')) {
      const keys = entryKeys(w.replaceAll('_', ' '));
      if (keys && keys.length >= 2 && keys.length <= MAX_LEX) words.push(keys);
    }
    out.push({ text, data, n, gold, words });
  }
  return out;
}

function main(): void {
  if (!existsSync(join(UD, 'train.gold.txt'))) {
    console.error(`build-segment-data: no UD data at ${UD} (pass --ud DIR)`);
    process.exit(2);
  }
  const hash = sourcesHash();
  if (CHECK) {
    const head = existsSync(OUT) ? readFileSync(OUT, 'utf8').slice(0, 400) : '';
    if (!head.includes(`sources-hash: ${hash}`)) {
      console.error('src/segment/data/model.generated.ts is stale: run npm run build:data');
      process.exit(1);
    }
    console.log('segment data is up to date');
    return;
  }
  // --with-dev also trains on dev: for a final model judged on the withheld test split only (dev
  // scores are then no longer held out). Off by default; the shipped model is trained on train.
  const train = readGold(join(UD, 'train.gold.txt'));
  if (WITH_DEV) train.push(...readGold(join(UD, 'dev.gold.txt')));
  // Lexicon entries (as key lists, with source flags) from the dictionaries and our list.
  const base = new Map<string, { keys: string[]; flags: number }>();
  const addEntry = (entry: string, flags: number): void => {
    const keys = entryKeys(entry.trim());
    if (!keys || keys.length < 2 || keys.length > MAX_LEX) return;
    const id = keys.join(' ');
    const old = base.get(id);
    if (old) old.flags |= flags;
    else base.set(id, { keys, flags });
  };
  for (const e of Object.keys(JSON.parse(readFileSync(join(root, SOURCES[0]), 'utf8')) as object)) addEntry(e, SRC_DICT);
  for (const e of readFileSync(join(root, SOURCES[1]), 'utf8').split('\n')) addEntry(e, SRC_CORE);
  // Viet74K adds many rare compounds; keep its proper names (capitalised entries) and its entries
  // already known from another source (the flag still informs the model), to stay within budget.
  for (const e of readFileSync(join(root, SOURCES[2]), 'utf8').split('\n')) {
    const proper = e.length > 0 && e[0] !== e[0].toLowerCase();
    if (proper || EXT_ALL || base.has((entryKeys(e.trim()) ?? []).join(' '))) addEntry(e, SRC_EXTENDED);
  }
  for (const e of readFileSync(join(root, SOURCES[3]), 'utf8').split('\n')) addEntry(e, SRC_DICT | SRC_CORE);
  const baseEntries = [...base.values()];
  // Vocabulary: every syllable of the lexicon and of train, plus train punctuation.
  const vocabSet = new Set<string>();
  for (const e of baseEntries) for (const k of e.keys) vocabSet.add(k);
  for (const s of train) {
    for (const w of s.words) for (const k of w) vocabSet.add(k);
    for (let t = 0; t < s.n; t++) {
      const type = s.data[t * 3 + 2] & 0xff;
      const surf = s.text.slice(s.data[t * 3], s.data[t * 3 + 1]);
      if (isWordSlot(s.data[t * 3 + 2])) vocabSet.add(syllableKey(surf));
      else if (type === T_PUNCT) vocabSet.add(surf);
    }
  }
  const vocabList = [...vocabSet].sort();
  const vocab = new Map<string, number>();
  vocabList.forEach((k, i) => vocab.set(k, FIRST_ID + i));
  const vocabEnd = FIRST_ID + vocabList.length;
  const toIds = (keys: string[]): number[] => keys.map((k) => vocab.get(k) ?? ID_UNK);
  const lexiconOf = (trainWords: Iterable<string[]>): HashMap32 => {
    const lex = new HashMap32(1 << 16);
    for (const e of baseEntries) addToLexicon(lex, toIds(e.keys), e.flags);
    for (const e of trainWords) addToLexicon(lex, toIds(e), SRC_TRAIN);
    return lex;
  };
  const interner = new Interner(vocab, syllableKey, null);
  const w = new Work();

  const allWords = new Map<string, number>();
  for (const e of baseEntries) allWords.set(e.keys.join(' '), e.flags);
  for (const s of train) for (const e of s.words) {
    const k = e.join(' ');
    allWords.set(k, (allWords.get(k) ?? 0) | SRC_TRAIN);
  }
  const fullLex = lexiconOf(train.flatMap((s) => s.words));

  /** Trains the averaged perceptron on `set`; returns int8 weights and how many are non-zero. */
  const trainWeights = (set: Sentence[], quiet = false): { q: Int8Array; nonzero: number } => {
    // Jackknifed lexicons: a training sentence sees train words from the other folds only.
    const foldOf = (i: number): number => i % FOLDS;
    const foldLex: HashMap32[] = [];
    for (let f = 0; f < FOLDS; f++) {
      const words: string[][] = [];
      set.forEach((s, i) => {
        if (foldOf(i) !== f) words.push(...s.words);
      });
      foldLex.push(lexiconOf(words));
    }
    const weights = new Float64Array(HASH_SIZE);
    const totals = new Float64Array(HASH_SIZE);
    const stamps = new Float64Array(HASH_SIZE);
    let clock = 1;
    const order = set.map((_, i) => i);
    let seed = 12345;
    const rand = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
    for (let epoch = 0; epoch < EPOCHS; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
      }
      let errors = 0;
      let gaps = 0;
      for (const si of order) {
        const s = set[si];
        fillTokens(s.text, s.data, s.n, w, interner, vocabEnd);
        matchLexicon(w, s.n, foldLex[foldOf(si)]);
        let prev = 0;
        for (let g = 0; g + 1 < s.n; g++) {
          if (w.brk[g]) {
            prev = 2;
            continue;
          }
          const k = gapFeatures(w, s.n, g, prev);
          let score = 0;
          for (let j = 0; j < k; j++) score += weights[w.feats[j]];
          const guess = score > 0 ? 1 : 0;
          const y = s.gold[g];
          gaps++;
          if (guess !== y) {
            errors++;
            const d = y ? 1 : -1;
            for (let j = 0; j < k; j++) {
              const f = w.feats[j];
              totals[f] += (clock - stamps[f]) * weights[f];
              stamps[f] = clock;
              weights[f] += d;
            }
          }
          clock++;
          prev = guess;
        }
      }
      if (!quiet) console.error(`epoch ${epoch + 1}: ${errors} errors / ${gaps} gaps`);
    }
    const avg = new Float64Array(HASH_SIZE);
    let maxAbs = 0;
    for (let f = 0; f < HASH_SIZE; f++) {
      avg[f] = (totals[f] + (clock - stamps[f]) * weights[f]) / clock;
      maxAbs = Math.max(maxAbs, Math.abs(avg[f]));
    }
    // Quantise to signed bytes; near-zero weights become 0 and are not shipped.
    const scale = 127 / maxAbs;
    const q = new Int8Array(HASH_SIZE);
    let nonzero = 0;
    for (let f = 0; f < HASH_SIZE; f++) {
      const v = Math.round(avg[f] * scale);
      q[f] = v;
      if (v !== 0) nonzero++;
    }
    return { q, nonzero };
  };

  /** Word-level P/R/F1 of `pick`'s join decisions over `set`. */
  const scoreSet = (set: Sentence[], lex: HashMap32, pick: (s: Sentence) => Uint8Array): [number, number, number] => {
    let tp = 0, np = 0, ng = 0;
    for (const s of set) {
      fillTokens(s.text, s.data, s.n, w, interner, vocabEnd);
      matchLexicon(w, s.n, lex);
      const join = pick(s);
      let ps = 0, gs = 0;
      for (let t = 0; t < s.n; t++) {
        const pe = !join[t];
        const ge = !s.gold[t];
        if (pe) np++;
        if (ge) ng++;
        if (pe && ge && ps === gs) tp++;
        if (pe) ps = t + 1;
        if (ge) gs = t + 1;
      }
    }
    const p = tp / np, r = tp / ng;
    return [p, r, (2 * p * r) / (p + r)];
  };
  const fmt = ([p, r, f]: [number, number, number]): string =>
    `P ${(p * 100).toFixed(2)} R ${(r * 100).toFixed(2)} F1 ${(f * 100).toFixed(2)}`;

  if (args.includes('--cv')) {
    // 5-fold cross-validation within train (for tuning without looking at dev).
    let sum = 0;
    for (let k = 0; k < 5; k++) {
      const tr = train.filter((_, i) => i % 5 !== k);
      const te = train.filter((_, i) => i % 5 === k);
      const { q } = trainWeights(tr, true);
      const f = scoreSet(te, lexiconOf(tr.flatMap((s) => s.words)), (s) => (decodeGaps(w, s.n, q), w.join));
      sum += f[2];
      console.log(`cv fold ${k}: ${fmt(f)}`);
    }
    console.log(`cv mean F1 ${((sum / 5) * 100).toFixed(2)}`);
    return;
  }

  const { q, nonzero } = trainWeights(train);
  console.error(`features: ${nonzero} nonzero of ${HASH_SIZE}; vocab ${vocabList.length}; lexicon ${allWords.size}`);

  if (EVAL) {
    const dev = readGold(join(UD, 'dev.gold.txt'));
    const score = (pick: (s: Sentence) => Uint8Array): string => fmt(scoreSet(dev, fullLex, pick));
    console.log(`model   ${score((s) => (decodeGaps(w, s.n, q), w.join))}`);
    console.log(`greedy  ${score(() => w.fmm)}`);
    if (args.includes('--errors')) {
      const fj = new Map<string, number>(), fs = new Map<string, number>();
      for (const s of dev) {
        fillTokens(s.text, s.data, s.n, w, interner, vocabEnd);
        matchLexicon(w, s.n, fullLex);
        decodeGaps(w, s.n, q);
        for (let g = 0; g + 1 < s.n; g++) if (w.join[g] !== s.gold[g]) {
          const k = s.text.slice(s.data[g * 3], s.data[g * 3 + 4]);
          const m = w.join[g] ? fj : fs;
          m.set(k, (m.get(k) ?? 0) + 1);
        }
      }
      const byShape = new Map<string, number>();
      for (const s of dev) {
        fillTokens(s.text, s.data, s.n, w, interner, vocabEnd);
        matchLexicon(w, s.n, fullLex);
        decodeGaps(w, s.n, q);
        for (let g = 0; g + 1 < s.n; g++) if (!w.brk[g]) {
          const touch = w.starts[g] | w.ends[g] | w.starts[g + 1] | w.ends[g + 1];
          const k = `${w.shape[g]}${w.shape[g + 1]} lex${w.lex2[g] ? 1 : 0} touch${touch ? 1 : 0} pred${w.join[g]} gold${s.gold[g]}`;
          byShape.set(k, (byShape.get(k) ?? 0) + 1);
        }
      }
      console.log([...byShape].sort().map(([k, v]) => `${k}:${v}`).join('\n'));
      const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, 60).map(([k, v]) => `${k}:${v}`).join(' | ');
      console.log('FALSE JOIN', [...fj.values()].reduce((a, b) => a + b, 0), top(fj));
      console.log('FALSE SPLIT', [...fs.values()].reduce((a, b) => a + b, 0), top(fs));
    }
    return;
  }
  writeModel(hash, vocabList, [...allWords].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([k, f]) => f.toString(16) + k), q, nonzero);
}

function writeModel(hash: string, vocabList: string[], lexicon: string[], q: Int8Array, nonzero: number): void {
  // Weights: (index delta as LEB128 varint, value as int8) pairs, base64.
  const bytes: number[] = [];
  let last = -1;
  for (let f = 0; f < q.length; f++) {
    if (q[f] === 0) continue;
    let d = f - last - 1;
    last = f;
    while (d >= 0x80) {
      bytes.push((d & 0x7f) | 0x80);
      d >>>= 7;
    }
    bytes.push(d);
    bytes.push(q[f] & 0xff);
  }
  const b64 = Buffer.from(bytes).toString('base64');
  const body = `// GENERATED by scripts/build-segment-data.ts — DO NOT EDIT. Rebuild: npm run build:data
// sources-hash: ${hash}
// Decoded once, on first use, by src/segment/model.ts.

/*! vietext word-segmentation model. @license CC-BY-SA-4.0. Derived from the UD Vietnamese VTB
 * train split (CC BY-SA 4.0; Nguyen et al. 2009, "Building a Large Syntactically-Annotated Corpus
 * of Vietnamese", LAW-III), @vntk/dictionary (MIT, (c) 2017 VNTK) and vietext's own word list.
 * See NOTICE and src/segment/data/README.md. */

/** Syllable keys, one per line; id = FIRST_ID + line index. */
export const VOCAB = ${JSON.stringify(vocabList.join('\n'))};
/** Lexicon entries, one per line: a hex digit of source flags, then syllable keys joined by spaces. */
export const LEXICON = ${JSON.stringify(lexicon.join('\n'))};
/** ${nonzero} non-zero perceptron weights: varint index deltas and int8 values, base64. */
export const WEIGHTS = ${JSON.stringify(b64)};
`;
  writeFileSync(OUT, body);
  console.error(`wrote ${OUT} (${body.length} chars)`);
}

main();
