// Classes of mention that the fifth held-out set (corpus/holdout-5 133–140) showed missing: every
// sentence here was written for this file (other names, places, bodies and numbers; none is copied
// from corpus/ or its held-out folders), one class of rule per block.
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/entities/index.js';
import { offs, orgs, spansExact } from './_fields.js';

const texts = (s: string): string[] => orgs(s).map((o) => o.text);

describe('companies in a list', () => {
  it('the first member after `gồm` is a single body, not a plural', () => {
    const s = 'Đoàn kiểm tra phát hiện 3 đơn vị sai phạm, gồm Công ty TNHH Dịch vụ Hồng Lam, Công ty cổ phần Nhựa Tân Phú.';
    expect(texts(s)).toEqual(['Công ty TNHH Dịch vụ Hồng Lam', 'Công ty cổ phần Nhựa Tân Phú']);
    spansExact(s);
  });

  it('a lower-case trade noun that starts like a verb continues the name up to its capitalised words', () => {
    const s = 'Công ty cổ phần Gạch xây dựng Phú Điền nộp phạt 120 triệu đồng.';
    expect(texts(s)).toEqual(['Công ty cổ phần Gạch xây dựng Phú Điền']);
  });

  it('a trailing verb phrase is still left out (`… Phú Điền xây dựng nhà máy`)', () => {
    expect(texts('Công ty Phú Điền xây dựng nhà máy mới.')).toEqual(['Công ty Phú Điền']);
  });

  it('`Doanh nghiệp tư nhân` + name is a company head, and `và` before it ends the previous name', () => {
    const s = 'Sở kiểm tra Công ty TNHH MTV Đá ốp lát Hòa Vang và Doanh nghiệp tư nhân Kim Ngân; doanh nghiệp tư nhân này đã nộp phạt.';
    expect(orgs(s)).toEqual([
      {
        text: 'Công ty TNHH MTV Đá ốp lát Hòa Vang',
        canonical: 'Công ty trách nhiệm hữu hạn một thành viên Đá ốp lát Hòa Vang',
        resolved: 'Công ty trách nhiệm hữu hạn một thành viên Đá ốp lát Hòa Vang',
      },
      { text: 'Doanh nghiệp tư nhân Kim Ngân', canonical: 'Doanh nghiệp tư nhân Kim Ngân', resolved: 'Doanh nghiệp tư nhân Kim Ngân' },
    ]);
    spansExact(s);
  });
});

describe('heads of a hospital department written with lower-case `khoa`', () => {
  const s =
    'Bệnh viện Đa khoa Hòa Bình tiếp nhận 200 ca. TS.BS Vương Thị Hạnh, Phó Trưởng khoa Hồi sức tích cực, cho biết ca bệnh đã ổn định.';
  it('the unit name ends the title; the organisation is that unit of the hospital named before', () => {
    expect(offs(s)).toEqual([
      {
        text: 'TS.BS Vương Thị Hạnh, Phó Trưởng khoa Hồi sức tích cực',
        name: 'Vương Thị Hạnh',
        title: 'Phó Trưởng khoa Hồi sức tích cực',
        organisation: 'Khoa Hồi sức tích cực Bệnh viện Đa khoa Hòa Bình',
        titles: ['Phó Trưởng khoa Hồi sức tích cực'],
      },
    ]);
    spansExact(s);
  });
  it('the lower-case unit is no organisation mention', () => {
    expect(orgs(s).map((o) => o.text)).toEqual(['Bệnh viện Đa khoa Hòa Bình']);
  });
  it('with no hospital named before, the organisation is the unit alone', () => {
    expect(offs('Bà Hà Thị Lan, Trưởng khoa Nhi, cho biết.')[0]?.organisation).toBe('Khoa Nhi');
  });
});

