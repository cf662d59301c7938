// Adversarial review: short names defined in parentheses (`Trung tâm … (TTYT …)`) stay linear.
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/entities/index.js';
import { extractMs } from './_fields.js';

const SYL = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hùng', 'Khánh', 'Lan', 'Long', 'Minh', 'Nam', 'Phong', 'Quang', 'Sơn', 'Tâm', 'Thắng', 'Trung', 'Tuấn'];
const name = (i: number): string => `${SYL[i % 20]} ${SYL[Math.floor(i / 20) % 20]} ${SYL[Math.floor(i / 400) % 20]}`;
// Every definition's short name starts with the same word (`TT`, then its number as a token of its own).
const make = (n: number): string => {
  let s = '';
  for (let i = 0; s.length < n; i++) s += `Trung tâm ${name(i)} (TT${i}) và TT${i}. `;
  return s;
};

describe('short names defined in parentheses', () => {
  it('each one stands for its own body', () => {
    const text = make(2_000);
    const orgs = extractEntities(text).organisations;
    for (const i of [0, 7, 21]) {
      const uses = orgs.filter((o) => o.text === `TT${i}`);
      expect(uses.length).toBe(2);
      for (const o of uses) expect(o.resolved).toBe(`Trung tâm ${name(i)}`);
    }
  });

  // Each mention was compared with every earlier definition sharing its first word: quadratic in
  // the number of definitions (800 000 characters: 9.5 s instead of 0.5 s; 50 000: 80 ms).
  it('take time linear in their number', { timeout: 120_000 }, () => {
    const time = (n: number): number => extractMs(make(n));
    time(20_000);
    const small = Math.max(time(50_000), 5);
    const big = time(800_000);
    // 16× the input: ~16× the time when linear (generous for a shared machine); ~120× before.
    expect(big).toBeLessThan(small * 40 + 100);
  });
});
