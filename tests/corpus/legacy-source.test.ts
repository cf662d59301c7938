// The legacy-encoded corpus articles are produced from a Unicode source kept in
// tests/corpus/sources/; decoding the stored bytes must give that source back (TCVN3 has no toned
// capitals, so case may differ only where the source has one).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getDecoder, loadArticle, type Gold } from '../../scripts/fill-gold-offsets.js';

const corpusDir = fileURLToPath(new URL('../../corpus/', import.meta.url));
const sourceDir = fileURLToPath(new URL('./sources/', import.meta.url));
const sources = existsSync(sourceDir) ? readdirSync(sourceDir).filter((f) => f.endsWith('.unicode.txt')).sort() : [];

it('there is at least one legacy source', () => {
  expect(sources.length).toBeGreaterThan(0);
});

describe.each(sources)('%s', (file) => {
  const slug = file.slice(0, -'.unicode.txt'.length);
  // The article lives in corpus/ or, for a held-out one, in corpus/holdout/.
  const dir = existsSync(`${corpusDir}${slug}.gold.json`) ? corpusDir : `${corpusDir}holdout/`;
  const goldPath = `${dir}${slug}.gold.json`;

  it.skipIf(getDecoder() === null)('decodes back to its Unicode source', () => {
    const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Gold;
    expect(['tcvn3', 'vni']).toContain(gold.encoding);
    const raw = readFileSync(`${dir}${slug}.txt`, 'latin1');
    expect(raw).not.toBe(readFileSync(`${sourceDir}${file}`, 'latin1'));
    const decoded = loadArticle(goldPath, gold.encoding) as string;
    const source = readFileSync(`${sourceDir}${file}`, 'utf8').normalize('NFC');
    expect(decoded.length).toBe(source.length);
    for (let i = 0; i < source.length; i++) {
      if (decoded[i] !== source[i]) expect(decoded[i], `offset ${i}`).toBe(source[i].toLowerCase());
    }
  });
});
