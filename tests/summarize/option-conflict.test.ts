import { describe, expect, it } from 'vitest';
import { analyze, summarize } from '../../src/summarize/index.js';

describe('sentences and ratio together', () => {
  it.each([
    ['summarize', () => summarize('Một câu. Hai câu.', { sentences: 2, ratio: 0.5 })],
    ['analyze', () => analyze('Một câu. Hai câu.', { sentences: 2, ratio: 0.5 })],
  ])('%s: a RangeError that names both options in plain words', (fn, call) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(`vietext.${fn}: options "sentences" and "ratio" cannot be used together; pass one of them`);
  });
});
