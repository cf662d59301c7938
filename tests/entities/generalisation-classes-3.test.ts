// Classes of mention that the third held-out set (corpus/holdout 117–124) showed missing: every
// sentence here was written for this file (other names, places, bodies and numbers; none is copied
// from corpus/ or corpus/holdout/), one class of rule per block.
import { describe, expect, it } from 'vitest';
import { orgs, offs, spansExact } from './_fields.js';

const texts = (s: string): string[] => orgs(s).map((o) => o.text);

describe('a body name does not run into the lower-case verb after it', () => {
  it('after a run of capitals, a verb syllable ends the name (`Bộ Nội vụ`-style names)', () => {
    const s = 'Tháng trước, Bộ Công Thương ban hành thông tư; Bộ Công Thương hoàn tất việc rà soát.';
    expect(texts(s)).toEqual(['Bộ Công Thương', 'Bộ Công Thương']);
    spansExact(s);
  });

  it('a word that is not a Vietnamese syllable is complete without a lower-case syllable', () => {
    const s = 'Trường Cao đẳng Sư phạm Kontum đào tạo 300 giáo viên; Viện Pasteur cử hai chuyên gia.';
    expect(texts(s)).toEqual(['Trường Cao đẳng Sư phạm Kontum', 'Viện Pasteur']);
  });

  it('Vietnamese words still take the syllable that completes them', () => {
    const s = 'Sở Giao thông vận tải và Trung tâm Dịch vụ việc làm phối hợp; Cục Việc làm hướng dẫn.';
    expect(texts(s)).toEqual(['Sở Giao thông vận tải', 'Trung tâm Dịch vụ việc làm', 'Cục Việc làm']);
  });
});
