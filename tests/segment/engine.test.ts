import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Interner, Work, decodeGaps, fillTokens, matchLexicon } from '../../src/segment/engine.js';
import { loadModel } from '../../src/segment/model.js';
import { createScanBuffer, preTokenize } from '../../src/segment/pre-tokenize.js';
import { syllableKey } from '../../src/segment/syllable-key.js';

describe('segment engine', () => {
  it('the table-driven decoder makes exactly the decisions of the hashed reference features', () => {
    const dir = resolve(__dirname, '../../corpus');
    const text = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n');
    const model = loadModel();
    const buf = createScanBuffer();
    const w = new Work();
    preTokenize(text, buf);
    fillTokens(text, buf.data, buf.count, w, new Interner(model.vocab, syllableKey, null), model.vocabEnd);
    matchLexicon(w, buf.count, model.lexicon);
    decodeGaps(w, buf.count, model.weights);
    const reference = w.join.slice(0, buf.count);
    decodeGaps(w, buf.count, model.weights, model.tables);
    const fast = w.join.slice(0, buf.count);
    expect(buf.count).toBeGreaterThan(10_000);
    expect(fast).toEqual(reference);
    expect(reference.reduce((a, b) => a + b, 0)).toBeGreaterThan(1000);
  });
});
