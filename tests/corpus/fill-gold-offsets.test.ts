import { describe, expect, it } from 'vitest';
import { buildKey, fillGold, type Gold, type GoldEntity } from '../../scripts/fill-gold-offsets.js';

function gold(entities: Partial<Gold['entities']>, article: Partial<Gold['article']> = {}, encoding: Gold['encoding'] = 'utf8'): Gold {
  return {
    encoding,
    article: { title: 'T', dateline: null, source: null, lead: 'L', author: null, captions: [], boilerplate: [], ...article },
    summary: [],
    entities: { dates: [], percentages: [], officials: [], organisations: [], ...entities },
  };
}

const orgs = (...texts: string[]): GoldEntity[] => texts.map((text) => ({ text, canonical: text, resolved: null }));

describe('fillGold', () => {
  it('finds entities of one type in order, each after the previous one', () => {
    const text = 'T\n\nL: Quận ủy họp. Quận ủy Quận 10 và Quận ủy.';
    const { gold: g, errors } = fillGold(gold({ organisations: orgs('Quận ủy', 'Quận ủy Quận 10', 'Quận ủy') }), text);
    expect(errors).toEqual([]);
    const spans = g.entities.organisations.map((e) => [e.start, e.end]);
    expect(spans).toEqual([
      [6, 13],
      [19, 34],
      [38, 45],
    ]);
    for (const e of g.entities.organisations) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('respects word boundaries (Quận 1 is not inside Quận 10)', () => {
    const text = 'T\n\nL Quận 10 rồi Quận 1.';
    const { gold: g, errors } = fillGold(gold({ organisations: orgs('Quận 1') }), text);
    expect(errors).toEqual([]);
    expect(g.entities.organisations[0].start).toBe(text.lastIndexOf('Quận 1'));
  });

  it('matches NFC gold against an NFD article and stores the article slice', () => {
    const nfc = 'T\n\nL Sở Y tế Hà Nội và Bộ Y tế.';
    const text = nfc.normalize('NFD');
    const { gold: g, errors } = fillGold(gold({ organisations: orgs('Sở Y tế Hà Nội', 'Bộ Y tế') }, { title: 'T', lead: 'L' }), text);
    expect(errors).toEqual([]);
    for (const e of g.entities.organisations) {
      expect(text.slice(e.start, e.end)).toBe(e.text);
      expect(e.text).toBe(e.text.normalize('NFD'));
    }
    expect(g.entities.organisations[1].text.normalize('NFC')).toBe('Bộ Y tế');
  });

  it('is case-sensitive for Unicode articles and case-insensitive for legacy ones', () => {
    const text = 'T\n\nL các cơ sở y tế và Sở Y tế.';
    const utf = fillGold(gold({ organisations: orgs('Sở Y tế') }), text);
    expect(utf.gold.entities.organisations[0].start).toBe(text.indexOf('Sở Y tế'));
    const legacyText = 'T\n\nL ủy ban nhân dân.';
    const legacy = fillGold(gold({ organisations: orgs('Ủy ban nhân dân') }, {}, 'tcvn3'), legacyText);
    expect(legacy.errors).toEqual([]);
    expect(legacy.gold.entities.organisations[0].text).toBe('ủy ban nhân dân');
  });

  it('honours "occurrence" and a pinned start', () => {
    const text = 'T\n\nL năm 2020, năm 2020, năm 2020.';
    const third = text.lastIndexOf('năm 2020');
    const byOccurrence = fillGold(gold({ dates: [{ text: 'năm 2020', occurrence: 3, value: '2020' }] }), text);
    expect(byOccurrence.gold.entities.dates[0].start).toBe(third);
    const pinned = fillGold(gold({ dates: [{ text: 'năm 2020', start: third, value: '2020' }] }), text);
    expect(pinned.gold.entities.dates[0].start).toBe(third);
    const wrongPin = fillGold(gold({ dates: [{ text: 'năm 2020', start: third + 1, value: '2020' }] }), text);
    expect(wrongPin.errors.length).toBe(1);
  });

  it('fails loudly on a missing text, a missing quoted field and out-of-order entities', () => {
    const text = 'T\n\nL Quận ủy.';
    expect(fillGold(gold({ organisations: orgs('Thành ủy') }), text).errors[0]).toMatch(/not found/);
    expect(fillGold(gold({}, { author: 'Ngọc Duyên' }), text).errors[0]).toMatch(/article.author/);
    const twice = fillGold(gold({ organisations: orgs('Quận ủy', 'Quận ủy') }), text);
    expect(twice.errors[0]).toMatch(/not found after offset/);
  });

  it('does not mutate its input', () => {
    const input = gold({ organisations: orgs('Quận ủy') });
    const copy = structuredClone(input);
    fillGold(input, 'T\n\nL Quận ủy.');
    expect(input).toEqual(copy);
  });
});

describe('buildKey', () => {
  it('maps every key unit back to a cluster start and ends at the text length', () => {
    const text = 'Việt Nam'.normalize('NFD');
    const { key, map } = buildKey(text);
    expect(key).toBe('việt nam');
    expect(map.length).toBe(key.length + 1);
    expect(map[key.length]).toBe(text.length);
    for (let i = 1; i < map.length; i++) expect(map[i]).toBeGreaterThan(map[i - 1]);
  });
});
