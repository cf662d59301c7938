// Adversarial review: inputs that made parseArticle rescan the rest of the text once per line.
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/summarize/index.js';

describe('parseArticle: linear time on many short lines under a headline', () => {
  // Every line below the title is tried as a credited byline (`Bài: …`); a search for its colon
  // that ran to the end of the text made this quadratic (2 M units: ~4 s instead of ~0.5 s).
  it.each(['Quang cảnh hội nghị\n', 'Thứ Hai, 1/6/2020\n'])('%j', (unit) => {
    const time = (n: number): number => {
      const s = 'Tiêu đề bài báo về đại hội\n' + unit.repeat(Math.ceil(n / unit.length));
      const t0 = performance.now();
      const a = parseArticle(s);
      const ms = performance.now() - t0;
      for (const c of a.captions.slice(0, 3)) expect(s.slice(c.start, c.end)).toBe(c.text);
      return ms;
    };
    time(50_000);
    const small = Math.max(time(500_000), 5);
    const big = time(2_000_000);
    expect(big).toBeLessThan(small * 8 + 100);
  });
});
