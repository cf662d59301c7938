// Classes of mention that the fourth held-out set (corpus/holdout-4 125–132) showed missing: every
// sentence here was written for this file (other names, places, bodies and numbers; none is copied
// from corpus/ or its held-out folders), one class of rule per block.
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/entities/index.js';
import { decodeLegacy, encodeLegacy } from '../../src/normalize/index.js';
import { orgs, offs, spansExact } from './_fields.js';

const texts = (s: string): string[] => orgs(s).map((o) => o.text);

describe('a lexicon body name does not run into the verb after it', () => {
  it('`Ngoại giao` + `thông báo` is not `Ngoại` + the noun `giao thông`', () => {
    const s = 'Chiều nay, Bộ Ngoại giao thông báo lịch trình; Sở Ngoại vụ thông tin thêm về đoàn khách.';
    expect(texts(s)).toEqual(['Bộ Ngoại giao', 'Sở Ngoại vụ']);
    spansExact(s);
  });

  it('a lexicon name that holds the noun keeps it (`Bộ Giao thông vận tải`)', () => {
    expect(texts('Bộ Giao thông vận tải thông báo phân luồng.')).toEqual(['Bộ Giao thông vận tải']);
  });
});

describe('abbreviated legal forms are expanded in a company canonical', () => {
  it('`TNHH`, `MTV`, `CP` after the head; the span stays as written', () => {
    const s = 'Công ty TNHH MTV Cấp nước Phú Yên và Công ty CP Thủy sản Minh Hải ký hợp đồng.';
    expect(orgs(s)).toEqual([
      {
        text: 'Công ty TNHH MTV Cấp nước Phú Yên',
        canonical: 'Công ty trách nhiệm hữu hạn một thành viên Cấp nước Phú Yên',
        resolved: 'Công ty trách nhiệm hữu hạn một thành viên Cấp nước Phú Yên',
      },
      { text: 'Công ty CP Thủy sản Minh Hải', canonical: 'Công ty cổ phần Thủy sản Minh Hải', resolved: 'Công ty cổ phần Thủy sản Minh Hải' },
    ]);
    spansExact(s);
  });

  it('the director of such a company takes the expanded name as organisation, the title as written', () => {
    const s = 'Ông Lưu Văn Tài, Giám đốc Công ty TNHH Cơ khí Bình An, phát biểu.';
    expect(offs(s)).toEqual([
      {
        text: 'Ông Lưu Văn Tài, Giám đốc Công ty TNHH Cơ khí Bình An',
        name: 'Lưu Văn Tài',
        title: 'Giám đốc Công ty TNHH Cơ khí Bình An',
        organisation: 'Công ty trách nhiệm hữu hạn Cơ khí Bình An',
        titles: ['Giám đốc Công ty TNHH Cơ khí Bình An'],
      },
    ]);
  });

  it('`CP` elsewhere is not a legal form (a document code keeps no organisation)', () => {
    expect(texts('Theo Nghị định 15/2025/NĐ-CP, Công ty cổ phần Bao bì Sao Mai phải báo cáo.')).toEqual(['Công ty cổ phần Bao bì Sao Mai']);
  });
});

describe('an ad-hoc case team is not an organisation', () => {
  it('`Ban Chuyên án` is no body; the bodies around it still are', () => {
    const s = 'Công an huyện Kỳ Anh khen thưởng Ban Chuyên án vì đã phá vụ trộm cắp; Ban Chuyên án đề nghị truy tố.';
    expect(texts(s)).toEqual(['Công an huyện Kỳ Anh']);
  });
});

