import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const SENTENCES = [
  'Ủy ban nhân dân Quận 10 tổ chức hội nghị tổng kết công tác năm 2024.',
  'Bí thư Quận ủy Đặng Quốc Toàn đề nghị đội ngũ cán bộ tiếp tục phát huy tinh thần đoàn kết.',
  'Chương trình hòa nhập cộng đồng giúp người dân khỏe mạnh, thủy lợi được đầu tư.',
  'Thành phố đạt 95,5% chỉ tiêu, tăng 5,2% so với cùng kỳ; ngày 18/6 khai mạc.',
];

/** Boundaries as NFC texts, which NFD/NFC inputs must share. */
const nfcWords = (s: string) => segment(s).map((w) => w.text.normalize('NFC'));
const reformed = (s: string) =>
  s.replaceAll('hòa', 'hoà').replaceAll('khỏe', 'khoẻ').replaceAll('thủy', 'thuỷ').replaceAll('Ủy', 'Uỷ').replaceAll('ủy', 'uỷ');

describe('segment: invariance', () => {
  it.each(SENTENCES)('NFD gives the same words as NFC: %s', (s) => {
    expect(nfcWords(s.normalize('NFD'))).toEqual(nfcWords(s));
  });

  it.each(SENTENCES)('reformed tone style gives the same boundaries: %s', (s) => {
    const r = reformed(s);
    expect(r).not.toBe(s.includes('hòa') || s.includes('ủy') || s.includes('Ủy') ? s : '\u0000');
    expect(segment(r).map((w) => [w.start, w.end])).toEqual(segment(s).map((w) => [w.start, w.end]));
  });

  it.each(SENTENCES)('ALL CAPS gives the same boundaries as lower case: %s', (s) => {
    const lower = s.toLowerCase();
    expect(segment(lower.toUpperCase()).map((w) => [w.start, w.end])).toEqual(segment(lower).map((w) => [w.start, w.end]));
  });

  it('NFC and NFD give the same words for any text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (s) => {
        const nfc = s.normalize('NFC');
        expect(nfcWords(nfc.normalize('NFD'))).toEqual(nfcWords(nfc));
      }),
      { numRuns: 300 },
    );
  });

  it('NFC and NFD give the same words for Vietnamese-like text (property)', () => {
    const syllable = fc.constantFrom('cán', 'bộ', 'đội', 'ngũ', 'Quận', 'ủy', 'Hòa', 'khỏe', 'Nguyễn', 'Văn', 'ĐẶNG', 'trường', ',', '10', 'ngày');
    fc.assert(
      fc.property(fc.array(syllable, { maxLength: 30 }), (parts) => {
        const s = parts.join(' ');
        expect(nfcWords(s.normalize('NFD'))).toEqual(nfcWords(s));
      }),
      { numRuns: 300 },
    );
  });
});
