import { describe, expect, it } from 'vitest';
import { extractOfficials } from '../../src/entities/index.js';
import { offs as pick } from './_fields.js';


describe('extractOfficials', () => {
  it('title before name, organisation resolved from the article', () => {
    expect(pick('Ngày 3/4, Quận ủy Quận 5 họp. Bí thư Quận ủy Trần Văn Bình phát biểu.')).toEqual([
      { text: 'Bí thư Quận ủy Trần Văn Bình', name: 'Trần Văn Bình', title: 'Bí thư Quận ủy', organisation: 'Quận ủy Quận 5', titles: ['Bí thư Quận ủy'] },
    ]);
  });

  it('name first with an appositive chain', () => {
    expect(pick('Dự hội nghị có đồng chí Phan Thị Hoa, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Huyện ủy Tân Phước và đại diện các sở.')).toEqual([
      {
        text: 'đồng chí Phan Thị Hoa, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Huyện ủy Tân Phước',
        name: 'Phan Thị Hoa',
        title: 'Bí thư Huyện ủy Tân Phước',
        organisation: 'Huyện ủy Tân Phước',
        titles: ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Bí thư Huyện ủy Tân Phước'],
      },
    ]);
  });

  it('honorifics ông/bà/đ/c and dash appositives', () => {
    const got = pick('Ông Lê Minh Tâm - Giám đốc Sở Xây dựng tỉnh Long An cho biết. Đ/c Vũ Thị Lan, Chủ tịch Hội Liên hiệp Phụ nữ huyện, phát biểu.');
    expect(got.map((o) => [o.name, o.title, o.organisation])).toEqual([
      ['Lê Minh Tâm', 'Giám đốc Sở Xây dựng tỉnh Long An', 'Sở Xây dựng tỉnh Long An'],
      ['Vũ Thị Lan', 'Chủ tịch Hội Liên hiệp Phụ nữ huyện', 'Hội Liên hiệp Phụ nữ huyện'],
    ]);
  });

  it('title-only mentions of one person, not generic plurals', () => {
    const text = 'Tại Quận 7, Chủ tịch UBND quận yêu cầu các Phó Chủ tịch UBND quận và các đồng chí lãnh đạo phòng, ban rà soát.';
    expect(pick(text)).toEqual([
      { text: 'Chủ tịch UBND quận', name: null, title: 'Chủ tịch UBND quận', organisation: 'Ủy ban nhân dân Quận 7', titles: ['Chủ tịch UBND quận'] },
    ]);
  });

  it('unique offices without organisation words', () => {
    const got = pick('Thủ tướng Nguyễn Hữu Khoa chủ trì; Tổng Bí thư, Chủ tịch nước Lương Văn Tư dự.');
    expect(got.map((o) => [o.name, o.title, o.organisation, o.titles])).toEqual([
      ['Nguyễn Hữu Khoa', 'Thủ tướng', null, ['Thủ tướng']],
      ['Lương Văn Tư', 'Chủ tịch nước', null, ['Tổng Bí thư', 'Chủ tịch nước']],
    ]);
  });

  it('a place before the name is split from the name', () => {
    expect(pick('Phó Chủ tịch UBND tỉnh Quảng Nam Đỗ Văn Hải ký quyết định.')[0]).toMatchObject({
      name: 'Đỗ Văn Hải',
      title: 'Phó Chủ tịch UBND tỉnh Quảng Nam',
      organisation: 'Ủy ban nhân dân tỉnh Quảng Nam',
    });
  });

  it('names without titles and historic uses are not officials', () => {
    expect(pick('Ông Khôi cho biết; đồng chí Hùng nhấn mạnh; học tập tư tưởng Hồ Chí Minh.')).toEqual([]);
    expect(pick('làm theo lời dạy của Chủ tịch Hồ Chí Minh')).toEqual([]);
  });

  it('chains with `nguyên`, `Thường trực …` and dashes; lists after `các đồng chí:`', () => {
    const got = pick(
      'Tham dự có các đồng chí: Nguyễn Hồ Hải, Phó Bí thư Thường trực Thành ủy; Đỗ Thị Lan, Phó Chủ tịch UBND Thành phố. ' +
        'Đồng chí Võ Văn Sơn - Ủy viên Bộ Chính trị, Thường trực Ban Bí thư dự. Ông Hà Văn Dũng, nguyên Phó Chủ tịch UBND tỉnh, phát biểu.',
    );
    expect(got.map((o) => [o.name, o.titles])).toEqual([
      ['Nguyễn Hồ Hải', ['Phó Bí thư Thường trực Thành ủy']],
      ['Đỗ Thị Lan', ['Phó Chủ tịch UBND Thành phố']],
      ['Võ Văn Sơn', ['Ủy viên Bộ Chính trị', 'Thường trực Ban Bí thư']],
      // `nguyên` (former) stays in the title as written (corpus/holdout/README.md, third set, decision 4).
      ['Hà Văn Dũng', ['nguyên Phó Chủ tịch UBND tỉnh']],
    ]);
  });

  it('a title over many bodies is generic', () => {
    expect(pick('Chủ tịch UBND các quận, huyện chịu trách nhiệm.')).toEqual([]);
  });

  it('lower-case titles after a name, capitalised in the value', () => {
    expect(pick('Ông Nguyễn Văn An, phó chủ tịch UBND quận 5 cho biết.')).toEqual([
      {
        text: 'Ông Nguyễn Văn An, phó chủ tịch UBND quận 5',
        name: 'Nguyễn Văn An',
        title: 'Phó Chủ tịch UBND quận 5',
        organisation: 'Ủy ban nhân dân Quận 5',
        titles: ['Phó Chủ tịch UBND quận 5'],
      },
    ]);
    expect(pick('các phó chủ tịch UBND quận và bí thư chi bộ')).toEqual([]);
  });

  it('an all-capitals headline: the name stops before the verb', () => {
    expect(pick('BÍ THƯ QUẬN ỦY ĐẶNG QUỐC TOÀN TRAO GIẤY KHEN CHO CÁC TẬP THỂ').map((o) => [o.name, o.title])).toEqual([
      ['ĐẶNG QUỐC TOÀN', 'BÍ THƯ QUẬN ỦY'],
    ]);
  });

  it('a Title Case headline: the name stops before the verb', () => {
    expect(pick('Bí Thư Quận Ủy Đặng Quốc Toàn Trao Giấy Khen Cho Các Tập Thể').map((o) => o.name)).toEqual(['Đặng Quốc Toàn']);
  });
});

