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
// Each page is bundled on its own, as separate apps would be.
const PAGES = {
  full: join(ROOT, 'tests/browser/full.js'),
  'normalize-only': join(ROOT, 'tests/browser/normalize-only.js'),
  'without-segment': join(ROOT, 'tests/browser/without-segment.js'),
};
const metas = {};
for (const [name, file] of Object.entries(PAGES)) metas[name] = await bundle({ [name]: file }, out);
const gz = (file) => gzipSync(readFileSync(join(ROOT, file)), { level: 9 }).length;
/** gzip size of an entry's static import graph (what loads at once) and of everything it can load. */
function sizes(entryName) {
  const outputs = metas[entryName].outputs;
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
  const has = (files, marker) => files.some((f) => readFileSync(join(ROOT, f), 'utf8').includes(marker));
  return { initial: sum(initial), all: sum(all), lazyChunks: all.length - initial.length, hasAtOnce: (m) => has(initial, m), hasAtAll: (m) => has(all, m) };
}
const normalizeSize = sizes('normalize-only');
const fullSize = sizes('full');
console.log(`size: vietext/normalize alone ${kb(normalizeSize.all)} min+gzip (budget ${kb(BUDGET_NORMALIZE)})`);
console.log(`size: vietext (analyze, all data) ${kb(fullSize.all)} min+gzip, of which loaded at once ${kb(fullSize.initial)}, lazy chunks ${fullSize.lazyChunks} (budget ${kb(BUDGET_ALL)})`);
check('vietext/normalize alone is within its size budget', normalizeSize.all <= BUDGET_NORMALIZE, kb(normalizeSize.all));
check('the whole library with its data is within its size budget', fullSize.all <= BUDGET_ALL, kb(fullSize.all));
// Word-segmentation data comes along only when segmentation is used: a marker from the generated
// model must be in the analyze bundle (which segments) and absent from one that does not segment.
const model = readFileSync(join(ROOT, 'src/segment/data/model.generated.ts'), 'utf8');
const marker = /export const WEIGHTS = "([^"\\]{40})/.exec(model)?.[1];
const withoutSegment = sizes('without-segment');
console.log(`size: vietext without segmentation (normalize, tokenize, splitSentences, extractEntities) ${kb(withoutSegment.all)} min+gzip`);
check('segmentation data is in the bundle that segments (the marker check works)', Boolean(marker) && fullSize.hasAtAll(marker));
check('segmentation data is left out of a bundle that does not segment', Boolean(marker) && !withoutSegment.hasAtAll(marker), kb(withoutSegment.all));

for (const entry of ['full', 'normalize-only', 'without-segment']) {
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

/** Deep equality where two non-integer numbers may differ by 1e-12 relative (last-bit rounding). */
function nearlyEqual(a, b) {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b || (!Number.isInteger(a) && !Number.isInteger(b) && Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b)));
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    if (Array.isArray(a) !== Array.isArray(b)) return false;
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && nearlyEqual(a[k], b[k]));
  }
  return Object.is(a, b);
}

/** Path and values of the first difference between two JSON-like values. */
function firstDifference(a, b, path = '$') {
  if (isDeepStrictEqual(a, b)) return undefined;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference(a[k], b[k], `${path}.${k}`);
      if (d) return d;
    }
  }
  return `${path}: browser ${JSON.stringify(a)?.slice(0, 200)} vs Node ${JSON.stringify(b)?.slice(0, 200)}`;
}

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

  // Count WebAssembly instances made in the page: the tokenizer's scan compiles in the background on
  // first use (the main thread refuses a synchronous compile over 4 KB) and is used from then on.
  await page.addInitScript(() => {
    const Instance = WebAssembly.Instance;
    window.vietextWasmInstances = 0;
    WebAssembly.Instance = function (...args) {
      window.vietextWasmInstances++;
      return new Instance(...args);
    };
    WebAssembly.Instance.prototype = Instance.prototype;
  });
  await page.goto(`${url}full.html`);
  await page.waitForFunction(() => window.vietextReady === true, null, { timeout: 20_000 });
  let same = 0;
  let close = 0;
  for (const a of articles) {
    const inBrowser = await page.evaluate((text) => window.vietextAnalyze(text), a.text);
    const inNode = JSON.parse(JSON.stringify(lib.analyze(a.text)));
    if (isDeepStrictEqual(inBrowser, inNode)) same++;
    else console.log(`  not bit-identical: ${a.file}: ${firstDifference(inBrowser, inNode)}`);
    if (nearlyEqual(inBrowser, inNode)) close++;
    if (a === seed) {
      check('browser analyze(seed) deep-equals Node analyze(seed)', isDeepStrictEqual(inBrowser, inNode));
      const officials = inBrowser?.entities?.officials ?? [];
      const dates = inBrowser?.entities?.dates ?? [];
      check('seed in the browser: official Đặng Quốc Toàn found', officials.some((o) => o.name === 'Đặng Quốc Toàn'));
      check('seed in the browser: date 2020-06-18 found', dates.some((d) => d.value === '2020-06-18'));
    }
  }
  // Chromium's V8 and Node's may round Math.log/exp in the last bit; everything else must match exactly.
  console.log(`corpus: ${same}/${articles.length} articles bit-identical, ${close}/${articles.length} identical up to 1e-12 relative on fractional numbers`);
  check('browser analyze equals Node on every corpus article (fractions to 1e-12)', close === articles.length, `${close}/${articles.length}`);
  const instances = await page.evaluate(() => window.vietextWasmInstances);
  check('the tokenizer ran its WebAssembly scan in the browser (compiled in the background)', instances >= 1, `${instances} instance(s)`);

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
