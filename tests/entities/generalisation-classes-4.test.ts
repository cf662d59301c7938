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
