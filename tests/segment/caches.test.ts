import { describe, expect, it } from 'vitest';
import { createSegmenter } from '../../src/segment/index.js';
import { INTERN_CACHE_LIMIT, Interner } from '../../src/segment/engine.js';
import { loadModel } from '../../src/segment/model.js';
import { STRING_CACHE_LIMIT, StringCache } from '../../src/segment/string-cache.js';
import { SurfaceTable } from '../../src/segment/surface-table.js';
import { syllableKey } from '../../src/segment/syllable-key.js';

/** `count` distinct letter strings (`a`, `b`, …, `ba`, …), some of them real syllables. */
function forms(count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let s = '';
    for (let v = i + 1; v > 0; v = Math.floor((v - 1) / 26)) s = String.fromCharCode(97 + ((v - 1) % 26)) + s;
    out.push(i % 3 === 0 ? s.toUpperCase() : s);
  }
  return out;
}

describe('segment caches', () => {
  it('SurfaceTable gives the values of the reference Interner, before and after it starts over', () => {
    const model = loadModel();
    const table = new SurfaceTable(model.vocab, syllableKey, null);
    const reference = new Interner(model.vocab, syllableKey, null);
    const words = ['cán', 'bộ', 'CÁN', 'Hòa', 'hoà', 'ngu\u0303', ...forms(INTERN_CACHE_LIMIT + 5000)];
    const text = words.join(' ') + ' ' + words.slice(0, 3000).join(' ');
    const generation = table.generation;
    let s = 0;
    for (let i = 0; i <= text.length; i++) {
      if (i < text.length && text[i] !== ' ') continue;
      const value = table.wordAt(text, s, i);
      if (value !== reference.word(text.slice(s, i))) throw new Error(`value of ${text.slice(s, i)}`);
      if (table.last >= 0 && table.surface(table.last, text, s, i) !== text.slice(s, i)) throw new Error(`surface of ${text.slice(s, i)}`);
      s = i + 1;
    }
    expect(table.generation).toBeGreaterThan(generation);
  });

  it('StringCache returns the same text as slice, shared for repeats, before and after it starts over', () => {
    const cache = new StringCache();
    const words = forms(STRING_CACHE_LIMIT + 3000);
    const text = words.join(' ') + ' ' + 'x'.repeat(100);
    let s = 0;
    for (let i = 0; i <= text.length; i++) {
      if (i < text.length && text[i] !== ' ') continue;
      expect(cache.slice(text, s, i) === text.slice(s, i)).toBe(true);
      s = i + 1;
    }
    expect(cache.slice(text, 0, 1)).toBe('A');
    expect(cache.slice('cán bộ cán', 7, 10)).toBe(cache.slice('cán', 0, 3));
  });

  it('segment texts stay exact when the surface table starts over during a call', () => {
    const text = ['cán bộ', ...forms(INTERN_CACHE_LIMIT + 2000), 'đội ngũ cán bộ'].join(' ');
    const words = createSegmenter().segment(text);
    expect(words.length).toBeGreaterThan(INTERN_CACHE_LIMIT);
    let bad = 0;
    for (const w of words) if (w.text !== text.slice(w.start, w.end)) bad++;
    expect(bad).toBe(0);
    expect(words.at(-1)?.text).toBe('cán bộ');
  });
});
