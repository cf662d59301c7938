// Prints bench/results/latest.json (or the file given) as the Markdown table the README shows.
// Usage: node bench/readme-table.mjs [results.json]
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? new URL('./results/latest.json', import.meta.url);
const r = JSON.parse(readFileSync(file, 'utf8'));
const f = (x, d = 1) => (typeof x === 'number' && Number.isFinite(x) ? x.toFixed(d) : '');
const unit = (row) => {
  const v = row.unitsPerS ?? row.articlesPerS;
  if (!v) return '';
  if (!row.unitsPerS) return `${v.toFixed(0)} articles`;
  const s = v >= 1e6 ? `${(v / 1e6).toFixed(2)} M` : v >= 1e3 ? `${(v / 1e3).toFixed(1)} k` : v.toFixed(0);
  return `${s} ${row.unit ?? ''}`.trim();
};
console.log('| group | row | input | MB/s | units/s | × floor | × natural | cpu × floor | cpu × natural |');
console.log('|---|---|---|--:|--:|--:|--:|--:|--:|');
for (const row of r.rows) {
  console.log(
    `| ${row.group} | ${row.name} | ${row.input} | ${f(row.mbPerS)} | ${unit(row)} | ${f(row.ratioFloor, 3)} | ${f(row.ratioNatural, 2)} | ${f(row.cpuRatioFloor, 3)} | ${f(row.cpuRatioNatural, 2)} |`,
  );
}
console.log(`\nMeasured ${r.date} with \`${r.command}\`: Node ${r.node}, ${r.cpu} (${r.cores} cores), load average ${r.loadavg.start[0]} → ${r.loadavg.end[0]}, input ${(r.input.corpusBytes / 1e6).toFixed(1)} MB UTF-8 (${r.input.articles.length} articles), median of ${r.runs} runs.`);
