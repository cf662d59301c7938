import { describe, expect, it } from 'vitest';
import { extractOfficials } from '../../src/entities/index.js';

// Many common given names are also verbs or function words (`Phát` "issue", `Quyết` "decide",
// `Nên` "should", `Tiếp` "receive"). Capitalised inside a name in running text they are the name;
// only in a Title Case headline, where the words after them are capitalised too, do they end it.
const NAMES = [
  'Nguyễn Văn Nên',
  'Nguyễn Tấn Phát',
  'Hoàng Văn Quyết',
  'Nguyễn Văn Tuyên',
  'Phạm Thị Thực',
  'Lê Văn Tiếp',
  'Trần Văn Chúc',
  'Nguyễn Thị Giao',
  'Nguyễn Văn Từ',
  'Nguyễn Văn Nhận',
];

const pick = (s: string) => extractOfficials(s).map((o) => [o.text, o.name, o.title]);

describe('given names that are also verbs or function words', () => {
  it.each(NAMES)('title before the name: %s', (name) => {
    expect(pick(`Chủ tịch UBND quận ${name} phát biểu.`)).toEqual([
      [`Chủ tịch UBND quận ${name}`, name, 'Chủ tịch UBND quận'],
    ]);
  });

  it.each(NAMES)('honorific, name, appositive title: %s', (name) => {
    expect(pick(`Hôm qua, ông ${name}, Chủ tịch UBND quận phát biểu.`)).toEqual([
      [`ông ${name}, Chủ tịch UBND quận`, name, 'Chủ tịch UBND quận'],
    ]);
  });

  it.each(NAMES)('name at the end of a sentence: %s', (name) => {
    expect(pick(`Dự hội nghị có Phó Chủ tịch UBND tỉnh ${name}.`).map((o) => o[1])).toEqual([name]);
  });

  it('such a word as the middle syllable (`Đắc`): the name goes on', () => {
    expect(pick('Hôm qua, ông Trần Đắc Lợi, Chủ tịch UBND quận phát biểu.')).toEqual([
      ['ông Trần Đắc Lợi, Chủ tịch UBND quận', 'Trần Đắc Lợi', 'Chủ tịch UBND quận'],
    ]);
  });

  it('a Title Case headline still ends the name at the verb', () => {
    expect(pick('Chủ Tịch UBND Quận Nguyễn Văn An Phát Biểu Tại Hội Nghị').map((o) => o[1])).toEqual(['Nguyễn Văn An']);
    expect(pick('Bí Thư Quận Ủy Đặng Quốc Toàn Trao Giấy Khen Cho Các Tập Thể').map((o) => o[1])).toEqual(['Đặng Quốc Toàn']);
    expect(pick('Chủ Tịch UBND Quận Nguyễn Văn An Phát Biểu').map((o) => o[1])).toEqual(['Nguyễn Văn An']);
  });
});
