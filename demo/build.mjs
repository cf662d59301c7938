// Bundles browser pages against the BUILT package (dist/) with esbuild, as an app would:
// the pages live inside this package, so `vietext` and `vietext/<entry>` resolve by package
// self-reference through package.json "exports" to dist/ files, with "sideEffects": false honoured.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize as normalizePath, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));

/**
 * Bundles `entryPoints` (name → file) into `outdir`, minified ESM with code splitting,
 * and returns esbuild's metafile.
 */
export async function bundle(entryPoints, outdir, { minify = true, define = {} } = {}) {
  const result = await esbuild.build({
    entryPoints,
    outdir,
    bundle: true,
    format: 'esm',
    splitting: true,
    platform: 'browser',
    target: 'es2022',
    minify,
    metafile: true,
    logLevel: 'silent',
    define,
  });
  return result.metafile;
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css', '.txt': 'text/plain; charset=utf-8', '.json': 'application/json' };

/** Serves `dir` on 127.0.0.1 (port 0: any free port). Resolves to { server, url }. */
export function serve(dir, port = 0) {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalizePath(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok({ server, url: `http://127.0.0.1:${server.address().port}/` }));
  });
}

/** Builds the demo into `outdir`: index.html + bundled app, with the seed article as the sample. */
export async function buildDemo(outdir) {
  const seed = readFileSync(join(ROOT, 'corpus/000_ef666b26bbfb0251.txt'), 'utf8');
  await bundle({ app: join(ROOT, 'demo/app.js') }, outdir, { define: { __SAMPLE__: JSON.stringify(seed) } });
  const html = readFileSync(join(ROOT, 'demo/index.html'), 'utf8');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(join(outdir, 'index.html'), html);
}
