import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const UD = resolve(__dirname, '../../../shared/data/ud-vtb');
const DEV = join(UD, 'dev.gold.txt');
const HAVE_UD = existsSync(DEV);
if (!HAVE_UD) console.warn(`tests/segment/accuracy: SKIPPED, UD VTB data not found at ${UD}`);

describe.skipIf(!HAVE_UD)('segment: accuracy on UD Vietnamese VTB dev (data at ../shared/data/ud-vtb)', () => {
  it('word F1 is at least 0.96', () => {
    let tp = 0;
    let pred = 0;
    let gold = 0;
    for (const line of readFileSync(DEV, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const raw = line.replaceAll('_', ' ');
      const spans = new Set<string>();
      const re = /[^ ]+/g;
      for (let m = re.exec(line); m; m = re.exec(line)) spans.add(`${m.index},${m.index + m[0].length}`);
      gold += spans.size;
      for (const w of segment(raw)) {
        pred++;
        if (spans.has(`${w.start},${w.end}`)) tp++;
      }
    }
    const p = tp / pred;
    const r = tp / gold;
    const f1 = (2 * p * r) / (p + r);
    expect(f1).toBeGreaterThanOrEqual(0.96);
  });

  it('the generated model is up to date with its sources', () => {
    const root = resolve(__dirname, '../..');
    const res = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/build-segment-data.ts'), '--check', '--ud', UD], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(res.stderr + res.stdout).toContain('up to date');
    expect(res.status).toBe(0);
  });
});
