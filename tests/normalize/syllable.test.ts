import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isSyllable, normalize, parseSyllable, toMatchKey } from '../../src/normalize/index.js';

/** Combining tone marks: huyền, sắc, hỏi, ngã, nặng (composed by the platform's NFC below). */
const MARKS = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const;
const TONE_NAMES = ['huyen', 'sac', 'hoi', 'nga', 'nang'] as const;

/** onset + cluster + coda with tone `mark` on cluster letter `idx`, in NFC (built independently of vietext). */
function spell(onset: string, cluster: string, coda: string, idx: number, mark: string): string {
  return (onset + cluster.slice(0, idx + 1) + mark + cluster.slice(idx + 1) + coda).normalize('NFC');
}

/**
 * Hand-written expectations: [onset, cluster, coda, index of the toned vowel in the traditional
 * style, in the reformed style, medial, nucleus]. Every vowel cluster of standard orthography, open
 * and closed, with qu and gi onsets. Examples: hòa/hoà, khỏe/khoẻ, thủy/thuỷ, ngoài, khuỷu, biển.
 */
const TABLE: [string, string, string, number, number, string, string][] = [
  // single vowels, open and closed
  ['b', 'a', '', 0, 0, '', 'a'], ['t', 'ă', 'n', 0, 0, '', 'ă'], ['c', 'â', 'n', 0, 0, '', 'â'],
  ['m', 'e', '', 0, 0, '', 'e'], ['b', 'ê', 'n', 0, 0, '', 'ê'], ['t', 'i', '', 0, 0, '', 'i'],
  ['c', 'o', 'n', 0, 0, '', 'o'], ['t', 'ô', '', 0, 0, '', 'ô'], ['s', 'ơ', 'n', 0, 0, '', 'ơ'],
  ['b', 'u', '', 0, 0, '', 'u'], ['v', 'ư', 'ng', 0, 0, '', 'ư'], ['', 'y', '', 0, 0, '', 'y'],
  // vowel + semivowel (open)
  ['m', 'ai', '', 0, 0, '', 'a'], ['s', 'ao', '', 0, 0, '', 'a'], ['s', 'au', '', 0, 0, '', 'a'],
  ['m', 'ay', '', 0, 0, '', 'a'], ['c', 'âu', '', 0, 0, '', 'â'], ['c', 'ây', '', 0, 0, '', 'â'],
  ['m', 'eo', '', 0, 0, '', 'e'], ['k', 'êu', '', 0, 0, '', 'ê'], ['d', 'iu', '', 0, 0, '', 'i'],
  ['v', 'oi', '', 0, 0, '', 'o'], ['t', 'ôi', '', 0, 0, '', 'ô'], ['b', 'ơi', '', 0, 0, '', 'ơ'],
  ['t', 'ui', '', 0, 0, '', 'u'], ['g', 'ưi', '', 0, 0, '', 'ư'], ['c', 'ưu', '', 0, 0, '', 'ư'],
  // diphthongs
  ['b', 'ia', '', 0, 0, '', 'ia'], ['b', 'iê', 'n', 1, 1, '', 'iê'], ['h', 'iêu', '', 1, 1, '', 'iê'],
  ['', 'yê', 'n', 1, 1, '', 'yê'], ['', 'yêu', '', 1, 1, '', 'yê'], ['m', 'ua', '', 0, 0, '', 'ua'],
  ['m', 'uô', 'n', 1, 1, '', 'uô'], ['m', 'uôi', '', 1, 1, '', 'uô'], ['m', 'ưa', '', 0, 0, '', 'ưa'],
  ['đ', 'ươ', 'c', 1, 1, '', 'ươ'], ['ng', 'ươi', '', 1, 1, '', 'ươ'], ['r', 'ươu', '', 1, 1, '', 'ươ'],
  ['x', 'oo', 'ng', 1, 1, '', 'oo'],
  // medial o/u: the two styles differ only on open oa, oe, uy
  ['h', 'oa', '', 0, 1, 'o', 'a'], ['h', 'oa', 'n', 1, 1, 'o', 'a'], ['h', 'oă', 'c', 1, 1, 'o', 'ă'],
  ['kh', 'oe', '', 0, 1, 'o', 'e'], ['x', 'oe', 'n', 1, 1, 'o', 'e'], ['ng', 'oai', '', 1, 1, 'o', 'a'],
  ['x', 'oay', '', 1, 1, 'o', 'a'], ['ng', 'oao', '', 1, 1, 'o', 'a'], ['ng', 'oeo', '', 1, 1, 'o', 'e'],
  ['t', 'uâ', 'n', 1, 1, 'u', 'â'], ['kh', 'uây', '', 1, 1, 'u', 'â'], ['h', 'uê', '', 1, 1, 'u', 'ê'],
  ['h', 'uê', 'nh', 1, 1, 'u', 'ê'], ['th', 'uơ', '', 1, 1, 'u', 'ơ'], ['th', 'uy', '', 0, 1, 'u', 'y'],
  ['h', 'uy', 't', 1, 1, 'u', 'y'], ['h', 'uy', 'nh', 1, 1, 'u', 'y'], ['kh', 'uya', '', 1, 1, 'u', 'ya'],
  ['th', 'uyê', 'n', 2, 2, 'u', 'yê'], ['kh', 'uyu', '', 1, 1, 'u', 'y'],
  // qu and gi are onsets: the tone goes on the following vowel
  ['qu', 'y', '', 0, 0, '', 'y'], ['qu', 'a', '', 0, 0, '', 'a'], ['qu', 'yê', 'n', 1, 1, '', 'yê'],
  ['qu', 'ây', '', 0, 0, '', 'â'], ['qu', 'ô', 'c', 0, 0, '', 'ô'], ['qu', 'y', 'nh', 0, 0, '', 'y'],
  ['gi', 'a', '', 0, 0, '', 'a'], ['gi', 'ư', '', 0, 0, '', 'ư'], ['gi', 'ưa', '', 0, 0, '', 'ưa'],
  ['gi', 'ê', 'ng', 0, 0, '', 'ê'], ['gi', 'ươ', 'ng', 1, 1, '', 'ươ'], ['gi', 'oi', '', 0, 0, '', 'o'],
  ['g', 'i', 'n', 0, 0, '', 'i'],
];

