// Child process of bench/run.ts: measures natural's AggressiveTokenizerVi on the same input.
// It runs in its own process because loading `natural` slows unrelated string code in the same
// process (a bare charCodeAt loop ran ~4x slower after require('natural') when this was written);
// the floor is measured here too, before and after loading natural, to show that effect.
import { createRequire } from 'node:module';
import { buildInputs } from './_corpus.js';
import { floorLoop, measure, type Measurement } from './_measure.js';

const [targetArg, runsArg, budgetArg] = process.argv.slice(2);
const opts = { runs: Number(runsArg), budgetMs: Number(budgetArg) };
const inputs = await buildInputs(Number(targetArg));
const rows: Measurement[] = [];
rows.push(measure({ group: 'baseline', name: 'floor in the natural process, before loading natural', run: floorLoop }, inputs, opts));
const require = createRequire(import.meta.url);
const natural = require('natural') as { AggressiveTokenizerVi: new () => { tokenize(s: string): string[] } };
const tokenizer = new natural.AggressiveTokenizerVi();
rows.push(measure({ group: 'tokenize', name: 'natural AggressiveTokenizerVi', run: (s) => tokenizer.tokenize(s), unit: 'tokens' }, inputs, opts));
rows.push(measure({ group: 'baseline', name: 'floor in the natural process, after loading natural', run: floorLoop }, inputs, opts));
// natural's dependencies print to stdout on load; the parent reads only this line.
process.stdout.write(`\nRESULT ${JSON.stringify(rows)}\n`);
