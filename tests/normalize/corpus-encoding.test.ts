// Every corpus article read as bytes (latin1): legacy files are detected as the encoding their gold
// file names, UTF-8 files are recognised as Unicode, and fixEncoding gives the same text either way.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { decodeLegacy, detectEncoding, fixEncoding } from '../../src/normalize/index.js';

const DIR = new URL('../../corpus/', import.meta.url);
const files = existsSync(DIR) ? readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort() : [];

describe.runIf(files.length > 0)('corpus files read as bytes', () => {
  it.each(files)('%s', (f) => {
    const raw = readFileSync(new URL(f, DIR), 'latin1');
    const goldUrl = new URL(f.replace(/\.txt$/, '.gold.json'), DIR);
    const enc = existsSync(goldUrl) ? (JSON.parse(readFileSync(goldUrl, 'utf8')) as { encoding?: string }).encoding : undefined;
    const d = detectEncoding(raw);
    if (enc === 'vni' || enc === 'tcvn3') {
      expect(d.encoding).toBe(enc);
      expect(d.confidence).toBeGreaterThanOrEqual(0.8);
      expect(fixEncoding(raw)).toBe(decodeLegacy(raw, enc));
    } else {
      expect(d.encoding).toBe('unicode');
      expect(fixEncoding(raw)).toBe(readFileSync(new URL(f, DIR), 'utf8'));
    }
  });
});