describe('provincial agencies named after their unit, without a head word', () => {
  it('`Thống kê tỉnh X`, `Thuế tỉnh X`, and a bare `Thống kê tỉnh` resolved from the first', () => {
    const s = 'Số liệu của Thống kê tỉnh Hà Tĩnh cho thấy giá tăng; Thuế tỉnh Hà Tĩnh thu 900 tỷ đồng. Thống kê tỉnh dự báo quý sau ổn định.';
    expect(orgs(s)).toEqual([
      { text: 'Thống kê tỉnh Hà Tĩnh', canonical: 'Thống kê tỉnh Hà Tĩnh', resolved: 'Thống kê tỉnh Hà Tĩnh' },
      { text: 'Thuế tỉnh Hà Tĩnh', canonical: 'Thuế tỉnh Hà Tĩnh', resolved: 'Thuế tỉnh Hà Tĩnh' },
      { text: 'Thống kê tỉnh', canonical: 'Thống kê tỉnh', resolved: 'Thống kê tỉnh Hà Tĩnh' },
    ]);
    spansExact(s);
  });

  it('a provincial sub-department written without its parent resolves to its province', () => {
    const s = 'Sở Nông nghiệp và Môi trường tỉnh Hà Tĩnh chỉ đạo Chi cục Kiểm lâm tăng cường tuần tra.';
    expect(orgs(s)[1]).toEqual({ text: 'Chi cục Kiểm lâm', canonical: 'Chi cục Kiểm lâm', resolved: 'Chi cục Kiểm lâm tỉnh Hà Tĩnh' });
  });

  it('without a unit after it the word is the verb or the noun (`Thống kê cho thấy`, `Thuế thu nhập`)', () => {
    expect(texts('Thống kê cho thấy giá tăng. Thuế thu nhập cá nhân giảm. Cục Thống kê công bố.')).toEqual(['Cục Thống kê']);
  });
});

