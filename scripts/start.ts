// `npm start` until the CLI lands: shows what the library can do on the bundled corpus.
import { readdirSync, readFileSync } from 'node:fs';
import * as vietext from '../src/index.js';

const files = readdirSync(new URL('../corpus/', import.meta.url)).filter((f) => f.endsWith('.txt')).sort();
console.log(`vietext: ${files.length} corpus article(s); exports: ${Object.keys(vietext).join(', ')}`);
for (const f of files) {
  const text = readFileSync(new URL(`../corpus/${f}`, import.meta.url), 'utf8');
  console.log(`\n== ${f} (${text.length} chars)\n${text.split('\n')[0]}`);
}
