import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderTokenTriples, renderTokens } from '../../src/cli/render.js';
import { TOKEN_TYPES, tokenOffsets, tokenize } from '../../src/tokenize/index.js';

// `vietext tokenize` (text output) renders straight from tokenOffsets; it must print exactly the
// lines the token objects give.
const viaObjects = (text: string) => renderTokens(tokenize(text));
const viaTriples = (text: string) => renderTokenTriples(text, tokenOffsets(text), TOKEN_TYPES);

describe('tokenize text output from offsets', () => {
  it('matches the token objects on every UTF-8 corpus article', () => {
    const dir = new URL('../../corpus/', import.meta.url);
    const files = readdirSync(dir).filter((f) => /^\d{3}.*\.txt$/.test(f));
    expect(files.length).toBeGreaterThan(20);
    for (const f of files) {
      const text = readFileSync(new URL(f, dir), 'utf8');
      expect(viaTriples(text), f).toBe(viaObjects(text));
    }
  });

  it('escapes quotes, backslashes, controls and lone surrogates the same way', () => {
    const text = 'Ông "A" nói: a\\b \u0001 x\ud800y \udc00 — "trích" 1.234,5% 18/6/2020 TP.HCM';
    expect(viaTriples(text)).toBe(viaObjects(text));
    expect(viaTriples(text)).toContain('\\"');
  });

  it('matches on random strings, and on more than one block of lines', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => viaTriples(s) === viaObjects(s)));
    const long = 'Cán bộ, đội ngũ "tốt". '.repeat(3000);
    expect(viaTriples(long)).toBe(viaObjects(long));
  });

  it('prints nothing for no tokens', () => {
    expect(viaTriples('   \n ')).toBe('');
  });
});