describe('police and border-guard units with lower-case words in their names', () => {
  const s =
    'Sáng 4/5, Phòng Cảnh sát điều tra tội phạm về trật tự xã hội Công an tỉnh Nghệ An và Cơ quan Cảnh sát điều tra Công an tỉnh ' +
    'phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh Hà Tĩnh. Đồn Biên phòng Cầu Treo tuần tra. Trung tá Lê Văn Tám, Phó Trưởng ' +
    'Phòng Cảnh sát điều tra tội phạm về trật tự xã hội cho biết vụ án đã được Cơ quan Cảnh sát điều tra khởi tố.';

  it('the lower-case phrase after `Cảnh sát` runs up to the parent written after it; `Bộ Chỉ huy` + force; `Đồn` + name', () => {
    expect(orgs(s)).toEqual([
      {
        text: 'Phòng Cảnh sát điều tra tội phạm về trật tự xã hội Công an tỉnh Nghệ An',
        canonical: 'Phòng Cảnh sát điều tra tội phạm về trật tự xã hội Công an tỉnh Nghệ An',
        resolved: 'Phòng Cảnh sát điều tra tội phạm về trật tự xã hội Công an tỉnh Nghệ An',
      },
      {
        text: 'Cơ quan Cảnh sát điều tra Công an tỉnh',
        canonical: 'Cơ quan Cảnh sát điều tra Công an tỉnh',
        resolved: 'Cơ quan Cảnh sát điều tra Công an tỉnh Nghệ An',
      },
      {
        text: 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh Hà Tĩnh',
        canonical: 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh Hà Tĩnh',
        resolved: 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh Hà Tĩnh',
      },
      { text: 'Đồn Biên phòng Cầu Treo', canonical: 'Đồn Biên phòng Cầu Treo', resolved: 'Đồn Biên phòng Cầu Treo' },
      {
        text: 'Phòng Cảnh sát điều tra tội phạm về trật tự xã hội',
        canonical: 'Phòng Cảnh sát điều tra tội phạm về trật tự xã hội',
        resolved: 'Phòng Cảnh sát điều tra tội phạm về trật tự xã hội Công an tỉnh Nghệ An',
      },
      { text: 'Cơ quan Cảnh sát điều tra', canonical: 'Cơ quan Cảnh sát điều tra', resolved: 'Cơ quan Cảnh sát điều tra Công an tỉnh Nghệ An' },
    ]);
    spansExact(s);
  });

  it('the bare unit inside a title is taken as far as its full name ran before', () => {
    expect(offs(s)).toEqual([
      {
        text: 'Trung tá Lê Văn Tám, Phó Trưởng Phòng Cảnh sát điều tra tội phạm về trật tự xã hội',
        name: 'Lê Văn Tám',
        title: 'Phó Trưởng Phòng Cảnh sát điều tra tội phạm về trật tự xã hội',
        organisation: 'Phòng Cảnh sát điều tra tội phạm về trật tự xã hội Công an tỉnh Nghệ An',
        titles: ['Phó Trưởng Phòng Cảnh sát điều tra tội phạm về trật tự xã hội'],
      },
    ]);
  });

  it('without a parent or an earlier full name, a short name ends before the verb', () => {
    expect(texts('Phòng Cảnh sát giao thông phối hợp, Phòng Cảnh sát hình sự bắt giữ, Cơ quan Cảnh sát điều tra đã khởi tố.')).toEqual([
      'Phòng Cảnh sát giao thông',
      'Phòng Cảnh sát hình sự',
      'Cơ quan Cảnh sát điều tra',
    ]);
  });

  it('a unit in parentheses after its parent resolves with that parent', () => {
    const s = 'Hồ sơ được chuyển đến Bộ Quốc phòng (Cơ quan Điều tra hình sự) để xử lý.';
    expect(orgs(s)).toEqual([
      { text: 'Bộ Quốc phòng', canonical: 'Bộ Quốc phòng', resolved: 'Bộ Quốc phòng' },
      { text: 'Cơ quan Điều tra hình sự', canonical: 'Cơ quan Điều tra hình sự', resolved: 'Cơ quan Điều tra hình sự Bộ Quốc phòng' },
    ]);
  });

  it('`cơ quan` and `đồn` as common words are no bodies', () => {
    expect(texts('Cơ quan chức năng đang xác minh tin đồn. Đồn trưởng có mặt.')).toEqual([]);
  });

  it('stays linear on long runs of police names and lower-case words', { timeout: 60_000 }, () => {
    const unit = 'Phòng Cảnh sát điều tra tội phạm về ma túy về ma túy về ma túy về ma túy ';
    const time = (n: number): number => {
      const text = unit.repeat(Math.ceil(n / unit.length));
      const t0 = performance.now();
      extractEntities(text);
      return performance.now() - t0;
    };
    time(20_000);
    const small = Math.max(time(40_000), 5);
    const big = time(640_000);
    expect(big).toBeLessThan(small * 40 + 100);
  });
});

describe('text from TCVN3 that lost a toned capital only inside a sentence', () => {
  // No sentence starts with a toned vowel, so only the body after the title shows the lost case.
  const source = 'Chiều 12/4, Phó Chủ tịch Ủy ban nhân dân tỉnh Trần Văn Bình kiểm tra đê biển tại xã Gio Hải.';
  const s = decodeLegacy(encodeLegacy(source, 'tcvn3'), 'tcvn3');

  it('the decoded text holds the lower-case body', () => {
    expect(s).toContain('Phó Chủ tịch ủy ban nhân dân tỉnh Trần Văn Bình');
  });

  it('the official and the body are found; values get the capital back, text stays as decoded', () => {
    expect(offs(s)).toEqual([
      {
        text: 'Phó Chủ tịch ủy ban nhân dân tỉnh Trần Văn Bình',
        name: 'Trần Văn Bình',
        title: 'Phó Chủ tịch Ủy ban nhân dân tỉnh',
        organisation: 'Ủy ban nhân dân tỉnh',
        titles: ['Phó Chủ tịch Ủy ban nhân dân tỉnh'],
      },
    ]);
    expect(orgs(s)).toEqual([{ text: 'ủy ban nhân dân tỉnh', canonical: 'Ủy ban nhân dân tỉnh', resolved: null }]);
    spansExact(s);
  });

  it('in text that kept its toned capitals a lower-case body after a title is still no mention', () => {
    const t = 'Ở xã Gio Hải, ông Trần Văn Bình, Phó Chủ tịch ủy ban nhân dân tỉnh, kiểm tra đê biển.';
    expect(texts(t)).toEqual([]);
  });
});

