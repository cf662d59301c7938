import { describe, expect, it } from 'vitest';
import { extractOrganisations } from '../../src/entities/index.js';
import { orgs as pick } from './_fields.js';


describe('extractOrganisations', () => {
  it('expands abbreviations and resolves from context', () => {
    expect(pick('Tại Quận 4, UBND quận và HĐND quận phối hợp với Ủy ban MTTQ Việt Nam quận.')).toEqual([
      { text: 'UBND quận', canonical: 'Ủy ban nhân dân quận', resolved: 'Ủy ban nhân dân Quận 4' },
      { text: 'HĐND quận', canonical: 'Hội đồng nhân dân quận', resolved: 'Hội đồng nhân dân Quận 4' },
      { text: 'Ủy ban MTTQ Việt Nam quận', canonical: 'Ủy ban Mặt trận Tổ quốc Việt Nam quận', resolved: 'Ủy ban Mặt trận Tổ quốc Việt Nam Quận 4' },
    ]);
  });

  it('keeps the longest span with its parent and place', () => {
    expect(pick('Ban Tuyên giáo Thành ủy TP.HCM tổ chức tọa đàm.')).toEqual([
      { text: 'Ban Tuyên giáo Thành ủy TP.HCM', canonical: 'Ban Tuyên giáo Thành ủy Thành phố Hồ Chí Minh', resolved: 'Ban Tuyên giáo Thành ủy Thành phố Hồ Chí Minh' },
    ]);
  });

  it.each([
    ['Sở Giáo dục và Đào tạo TPHCM', 'Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh'],
    ['Đoàn TNCS Hồ Chí Minh', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh'],
    ['LĐLĐ tỉnh', 'Liên đoàn Lao động tỉnh'],
    ['Hội LHPN phường', 'Hội Liên hiệp Phụ nữ phường'],
    ['Bộ GD&ĐT', 'Bộ Giáo dục và Đào tạo'],
    ['Thành ủy TP. Hồ Chí Minh', 'Thành ủy Thành phố Hồ Chí Minh'],
    ['UBND TP. Đà Nẵng', 'Ủy ban nhân dân Thành phố Đà Nẵng'],
    ['Phòng Tài chính - Kế hoạch quận', 'Phòng Tài chính - Kế hoạch quận'],
    ['Bệnh viện Nhân dân 115', 'Bệnh viện Nhân dân 115'],
  ])('%s → %s', (text, canonical) => {
    const got = pick(`Hôm qua, ${text} đã họp.`);
    expect(got.map((o) => [o.text, o.canonical])).toEqual([[text, canonical]]);
  });

  it('a comma or `và` separates two bodies', () => {
    expect(pick('UBND Phường 12, Quận 10 và HĐND phường').map((o) => o.text)).toEqual(['UBND Phường 12', 'HĐND phường']);
  });

  it('resolves Party committees by the naming conventions', () => {
    const got = pick('Huyện Củ Chi (TP.HCM): Huyện ủy đã chỉ đạo; Thành ủy biểu dương; Đảng ủy phường Tân Định cũng vậy.');
    expect(got.map((o) => o.resolved)).toEqual(['Huyện ủy Củ Chi', 'Thành ủy Thành phố Hồ Chí Minh', 'Đảng ủy phường Tân Định']);
  });

  it('places, plurals, events and document codes are not organisations', () => {
    expect(pick('Quận 10 và TP.HCM; các sở, ngành; cấp ủy; Đại hội; Quyết định 12/QĐ-UBND; Chỉ thị 05-CT/TW.')).toEqual([]);
    expect(pick('UBND các phường và Sở Y tế các tỉnh')).toEqual([]);
  });

  it('places named after people stay whole outside a title-before-name phrase', () => {
    expect(pick('UBND xã Lê Minh Xuân họp.').map((o) => o.text)).toEqual(['UBND xã Lê Minh Xuân']);
  });

  it('a place the text names wins over the source site', () => {
    const got = pick('(Thanhuytphcm.vn) - Đoàn công tác làm việc với tỉnh Long An. UBND tỉnh báo cáo. Thành ủy chỉ đạo.');
    expect(got.map((o) => o.resolved)).toEqual(['Ủy ban nhân dân tỉnh Long An', 'Thành ủy Thành phố Hồ Chí Minh']);
  });

  it('department names not in the lexicon: compound names with `và`, verbs end them', () => {
    expect(pick('Cục Quản lý giá và Thẩm định tài chính cho biết. Sở Văn hóa và Thể thao thông tin.').map((o) => o.text)).toEqual([
      'Cục Quản lý giá và Thẩm định tài chính',
      'Sở Văn hóa và Thể thao',
    ]);
    expect(pick('Bộ Chính trị và Chương trình số 1 của Thành ủy Hà Nội').map((o) => o.text)).toEqual(['Bộ Chính trị', 'Thành ủy Hà Nội']);
  });

  it('central boards keep `Trung ương` as their parent', () => {
    expect(pick('Ban Tổ chức Trung ương và Ban Tuyên giáo Trung ương phối hợp.')).toEqual([
      { text: 'Ban Tổ chức Trung ương', canonical: 'Ban Tổ chức Trung ương', resolved: 'Ban Tổ chức Trung ương' },
      { text: 'Ban Tuyên giáo Trung ương', canonical: 'Ban Tuyên giáo Trung ương', resolved: 'Ban Tuyên giáo Trung ương' },
    ]);
  });
});

describe('extractOrganisations: cities and provinces', () => {
  it('Huế is a centrally-run city (since 2025), never `tỉnh Huế`', () => {
    expect(pick('Chiều 5/12, Hội đồng nhân dân thành phố Huế tổ chức kỳ họp thứ 12.')).toEqual([
      { text: 'Hội đồng nhân dân thành phố Huế', canonical: 'Hội đồng nhân dân thành phố Huế', resolved: 'Hội đồng nhân dân Thành phố Huế' },
    ]);
  });

  it('a city named like its province is the city, and it sets the province for a later `UBND tỉnh`', () => {
    expect(pick('Lãnh đạo UBND thành phố Lạng Sơn báo cáo. Sau đó, UBND tỉnh đã phê duyệt đề án.')).toEqual([
      { text: 'UBND thành phố Lạng Sơn', canonical: 'Ủy ban nhân dân thành phố Lạng Sơn', resolved: 'Ủy ban nhân dân thành phố Lạng Sơn' },
      { text: 'UBND tỉnh', canonical: 'Ủy ban nhân dân tỉnh', resolved: 'Ủy ban nhân dân tỉnh Lạng Sơn' },
    ]);
  });
});