describe('branches, federations and foreign associations placed by `tại`', () => {
  it('`Chi nhánh` + its parent federation + `tại` + city is one body; the short name with a place resolves to it', () => {
    const s =
      'Sở Công Thương làm việc với Chi nhánh Liên đoàn Thương mại và Công nghiệp Việt Nam tại Cần Thơ (VCCI Cần Thơ). Ông Đỗ Minh Trí, Phó Giám đốc VCCI Cần Thơ, phát biểu.';
    const full = 'Chi nhánh Liên đoàn Thương mại và Công nghiệp Việt Nam tại Cần Thơ';
    expect(orgs(s).slice(1)).toEqual([
      { text: full, canonical: full, resolved: full },
      { text: 'VCCI Cần Thơ', canonical: 'VCCI Cần Thơ', resolved: full },
      { text: 'VCCI Cần Thơ', canonical: 'VCCI Cần Thơ', resolved: full },
    ]);
    expect(offs(s)[0]?.organisation).toBe(full);
    spansExact(s);
  });

  it('a foreign association placed by a region (`tại miền Nam`)', () => {
    const s = 'Hiệp hội Doanh nghiệp Nhật Bản tại miền Nam ký kết biên bản hợp tác.';
    expect(texts(s)).toEqual(['Hiệp hội Doanh nghiệp Nhật Bản tại miền Nam']);
  });

  it('Australia and Taiwan by their Vietnamese names make a foreign-named chamber placed by `tại`', () => {
    const s = 'Phòng Thương mại Úc tại Hà Nội và Hiệp hội Doanh nghiệp Đài Loan tại Hải Phòng ký kết hợp tác.';
    expect(orgs(s)).toEqual([
      { text: 'Phòng Thương mại Úc tại Hà Nội', canonical: 'Phòng Thương mại Úc tại Hà Nội', resolved: 'Phòng Thương mại Úc tại Hà Nội' },
      {
        text: 'Hiệp hội Doanh nghiệp Đài Loan tại Hải Phòng',
        canonical: 'Hiệp hội Doanh nghiệp Đài Loan tại Hải Phòng',
        resolved: 'Hiệp hội Doanh nghiệp Đài Loan tại Hải Phòng',
      },
    ]);
  });

  it('a lower-case region after a domestic body is not taken (`tại miền núi`)', () => {
    expect(texts('Sở Y tế tổ chức khám tại miền núi.')).toEqual(['Sở Y tế']);
  });
});

describe('foreign given names joined by a hyphen', () => {
  it.each([
    ['Bà Park Soo-jin, Giám đốc Công ty Hanul Vina, cho biết.', 'Park Soo-jin'],
    ['Ông Kim Dong-hyun, Tổng Giám đốc Tập đoàn Daesan, phát biểu.', 'Kim Dong-hyun'],
  ])('%j', (s, name) => {
    expect(offs(s)[0]?.name).toBe(name);
    spansExact(s);
  });
});

describe('a bare `Ban` back-reference', () => {
  it('stands for the board named in full before it', () => {
    const s = 'Ban Dân tộc tỉnh Kon Tum họp sáng nay. Sau cuộc họp, Ban đã cử 3 tổ công tác xuống các xã.';
    expect(orgs(s)).toEqual([
      { text: 'Ban Dân tộc tỉnh Kon Tum', canonical: 'Ban Dân tộc tỉnh Kon Tum', resolved: 'Ban Dân tộc tỉnh Kon Tum' },
      { text: 'Ban', canonical: 'Ban', resolved: 'Ban Dân tộc tỉnh Kon Tum' },
    ]);
    spansExact(s);
  });
  it.each([
    'Ban đầu, người dân chưa đồng ý với phương án.',
    'Ban hành kèm theo quyết định này là quy chế mới.',
  ])('an ordinary word at a sentence start is no body: %j', (tail) => {
    expect(texts(`Ban Dân tộc tỉnh họp. ${tail}`)).toEqual(['Ban Dân tộc tỉnh']);
  });
  it('with no board named before, a bare `Ban` is nothing', () => {
    expect(texts('Ban đã làm việc với người dân.')).toEqual([]);
  });
});

