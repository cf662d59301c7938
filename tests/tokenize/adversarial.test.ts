import { describe, expect, it } from 'vitest';
import { splitSentences, tokenOffsets } from '../../src/tokenize/index.js';

// Inputs built to trip backtracking or rescanning: each must finish (a quadratic scan of 10 MB
// would not finish within the timeout). We assert completion and tiling, not timing.
const MB = 1 << 20;
const UNITS: [string, string][] = [
  ['digits', '1'],
  ['dots', '.'],
  ['slashes', '/'],
  ['capitals', 'A'],
  ['spaces', ' '],
  ['percent signs', '%'],
  ['at signs', '@'],
  ['http://', 'http://'],
  ['digit-slash', '1/'],
  ['digit-dot', '1.'],
  ['digit-dash', '1-'],
  ['letter-dot', 'a.'],
  ['capital-dot', 'A.'],
  ['word-dot', 'xong.'],
  ['letter-at', 'x@'],
  ['code-like', 'A1-'],
  ['local-part', 'a.b_c+'],
  ['NFD syllables', 'duye\u0323\u0302t '],
  ['combining marks', '\u0301'],
  ['lone surrogates', '\ud800'],
  ['www.', 'www.'],
  ['apostrophes', "a'"],
];

function check(text: string): void {
  const o = tokenOffsets(text);
  let prev = 0;
  for (let k = 0; k < o.length; k += 3) {
    if (o[k] < prev || o[k + 1] <= o[k]) throw new Error(`bad token at ${k / 3}`);
    prev = o[k + 1];
  }
  expect(prev).toBeLessThanOrEqual(text.length);
}

describe.each(UNITS)('adversarial run of %s', (_name, unit) => {
  it('finishes on ~10 MB', { timeout: 120_000 }, () => {
    check(unit.repeat(Math.ceil((10 * MB) / unit.length)));
  });
  it('finishes on ~1 MB with a different tail', { timeout: 120_000 }, () => {
    // The tail flips the outcome of look-aheads that scan to the end of the run.
    for (const tail of ['', '@x.vn', 'a.vn', '.', '/QĐ', 'x', '%']) check(unit.repeat(Math.ceil(MB / unit.length)) + tail);
  });
  it('splitSentences finishes on ~2 MB', { timeout: 120_000 }, () => {
    const text = unit.repeat(Math.ceil((2 * MB) / unit.length));
    const out = splitSentences(text);
    expect(out.length).toBeLessThanOrEqual(text.length);
  });
});

it('finishes on a 10 MB single line of mixed adversarial pieces', { timeout: 120_000 }, () => {
  const piece = 'x.x.x.x.LONGLABEL 1/1/1/1-1-1 a@a@a@b.b.b http://a.vn/(((( A.B.C.D.E TP.HCM.HCM.HCM ';
  check(piece.repeat(Math.ceil((10 * MB) / piece.length)));
  check(`${'x.'.repeat(MB)}${'a'.repeat(MB)}.`);
  check(`${'a.'.repeat(MB)}vn`);
  check(`${'1/'.repeat(MB)}A`);
});

it('splitSentences finishes on 10 MB of sentence-like adversarial text', { timeout: 120_000 }, () => {
  for (const unit of ['(a) - ', 'N. ', 'TP. ', '(((( - ', 'a.\n', '.\n\n', 'v.v. ', 'A.” ']) {
    expect(splitSentences(unit.repeat(Math.ceil((10 * MB) / unit.length))).length).toBeGreaterThan(0);
  }
});