describe('extractOfficials: company boards', () => {
  // The board is the body the chair belongs to (corpus/holdout/README.md, third set, decision 7:
  // `Hội đồng thành viên EVN` is an organisation), named with its company.
  it('a board chair belongs to the board of the company, written in full or abbreviated', () => {
    expect(pick('Ông Trần Văn Sơn, Chủ tịch Hội đồng quản trị Tập đoàn Dầu khí Việt Nam, ký kết.')).toEqual([
      {
        text: 'Ông Trần Văn Sơn, Chủ tịch Hội đồng quản trị Tập đoàn Dầu khí Việt Nam',
        name: 'Trần Văn Sơn',
        title: 'Chủ tịch Hội đồng quản trị Tập đoàn Dầu khí Việt Nam',
        organisation: 'Hội đồng quản trị Tập đoàn Dầu khí Việt Nam',
        titles: ['Chủ tịch Hội đồng quản trị Tập đoàn Dầu khí Việt Nam'],
      },
    ]);
    expect(pick('Ông Lê Văn Hòa, Phó Chủ tịch HĐTV Tổng công ty Điện lực miền Nam, kiểm tra.')[0]).toMatchObject({
      name: 'Lê Văn Hòa',
      title: 'Phó Chủ tịch HĐTV Tổng công ty Điện lực miền Nam',
      organisation: 'Hội đồng thành viên Tổng công ty Điện lực miền Nam',
    });
  });

  it("the person's name after a company's name is not part of the company", () => {
    expect(pick('Chủ tịch HĐQT Công ty cổ phần Sữa Việt Nam Lê Thị Mai phát biểu.')[0]).toMatchObject({
      name: 'Lê Thị Mai',
      title: 'Chủ tịch HĐQT Công ty cổ phần Sữa Việt Nam',
      organisation: 'Hội đồng quản trị Công ty cổ phần Sữa Việt Nam',
    });
    // A company whose own name starts like a person's is kept whole.
    expect(pick('Ông Phạm Quang Huy, Giám đốc Công ty Hoàng Anh Gia Lai, cho biết.')[0]).toMatchObject({ organisation: 'Công ty Hoàng Anh Gia Lai' });
  });
});