const CHECKED = new Set(['c', 'ch', 'p', 't']);
const cases: [string, string, string, number, number, string, string, number][] = [];
for (const row of TABLE) {
  for (let t = 0; t < 5; t++) {
    if (CHECKED.has(row[2]) && t !== 1 && t !== 4) continue; // checked syllables take only sắc/nặng
    cases.push([...row, t]);
  }
}

describe.each(cases)('tone placement: %s + %s + %s (trad %i, ref %i) tone %#', (onset, cluster, coda, trad, ref, medial, nucleus, t) => {
  const mark = MARKS[t];
  const traditional = spell(onset, cluster, coda, trad, mark);
  const reformed = spell(onset, cluster, coda, ref, mark);
  const caps = (s: string) => s.toUpperCase();
  const title = (s: string) => s[0].toUpperCase() + s.slice(1);

  it('places the tone from every starting position, in both styles, any case, NFC or NFD', () => {
    for (let i = 0; i < cluster.length; i++) {
      const input = spell(onset, cluster, coda, i, mark);
      for (const variant of [input, caps(input), title(input), input.normalize('NFD'), caps(input).normalize('NFD')]) {
        const upper = variant.normalize('NFC') === caps(input);
        const titled = variant === title(input) && variant !== input;
        const fix = (s: string) => (upper ? caps(s) : titled ? title(s) : s);
        expect(normalize(variant, { tones: 'traditional' })).toBe(fix(traditional));
        expect(normalize(variant, { tones: 'reformed' })).toBe(fix(reformed));
        expect(toMatchKey(variant)).toBe(traditional);
      }
    }
  });

  it('parses into onset, medial, nucleus, coda and tone', () => {
    const p = parseSyllable(traditional);
    expect(p).not.toBeNull();
    expect(p!.onset).toBe(onset);
    expect(p!.medial).toBe(medial);
    expect(p!.nucleus).toBe(nucleus);
    expect(p!.coda).toBe(cluster.slice(medial.length + nucleus.length) + coda);
    expect(p!.tone).toBe(TONE_NAMES[t]);
    expect(isSyllable(caps(reformed))).toBe(true);
  });
});

describe('syllable model: what is not a syllable', () => {
  it.each(['', ' ', 'xyz', 'ca bin', 'Smith', 'kà', 'ghá', 'ngé', 'cé', 'quo', 'q', 'bàc', 'anh1', 'aim', 'ăn\u0301g', 'nghiêngg'])(
    '%j is not a syllable',
    (s) => {
      expect(isSyllable(s)).toBe(false);
      expect(parseSyllable(s)).toBeNull();
    },
  );
  it.each(['nghiêng', 'khuỷu', 'NGOẸO', 'gì', 'ĐƯỜNG', 'ý', 'oà', 'uống', 'Nguyễn', 'hoặc', 'xoong', 'ÐÀ'])('%j is a syllable', (s) => {
    expect(isSyllable(s)).toBe(true);
  });
  it('never throws and agrees with parseSyllable', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 8 })), (s) => {
        expect(isSyllable(s)).toBe(parseSyllable(s) !== null);
      }),
    );
  });
  it('rejects non-strings', () => {
    expect(() => parseSyllable(null as never)).toThrow(TypeError);
    expect(() => isSyllable(5 as never)).toThrow(/number 5/);
  });
  it("keeps the oddity gịa (giặt gịa) as written: a tone on gi's i makes it g + ia", () => {
    expect(normalize('giặt gịa', { tones: 'reformed' })).toBe('giặt gịa');
    expect(parseSyllable('gịa')).toEqual({ onset: 'g', medial: '', nucleus: 'ia', coda: '', tone: 'nang' });
    expect(normalize('già giữa', { tones: 'traditional' })).toBe('già giữa');
  });
  it('leaves words that are not syllables untouched by tone placement', () => {
    expect(normalize('Hoàng-Anh tòan Phướcc', { tones: 'reformed' })).toBe('Hoàng-Anh toàn Phướcc');
  });
});
