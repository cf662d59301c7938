import { describe, expect, it } from 'vitest';
import { createSegmenter, segment, segmentToString } from '../../src/segment/index.js';

// Sentences written for these tests (not taken from any corpus).
describe('segment: multi-syllable words', () => {
  it.each([
    ['Đội ngũ cán bộ trẻ làm việc rất tốt.', ['Đội ngũ', 'cán bộ']],
    ['Bí thư Quận ủy phát biểu tại hội nghị.', ['Bí thư', 'Quận ủy', 'phát biểu', 'hội nghị']],
    ['Ủy ban nhân dân quận vừa ban hành kế hoạch.', ['Ủy ban nhân dân', 'ban hành', 'kế hoạch']],
    ['Đồng chí Đặng Quốc Toàn chủ trì cuộc họp.', ['Đồng chí', 'Đặng Quốc Toàn', 'chủ trì']],
    ['Ông Nguyễn Văn Nên làm việc với Thành ủy.', ['Nguyễn Văn Nên', 'làm việc', 'Thành ủy']],
  ])('%s', (text, expected) => {
    const got = segment(text).map((w) => w.text);
    for (const word of expected) expect(got).toContain(word);
  });

  it('prints the underscore form', () => {
    expect(segmentToString('cán bộ đội ngũ')).toBe('cán_bộ đội_ngũ');
    expect(segmentToString('Bí thư Quận ủy')).toBe('Bí_thư Quận_ủy');
  });

  it('passes numbers, dates, percentages, abbreviations and punctuation through, typed', () => {
    const words = segment('Ngày 18/6/2020, UBND TP.HCM đạt 95,5% kế hoạch (1.234 hồ sơ)...');
    const byText = new Map(words.map((w) => [w.text, w.type]));
    expect(byText.get('18/6/2020')).toBe('date');
    expect(byText.get('95,5%')).toBe('percent');
    expect(byText.get('1.234')).toBe('number');
    expect(byText.get('TP.HCM')).toBe('abbr');
    expect(byText.get(',')).toBe('punct');
    expect(byText.get('...')).toBe('punct');
    expect(byText.get('kế hoạch')).toBe('word');
  });

  it('does not read a Title Case headline as one long name', () => {
    const headline = segmentToString('Hội Nghị Cán Bộ Toàn Quốc Năm 2024');
    expect(headline).toContain('Hội_Nghị Cán_Bộ');
    expect(segmentToString('hội nghị cán bộ toàn quốc năm 2024').toLowerCase()).toBe(headline.toLowerCase());
    // A byline of two full names is not a headline.
    expect(segmentToString('Nguyễn Văn Nam, Trần Thị Hoa')).toBe('Nguyễn_Văn_Nam , Trần_Thị_Hoa');
  });

  it('keeps an initial or TP with its dot when a word follows on the line', () => {
    const words = segment('Ông H. nói với TP. HCM rằng khu A.\nBên cạnh đó');
    const byText = new Map(words.map((w) => [w.text, w.type]));
    expect(byText.get('H.')).toBe('abbr');
    expect(byText.get('TP.')).toBe('abbr');
    expect(byText.has('A.')).toBe(false);
  });

  it('keeps hyphen-glued foreign words together but not spaced dashes', () => {
    const words = segment('Đoàn đến Mát-xcơ-va ngày 2 - 3, võ sĩ tập Wai-kru.').map((w) => w.text);
    expect(words).toContain('Mát-xcơ-va');
    expect(words).toContain('Wai-kru');
    expect(words).toContain('-');
  });

  it('never joins across a line break', () => {
    const words = segment('cán\nbộ');
    expect(words.map((w) => w.text)).toEqual(['cán', 'bộ']);
  });
});

describe('createSegmenter: user dictionary', () => {
  it('keeps dictionary words together, including tokens with digits', () => {
    const seg = createSegmenter({ words: ['Quận 10', 'hội nghị cán bộ', 'Xyzw Qrst'] });
    const s = 'Bí thư Quận ủy Quận 10 dự hội nghị cán bộ với Xyzw Qrst.';
    expect(seg.segmentToString(s)).toContain('Quận_10');
    expect(seg.segmentToString(s)).toContain('hội_nghị_cán_bộ');
    expect(seg.segmentToString(s)).toContain('Xyzw_Qrst');
    // The default segmenter is unaffected.
    expect(segmentToString(s)).not.toContain('hội_nghị_cán_bộ');
  });

  it('matches regardless of case, Unicode form and tone style', () => {
    const seg = createSegmenter({ words: ['hòa thuận yên vui'] });
    for (const s of ['Hoà thuận yên vui', 'HÒA THUẬN YÊN VUI', 'hòa thuận yên vui'.normalize('NFD')]) {
      expect(seg.segment(s)).toHaveLength(1);
    }
  });

  it('prefers the longest entry and ignores single-token entries', () => {
    const seg = createSegmenter({ words: ['cán bộ', 'cán bộ trẻ', 'trẻ'] });
    expect(seg.segmentToString('cán bộ trẻ tuổi')).toMatch(/^cán_bộ_trẻ /);
  });
});
