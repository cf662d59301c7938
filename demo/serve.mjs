// `npm run demo`: builds the package, bundles the demo page against dist/, serves it on 127.0.0.1.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildDemo, ROOT, serve } from './build.mjs';

const out = join(ROOT, '.tmp/demo');
mkdirSync(out, { recursive: true });
await buildDemo(out);
const port = Number(process.env.PORT ?? 5173);
const { url } = await serve(out, port);
console.log(`vietext demo: ${url}  (Ctrl-C to stop)`);