// Classes the fifth set probed that the library already read right on first sight; kept here so a
// later rule cannot lose them.
describe('classes of the fifth set already handled (guards)', () => {
  it('the parent in parentheses also resolves the department over the dateline place, and its later bare mentions', () => {
    const s =
      'Đà Nẵng, ngày 3/3/2026\n\nCục Thuế (Bộ Tài chính) cho biết số thu tăng. Ông Lý Văn Quý, Phó Cục trưởng Cục Thuế, cho biết thêm.';
    const o = orgs(s);
    expect(o.map((x) => [x.text, x.resolved])).toEqual([
      ['Cục Thuế', 'Cục Thuế Bộ Tài chính'],
      ['Bộ Tài chính', 'Bộ Tài chính'],
      ['Cục Thuế', 'Cục Thuế Bộ Tài chính'],
    ]);
    expect(offs(s)[0]?.organisation).toBe('Cục Thuế Bộ Tài chính');
  });

  it('a parent in parentheses after a department is a second mention and resolves the department', () => {
    const s = 'Theo Cục Hải quan (Bộ Tài chính), kim ngạch tăng.';
    expect(orgs(s)).toEqual([
      { text: 'Cục Hải quan', canonical: 'Cục Hải quan', resolved: 'Cục Hải quan Bộ Tài chính' },
      { text: 'Bộ Tài chính', canonical: 'Bộ Tài chính', resolved: 'Bộ Tài chính' },
    ]);
  });

  it('`Phó Chánh Thanh tra tỉnh` holds the mention `Thanh tra tỉnh`', () => {
    const s = 'Ông Lê Văn Hào, Phó Chánh Thanh tra tỉnh, cho biết Thanh tra tỉnh Bình Thuận đã kết luận.';
    expect(texts(s)).toEqual(['Thanh tra tỉnh', 'Thanh tra tỉnh Bình Thuận']);
    expect(offs(s)[0]).toMatchObject({ text: 'Ông Lê Văn Hào, Phó Chánh Thanh tra tỉnh', title: 'Phó Chánh Thanh tra tỉnh' });
  });

  it('an HĐND delegate is no official; one with a real title is, from the name', () => {
    const s =
      'Tại kỳ họp, đại biểu Trần Thị Mai (Tổ đại biểu xã Tân Lập) đề nghị làm rõ. Đại biểu Lê Văn Tư, Bí thư Đảng ủy xã Tân Lập (Tổ đại biểu xã Tân Lập), chất vấn.';
    expect(offs(s).map((o) => o.text)).toEqual(['Lê Văn Tư, Bí thư Đảng ủy xã Tân Lập']);
    expect(texts(s)).toEqual(['Đảng ủy xã Tân Lập']);
  });

  it('`TS.BS` opens the span of a doctor with a title', () => {
    const s = 'TS.BS Hồ Văn Nhân, Giám đốc Bệnh viện Đa khoa Phúc Lâm, cho biết.';
    expect(offs(s)[0]).toMatchObject({ text: 'TS.BS Hồ Văn Nhân, Giám đốc Bệnh viện Đa khoa Phúc Lâm', name: 'Hồ Văn Nhân' });
  });
});

describe('Youth Union committees resolve to the Union of their place by its full name', () => {
  it.each([
    ['Tỉnh đoàn Quảng Trị phát động chiến dịch.', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Quảng Trị'],
    ['Ban Thường vụ Quận đoàn Hải Châu họp sáng nay.', 'Ban Thường vụ Đoàn Thanh niên Cộng sản Hồ Chí Minh quận Hải Châu'],
    ['Đoàn Thanh niên xã Hải Lăng ra quân.', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh xã Hải Lăng'],
    // The district's unit word is the one the head names, not the default `quận`.
    ['Ban Thường vụ Huyện đoàn Cam Lộ họp sáng nay.', 'Ban Thường vụ Đoàn Thanh niên Cộng sản Hồ Chí Minh huyện Cam Lộ'],
  ])('%j', (s, resolved) => {
    const o = orgs(s);
    expect(o).toHaveLength(1);
    expect(o[0]?.resolved).toBe(resolved);
    expect(o[0]?.canonical).toBe(o[0]?.text);
  });
  it('the full name written is not expanded twice', () => {
    expect(orgs('Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Quảng Trị ra quân.')[0]?.resolved).toBe('Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Quảng Trị');
  });
});

describe('the hospital looked up for `Trưởng khoa` is found in linear time', () => {
  it('4x the text takes well under 16x the time', () => {
    const unit = 'Bệnh viện Đa khoa An Bình khám. Bà Lê Thu, Trưởng khoa Nhi, cho biết. ';
    const time = (n: number): number => {
      const s = unit.repeat(n);
      const t0 = performance.now();
      expect(extractEntities(s).officials).toHaveLength(n);
      return performance.now() - t0;
    };
    time(500);
    const small = Math.max(time(3000), 1);
    expect(time(12000) / small).toBeLessThan(16);
  });
});
