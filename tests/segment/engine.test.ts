import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Interner, Work, decodeGaps, fillTokens, matchLexicon } from '../../src/segment/engine.js';
import { IdRows, decodeFast } from '../../src/segment/fast-decode.js';
import { loadModel } from '../../src/segment/model.js';
import { createScanBuffer, preTokenize } from '../../src/segment/pre-tokenize.js';
import { syllableKey } from '../../src/segment/syllable-key.js';

const corpusDir = resolve(__dirname, '../../corpus');
const corpusText = (): string =>
  readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(corpusDir, f), 'utf8'))
    .join('\n');
const DEV = resolve(__dirname, '../../../shared/data/ud-vtb/dev.gold.txt');
const devText = (): string => readFileSync(DEV, 'utf8').replaceAll('_', ' ');

/** Decisions of the reference (hashed features), the table decoder and the fast decoder. */
function decide(text: string): { n: number; reference: Uint8Array; tables: Uint8Array; fast: Uint8Array } {
  const model = loadModel();
  const buf = createScanBuffer();
  const w = new Work();
  preTokenize(text, buf);
  const n = buf.count;
  fillTokens(text, buf.data, n, w, new Interner(model.vocab, syllableKey, null), model.vocabEnd);
  matchLexicon(w, n, model.lexicon);
  decodeGaps(w, n, model.weights);
  const reference = w.join.slice(0, n);
  decodeGaps(w, n, model.weights, model.tables);
  const tables = w.join.slice(0, n);
  w.join.fill(7);
  // A fresh IdRows, so rows are built during this very decode (the lazy path is exercised).
  decodeFast(w, n, model.weights, model.tables, new IdRows(model.weights, model.vocabEnd));
  const fast = w.join.slice(0, n);
  return { n, reference, tables, fast };
}

describe('segment engine', () => {
  it('the table-driven and fast decoders make exactly the decisions of the hashed reference features (corpus)', () => {
    const { n, reference, tables, fast } = decide(corpusText());
    expect(n).toBeGreaterThan(10_000);
    expect(tables).toEqual(reference);
    expect(fast).toEqual(reference);
    expect(reference.reduce((a, b) => a + b, 0)).toBeGreaterThan(1000);
  });

  it.skipIf(!existsSync(DEV))('the fast decoder makes exactly the reference decisions on UD VTB dev, and in ALL CAPS', () => {
    for (const text of [devText(), devText().toUpperCase()]) {
      const { n, reference, fast } = decide(text);
      expect(n).toBeGreaterThan(10_000);
      expect(fast).toEqual(reference);
    }
  });
});