describe('foreign affairs: ministers named by their department and country, spokespeople, missions', () => {
  it('`Bộ trưởng Ngoại giao Cộng hòa <country> <foreign name>`: the ministry of that country, no mention; not an appositive of the name before', () => {
    const s = 'Theo lời mời của Bộ trưởng Bộ Tài chính Lê Văn An, Bộ trưởng Ngoại giao Cộng hòa Ba Lan Anna Nowak sẽ thăm Hà Nội.';
    expect(offs(s)).toEqual([
      {
        text: 'Bộ trưởng Bộ Tài chính Lê Văn An',
        name: 'Lê Văn An',
        title: 'Bộ trưởng Bộ Tài chính',
        organisation: 'Bộ Tài chính',
        titles: ['Bộ trưởng Bộ Tài chính'],
      },
      {
        text: 'Bộ trưởng Ngoại giao Cộng hòa Ba Lan Anna Nowak',
        name: 'Anna Nowak',
        title: 'Bộ trưởng Ngoại giao Cộng hòa Ba Lan',
        organisation: 'Bộ Ngoại giao Ba Lan',
        titles: ['Bộ trưởng Ngoại giao Cộng hòa Ba Lan'],
      },
    ]);
    expect(texts(s)).toEqual(['Bộ Tài chính']);
    spansExact(s);
  });

  it('`Ngoại trưởng <country>` title-only, `Ngoại trưởng <surname>` with the country named nearest, `một Ngoại trưởng` generic', () => {
    const s =
      'Ngoại trưởng Na Uy đến Hà Nội chiều nay. Đây là lần đầu một Ngoại trưởng Na Uy dự diễn đàn; Ngoại trưởng Halvorsen sẽ gặp ' +
      'Thứ trưởng Quốc phòng Hoàng Xuân Chiến.';
    expect(offs(s)).toEqual([
      { text: 'Ngoại trưởng Na Uy', name: null, title: 'Ngoại trưởng Na Uy', organisation: 'Bộ Ngoại giao Na Uy', titles: ['Ngoại trưởng Na Uy'] },
      { text: 'Ngoại trưởng Halvorsen', name: 'Halvorsen', title: 'Ngoại trưởng', organisation: 'Bộ Ngoại giao Na Uy', titles: ['Ngoại trưởng'] },
      {
        text: 'Thứ trưởng Quốc phòng Hoàng Xuân Chiến',
        name: 'Hoàng Xuân Chiến',
        title: 'Thứ trưởng Quốc phòng',
        organisation: 'Bộ Quốc phòng',
        titles: ['Thứ trưởng Quốc phòng'],
      },
    ]);
  });

  it('a bare `Người phát ngôn` is the spokesperson named with a ministry before, even after another ministry', () => {
    const s =
      'Người phát ngôn Bộ Công an Trần Văn Sơn thông tin về vụ việc. Bộ Y tế đã cử đoàn công tác. Người phát ngôn cho biết thêm, ' +
      'điều tra đang được mở rộng.';
    expect(offs(s).map((o) => [o.text, o.name, o.organisation])).toEqual([
      ['Người phát ngôn Bộ Công an Trần Văn Sơn', 'Trần Văn Sơn', 'Bộ Công an'],
      ['Người phát ngôn', null, 'Bộ Công an'],
    ]);
  });

  it('a bare `Bộ trưởng X` keeps the ministry named with X, not the foreign minister named in between', () => {
    const s =
      'Bộ trưởng Bộ Tài chính Lê Văn An tiếp Bộ trưởng Tài chính Vương quốc Thái Lan Somchai Boonmee. Sau đó, Bộ Công Thương ' +
      'công bố số liệu, và Bộ trưởng Lê Văn An trả lời báo chí.';
    expect(offs(s).map((o) => [o.name, o.title, o.organisation])).toEqual([
      ['Lê Văn An', 'Bộ trưởng Bộ Tài chính', 'Bộ Tài chính'],
      ['Somchai Boonmee', 'Bộ trưởng Tài chính Vương quốc Thái Lan', 'Bộ Tài chính Thái Lan'],
      ['Lê Văn An', 'Bộ trưởng', 'Bộ Tài chính'],
    ]);
  });

  it('a mission of Việt Nam abroad is placed by `tại` + the host country or city', () => {
    const s = 'Đại sứ quán Việt Nam tại Ba Lan và Tổng Lãnh sự quán Việt Nam tại Osaka hỗ trợ công dân.';
    expect(texts(s)).toEqual(['Đại sứ quán Việt Nam tại Ba Lan', 'Tổng Lãnh sự quán Việt Nam tại Osaka']);
    spansExact(s);
  });

  it('the head of an international organisation office: the place of the post belongs to the title', () => {
    const s = 'Theo Ngân hàng Phát triển châu Á (ADB), ông Pieter Jansen, Trưởng Đại diện ADB tại Việt Nam, đánh giá cao tiến độ.';
    expect(offs(s)).toEqual([
      {
        text: 'ông Pieter Jansen, Trưởng Đại diện ADB tại Việt Nam',
        name: 'Pieter Jansen',
        title: 'Trưởng Đại diện ADB tại Việt Nam',
        organisation: 'Ngân hàng Phát triển châu Á',
        titles: ['Trưởng Đại diện ADB tại Việt Nam'],
      },
    ]);
    expect(orgs(s).map((o) => [o.text, o.resolved])).toEqual([
      ['Ngân hàng Phát triển châu Á', null],
      ['ADB', 'Ngân hàng Phát triển châu Á'],
      ['ADB', 'Ngân hàng Phát triển châu Á'],
    ]);
  });
});

