// `npm run test:browser`: proves the BUILT package works in a real browser.
//  1. bundles pages importing `vietext` and only `vietext/normalize` from dist/ with esbuild,
//  2. measures minified + gzip bundle sizes against the budgets,
//  3. serves them on 127.0.0.1 and drives Debian's Chromium through playwright-core,
//  4. runs analyze() on every corpus article in the browser and asserts it deep-equals Node's,
//  5. screenshots the demo page (.tmp/browser/demo.png).
// Prints `browser: N passed, N failed` and exits non-zero on any failure.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { gzipSync } from 'node:zlib';
import { buildDemo, bundle, ROOT, serve } from '../demo/build.mjs';

const BUDGET_NORMALIZE = 8 * 1024;
const BUDGET_ALL = 400 * 1024;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let passed = 0;
let failed = 0;
function check(name, ok, detail = '') {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? `  ${detail}` : ''}`);
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

if (!existsSync(join(ROOT, 'dist/index.js'))) execFileSync('npx', ['tsup'], { cwd: ROOT, stdio: 'inherit' });

const out = join(ROOT, '.tmp/browser');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// --- bundles and sizes -------------------------------------------------------------------------
const meta = await bundle({ full: join(ROOT, 'tests/browser/full.js'), 'normalize-only': join(ROOT, 'tests/browser/normalize-only.js') }, out);
const gz = (file) => gzipSync(readFileSync(join(ROOT, file)), { level: 9 }).length;
/** gzip size of an entry's static import graph (what loads at once) and of everything it can load. */
function sizes(entryName) {
  const outputs = meta.outputs;
  const entryFile = Object.keys(outputs).find((f) => basename(f) === `${entryName}.js`);
  const seen = new Set();
  const walk = (f, dynamic) => {
    if (seen.has(f)) return;
    seen.add(f);
    for (const imp of outputs[f].imports) if (imp.kind === 'import-statement' || (dynamic && imp.kind === 'dynamic-import')) walk(imp.path, dynamic);
  };
  walk(entryFile, false);
  const initial = [...seen];
  walk(entryFile, true);
  const all = [...seen];
  const sum = (files) => files.reduce((n, f) => n + gz(f), 0);
  return { initial: sum(initial), all: sum(all), lazyChunks: all.length - initial.length };
}
const normalizeSize = sizes('normalize-only');
const fullSize = sizes('full');
console.log(`size: vietext/normalize alone ${kb(normalizeSize.all)} min+gzip (budget ${kb(BUDGET_NORMALIZE)})`);
console.log(`size: vietext (analyze, all data) ${kb(fullSize.all)} min+gzip, of which loaded at once ${kb(fullSize.initial)}, lazy chunks ${fullSize.lazyChunks} (budget ${kb(BUDGET_ALL)})`);
check('vietext/normalize alone is within its size budget', normalizeSize.all <= BUDGET_NORMALIZE, kb(normalizeSize.all));
check('the whole library with its data is within its size budget', fullSize.all <= BUDGET_ALL, kb(fullSize.all));

for (const entry of ['full', 'normalize-only']) {
  writeFileSync(join(out, `${entry}.html`), readFileSync(join(ROOT, 'tests/browser/page.html'), 'utf8').replace('%ENTRY%', entry));
}
mkdirSync(join(out, 'demo'), { recursive: true });
await buildDemo(join(out, 'demo'));

// --- what Node says ----------------------------------------------------------------------------
const lib = await import(join(ROOT, 'dist/index.js'));
const norm = await import(join(ROOT, 'dist/normalize/index.js'));
const corpusDir = join(ROOT, 'corpus');
const articles = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => {
    const bytes = readFileSync(join(corpusDir, f));
    let text = bytes.toString('utf8');
    if (text.includes('\uFFFD') && typeof lib.detectEncoding === 'function') {
      const raw = bytes.toString('latin1');
      const enc = lib.detectEncoding(raw);
      if (['vni', 'tcvn3', 'viqr'].includes(enc)) text = lib.decodeLegacy(raw, enc);
    }
    return { file: f, text };
  });
const seed = articles.find((a) => a.file === '000_ef666b26bbfb0251.txt');

// --- the browser -------------------------------------------------------------------------------
const { chromium } = await import('playwright-core');
const { server, url } = await serve(out);
const profile = mkdtempSync(join(tmpdir(), 'vietext-chromium-'));
let context;
try {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));

  await page.goto(`${url}full.html`);
  await page.waitForFunction(() => window.vietextReady === true, null, { timeout: 20_000 });
  let same = 0;
  for (const a of articles) {
    const inBrowser = await page.evaluate((text) => window.vietextAnalyze(text), a.text);
    const inNode = JSON.parse(JSON.stringify(lib.analyze(a.text)));
    if (isDeepStrictEqual(inBrowser, inNode)) same++;
    else console.log(`  differs: ${a.file}`);
    if (a === seed) {
      check('browser analyze(seed) deep-equals Node analyze(seed)', isDeepStrictEqual(inBrowser, inNode));
      const officials = inBrowser?.entities?.officials ?? [];
      const dates = inBrowser?.entities?.dates ?? [];
      check('seed in the browser: official Đặng Quốc Toàn found', officials.some((o) => o.name === 'Đặng Quốc Toàn'));
      check('seed in the browser: date 2020-06-18 found', dates.some((d) => d.value === '2020-06-18'));
    }
  }
  check(`browser analyze equals Node on every corpus article`, same === articles.length, `${same}/${articles.length}`);

  await page.goto(`${url}normalize-only.html`);
  await page.waitForFunction(() => window.vietextReady === true, null, { timeout: 20_000 });
  const sample = seed.text.normalize('NFD');
  check('browser vietext/normalize equals Node on the seed in NFD', (await page.evaluate((t) => window.vietextNormalize(t), sample)) === norm.normalize(sample));

  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto(`${url}demo/index.html`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
  const marks = await page.locator('#text mark').count();
  check('demo page highlights entities in the text', marks > 0, `${marks} marks`);
  const shot = join(out, 'demo.png');
  await page.screenshot({ path: shot, fullPage: false });
  check('demo screenshot written', existsSync(shot) && statSync(shot).size > 10_000, shot);
  check('no uncaught errors in the pages', errors.length === 0, errors.join(' | '));
} catch (e) {
  check('browser run', false, e?.message ?? String(e));
} finally {
  await context?.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}

console.log(`browser: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
