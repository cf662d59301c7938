import { describe, expect, it } from 'vitest';
import { extractOfficials } from '../../src/entities/index.js';

const pick = (s: string) => extractOfficials(s).map((o) => [o.text, o.name, o.titles]);

// Lists of leaders, each title before its own name, separated by commas: a title followed by a
// name starts the next official; it is not an appositive title of the name before it.
describe('comma lists of officials, title before each name', () => {
  it('title + name, title + name', () => {
    expect(pick('Dự hội nghị có Bí thư Quận ủy Trần Văn Bình, Chủ tịch UBND quận Nguyễn Văn Hùng và các đại biểu.')).toEqual([
      ['Bí thư Quận ủy Trần Văn Bình', 'Trần Văn Bình', ['Bí thư Quận ủy']],
      ['Chủ tịch UBND quận Nguyễn Văn Hùng', 'Nguyễn Văn Hùng', ['Chủ tịch UBND quận']],
    ]);
  });

  it('national leaders', () => {
    expect(pick('Thủ tướng Phạm Minh Chính, Chủ tịch Quốc hội Trần Thanh Mẫn dự.')).toEqual([
      ['Thủ tướng Phạm Minh Chính', 'Phạm Minh Chính', ['Thủ tướng']],
      ['Chủ tịch Quốc hội Trần Thanh Mẫn', 'Trần Thanh Mẫn', ['Chủ tịch Quốc hội']],
    ]);
  });

  it('name with an appositive chain, then the next official', () => {
    expect(pick('Đồng chí Trần Văn Bình, Phó Bí thư Thường trực Quận ủy, Chủ tịch UBND quận Lê Văn Hùng phát biểu.')).toEqual([
      ['Đồng chí Trần Văn Bình, Phó Bí thư Thường trực Quận ủy', 'Trần Văn Bình', ['Phó Bí thư Thường trực Quận ủy']],
      ['Chủ tịch UBND quận Lê Văn Hùng', 'Lê Văn Hùng', ['Chủ tịch UBND quận']],
    ]);
  });

  it('an appositive chain with no name after its titles stays one official', () => {
    expect(pick('Ông Trần Văn Bình, Bí thư Quận ủy, Chủ tịch HĐND quận phát biểu.')).toEqual([
      ['Ông Trần Văn Bình, Bí thư Quận ủy, Chủ tịch HĐND quận', 'Trần Văn Bình', ['Bí thư Quận ủy', 'Chủ tịch HĐND quận']],
    ]);
    expect(pick('Đồng chí Nguyễn Văn An, Ủy viên Ban Thường vụ Thành ủy, Bí thư Quận ủy Quận 10 cho biết.').map((o) => o[2])).toEqual([
      ['Ủy viên Ban Thường vụ Thành ủy', 'Bí thư Quận ủy Quận 10'],
    ]);
  });
});