describe('a rank after a capitalised word opens the official', () => {
  it('`Theo Đại tá …`: `Theo Đại` is no name although `Đại` is a given name', () => {
    const s = 'Theo Đại tá Phan Văn Hậu, Phó Trưởng Công an huyện, vụ việc đã rõ. Theo Thượng tá Lò Văn Hùng, Đội trưởng, tin là thật.';
    expect(offs(s).map((o) => [o.text, o.name])).toEqual([['Đại tá Phan Văn Hậu, Phó Trưởng Công an huyện', 'Phan Văn Hậu']]);
    spansExact(s);
  });
});

describe('a capitalised `Nguyên` (former) opening a title', () => {
  it('at a sentence start, and before Title Case position words in a headline; after a surname it stays a given name', () => {
    const s =
      'Khởi Tố Nguyên Phó Giám Đốc Sở Công Thương Tỉnh Phú Yên\n\n' +
      'Nguyên Phó Chủ tịch UBND tỉnh Phú Yên Lê Văn Ân bị khởi tố. Ông Trần Nguyên, Giám đốc Sở Y tế, dự họp.';
    expect(offs(s).map((o) => [o.text, o.name, o.title])).toEqual([
      ['Nguyên Phó Giám Đốc Sở Công Thương Tỉnh Phú Yên', null, 'Nguyên Phó Giám Đốc Sở Công Thương Tỉnh Phú Yên'],
      ['Nguyên Phó Chủ tịch UBND tỉnh Phú Yên Lê Văn Ân', 'Lê Văn Ân', 'Nguyên Phó Chủ tịch UBND tỉnh Phú Yên'],
      ['Ông Trần Nguyên, Giám đốc Sở Y tế', 'Trần Nguyên', 'Giám đốc Sở Y tế'],
    ]);
    spansExact(s);
  });
});
