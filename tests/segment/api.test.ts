import { describe, expect, it } from 'vitest';
import { createSegmenter, segment, segmentToString } from '../../src/segment/index.js';

describe('segment: input validation', () => {
  it.each([
    ['null', null],
    ['undefined', undefined],
    ['number', 42],
    ['object', {}],
    ['array', ['cán bộ']],
    ['String object', new String('cán bộ')],
  ])('throws a TypeError naming a %s', (label, value) => {
    expect(() => segment(value as unknown as string)).toThrow(TypeError);
    expect(() => segmentToString(value as unknown as string)).toThrow(TypeError);
    expect(() => segment(value as unknown as string)).toThrow(/instead found/);
  });

  it('returns an empty result for the empty string', () => {
    expect(segment('')).toEqual([]);
    expect(segmentToString('')).toBe('');
    expect(segment('   \n\t ')).toEqual([]);
  });

  it('rejects unknown options with a RangeError and non-objects with a TypeError', () => {
    expect(() => segment('cán bộ', { foo: 1 } as never)).toThrow(RangeError);
    expect(() => segment('cán bộ', 'x' as never)).toThrow(TypeError);
    expect(() => createSegmenter({ dictionary: [] } as never)).toThrow(RangeError);
  });

  it('validates the user dictionary', () => {
    expect(() => createSegmenter({ words: 'cán bộ' as never })).toThrow(TypeError);
    expect(() => createSegmenter({ words: ['cán bộ', 3 as never] })).toThrow(TypeError);
    expect(() => createSegmenter()).not.toThrow();
    expect(() => createSegmenter({ words: [] })).not.toThrow();
    expect(() => createSegmenter({ words: ['a '.repeat(17)] })).toThrow(RangeError);
    expect(() => createSegmenter({ words: ['a '.repeat(16)] })).not.toThrow();
  });

  it('handles prototype-like names as ordinary words', () => {
    for (const s of ['constructor', 'prototype hasOwnProperty toString', 'valueOf constructor']) {
      const words = segment(s);
      expect(words.map((w) => w.text).join(' ')).toBe(s);
      expect(words.every((w) => w.type === 'word')).toBe(true);
    }
    expect(segment('__proto__').map((w) => w.text).join('')).toBe('__proto__');
    const seg = createSegmenter({ words: ['constructor prototype'] });
    expect(seg.segmentToString('constructor prototype __proto__')).toMatch(/^constructor_prototype /);
  });

  it('does not mutate the user dictionary', () => {
    const words = ['Quận 10', 'Đặng Quốc Toàn'];
    const copy = [...words];
    createSegmenter({ words }).segment('Quận 10');
    expect(words).toEqual(copy);
  });

  it('returns fresh objects on every call', () => {
    const a = segment('cán bộ đội ngũ');
    const b = segment('cán bộ đội ngũ');
    expect(a).toEqual(b);
    expect(a[0]).not.toBe(b[0]);
    a[0].text = 'changed';
    expect(segment('cán bộ đội ngũ')[0].text).toBe('cán bộ');
  });
});

describe('segmentOffsets', () => {
  it('gives the same words as segment, as triples', async () => {
    const { segmentOffsets } = await import('../../src/segment/index.js');
    const { TOKEN_TYPES } = await import('../../src/tokenize/index.js');
    const s = 'Ngày 18/6, Bí thư Quận ủy Đặng Quốc Toàn dự hội nghị cán bộ tại TP.HCM.';
    const o = segmentOffsets(s);
    const words = segment(s);
    expect(o.length).toBe(words.length * 3);
    words.forEach((w, i) => {
      expect([o[i * 3], o[i * 3 + 1], TOKEN_TYPES[o[i * 3 + 2]]]).toEqual([w.start, w.end, w.type]);
    });
    expect(segmentOffsets('')).toHaveLength(0);
    expect(() => segmentOffsets(1 as never)).toThrow(TypeError);
    const seg = createSegmenter({ words: ['Quận 10'] });
    expect([...seg.segmentOffsets('Quận 10')]).toEqual([0, 7, 0]);
  });
});
