// Classes of mention that the fourth held-out set (corpus/holdout-4 125–132) showed missing: every
// sentence here was written for this file (other names, places, bodies and numbers; none is copied
// from corpus/ or its held-out folders), one class of rule per block.
import { describe, expect, it } from 'vitest';
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
