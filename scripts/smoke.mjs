// Loads the built package by its name through both `import` and `require` and checks that
// every entry exports exactly the names listed in scripts/expected-exports.json.
// Run after `npm run build`; Node resolves `vietext` to this package by self-reference.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const expected = JSON.parse(readFileSync(new URL('./expected-exports.json', import.meta.url), 'utf8'));
let failures = 0;
let checked = 0;

// The root entry exports its own names plus every capability's names.
const union = [...new Set(Object.values(expected).flat())];
for (const [entry, names] of Object.entries(expected)) {
  const want = [...(entry === 'vietext' ? union : names)].sort();
  const esm = Object.keys(await import(entry)).filter((k) => k !== 'default').sort();
  const cjs = Object.keys(require(entry)).filter((k) => k !== 'default' && k !== '__esModule').sort();
  for (const [kind, got] of [['import', esm], ['require', cjs]]) {
    checked++;
    const missing = want.filter((n) => !got.includes(n));
    const extra = got.filter((n) => !want.includes(n));
    if (missing.length || extra.length) {
      failures++;
      console.error(`smoke: ${kind}('${entry}') missing [${missing.join(', ')}] extra [${extra.join(', ')}]`);
    }
  }
}
console.log(`smoke: ${checked - failures} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);
