import { describe, expect, it } from 'vitest';
import { TOKEN_TYPES, tokenOffsets, tokenize } from '../../src/tokenize/index.js';

/** `text|type` pairs, the compact form the tables below are written in. */
function pairs(text: string): string[] {
  return tokenize(text).map((t) => `${t.text}|${t.type}`);
}

describe.each([
  // word
  ['cán bộ', ['cán|word', 'bộ|word']],
  ['Covid', ['Covid|word']],
  ['H5N1 F0', ['H5N1|word', 'F0|word']],
  ["M'Nông don’t", ["M'Nông|word", 'don’t|word']],
  ['HÀ NỘI TOÀN QUỐC', ['HÀ|word', 'NỘI|word', 'TOÀN|word', 'QUỐC|word']],
  ['NGHIÊNG QUÝ GÌ TRƯỜNG KHUỶU', ['NGHIÊNG|word', 'QUÝ|word', 'GÌ|word', 'TRƯỜNG|word', 'KHUỶU|word']],
  ['THPT THCS ĐBSCL TW', ['THPT|abbr', 'THCS|abbr', 'ĐBSCL|abbr', 'TW|abbr']],
  ['hasOwnProperty PowerPoint iOS', ['hasOwnProperty|word', 'PowerPoint|word', 'iOS|abbr']],
  ['ＡＢＣ', ['ＡＢＣ|abbr']],
  // number
  ['1.234.567', ['1.234.567|number']],
  ['95,5', ['95,5|number']],
  ['nhiệt độ -3 độ', ['nhiệt|word', 'độ|word', '-3|number', 'độ|word']],
  ['(+5)', ['(|punct', '+5|number', ')|punct']],
  ['2015 - 2020', ['2015|number', '-|punct', '2020|number']],
  ['2015-2020', ['2015|number', '-|punct', '2020|number']],
  ['3-5 người', ['3|number', '-|punct', '5|number', 'người|word']],
  ['1.000.000đ', ['1.000.000|number', 'đ|word']],
  ['x-3', ['x|word', '-|punct', '3|number']],
  ['3.14', ['3.14|number']],
  ['năm 2020.', ['năm|word', '2020|number', '.|punct']],
  // percent
  ['95,5%', ['95,5%|percent']],
  ['100% cán bộ', ['100%|percent', 'cán|word', 'bộ|word']],
  ['-1,5%', ['-1,5%|percent']],
  ['20%.', ['20%|percent', '.|punct']],
  // One space, no-break space or narrow no-break space before the sign (CMS typography).
  ['tăng 12,5 % so với', ['tăng|word', '12,5 %|percent', 'so|word', 'với|word']],
  ['trên 95\u00a0%', ['trên|word', '95\u00a0%|percent']],
  ['-3\u202f%', ['-3\u202f%|percent']],
  ['5  %', ['5|number', '%|symbol']],
  // date
  ['18/6', ['18/6|date']],
  ['18/6/2020', ['18/6/2020|date']],
  ['18-6-2020', ['18-6-2020|date']],
  ['18.6.2020', ['18.6.2020|date']],
  ['6/2021', ['6/2021|date']],
  ['05/02/23', ['05/02/23|date']],
  ['1/8/2014', ['1/8/2014|date']],
  ['29/2/2020 29/2/2021', ['29/2/2020|date', '29|number', '/|punct', '2|number', '/|punct', '2021|number']],
  ['quý III/2021', ['quý|word', 'III/2021|date']],
  ['18/6-20/6', ['18/6|date', '-|punct', '20/6|date']],
  ['14/14', ['14|number', '/|punct', '14|number']],
  ['32/1', ['32|number', '/|punct', '1|number']],
  ['13/2021', ['13|number', '/|punct', '2021|number']],
  ['1.234', ['1.234|number']],
  // abbr
  ['TP.HCM', ['TP.HCM|abbr']],
  ['UBND HĐND MTTQ', ['UBND|abbr', 'HĐND|abbr', 'MTTQ|abbr']],
  // Capitalised syllables are words, `Đ` ones too (`ĐẠI HỘI ĐẢNG BỘ` in an all-caps headline).
  ['ĐẠI HỘI ĐẢNG BỘ ĐƯỜNG ĐÈO', ['ĐẠI|word', 'HỘI|word', 'ĐẢNG|word', 'BỘ|word', 'ĐƯỜNG|word', 'ĐÈO|word']],
  ['ĐBSCL ĐT', ['ĐBSCL|abbr', 'ĐT|abbr']],
  ['PGS.TS', ['PGS.TS|abbr']],
  ['Th.S', ['Th.S|abbr']],
  ['ThS', ['ThS|abbr']],
  ['v.v.', ['v.v.|abbr']],
  ['ông N.V.A. đến', ['ông|word', 'N.V.A.|abbr', 'đến|word']],
  ['TP.HCM.', ['TP.HCM|abbr', '.|punct']],
  ['đ/c Toàn', ['đ/c|abbr', 'Toàn|word']],
  ['xong.Tiếp', ['xong|word', '.|punct', 'Tiếp|word']],
  // code
  ['05-CT/TW', ['05-CT/TW|code']],
  ['30/2020/NĐ-CP', ['30/2020/NĐ-CP|code']],
  ['1989/QĐ-BGDĐT', ['1989/QĐ-BGDĐT|code']],
  ['COVID-19', ['COVID-19|code']],
  ['KT-XH', ['KT|abbr', '-|punct', 'XH|abbr']],
  // url, email
  ['https://thanhuytphcm.vn/a-b?x=1.', ['https://thanhuytphcm.vn/a-b?x=1|url', '.|punct']],
  ['(xem http://a.vn/b_(c))', ['(|punct', 'xem|word', 'http://a.vn/b_(c)|url', ')|punct']],
  ['(Thanhuytphcm.vn)', ['(|punct', 'Thanhuytphcm.vn|url', ')|punct']],
  ['www.vnexpress.net/x', ['www.vnexpress.net/x|url']],
  ['ab.c-d@gmail.com.', ['ab.c-d@gmail.com|email', '.|punct']],
  ['a@b', ['a|word', '@|symbol', 'b|word']],
  ['CT.cán', ['CT|abbr', '.|punct', 'cán|word']],
  ['http://', ['http|word', ':|punct', '/|punct', '/|punct']],
  // punct, symbol
  ['“Xây dựng”', ['“|punct', 'Xây|word', 'dựng|word', '”|punct']],
  ['...…', ['...|punct', '…|punct']],
  ['a & b', ['a|word', '&|symbol', 'b|word']],
  ['% @', ['%|symbol', '@|symbol']],
  ['👨‍👩‍👧🇻🇳', ['👨‍👩‍👧|symbol', '🇻🇳|symbol']],
] as const)('tokenize(%j)', (input, expected) => {
  it('gives the expected tokens and types', () => {
    expect(pairs(input)).toEqual(expected);
  });
});

describe('peers’ known failures', () => {
  it('keeps NFD duyệt whole and the text unrewritten', () => {
    const nfd = 'phê duyệt'.normalize('NFD');
    expect(nfd).toBe('phe\u0302 duye\u0323\u0302t');
    const toks = tokenize(nfd);
    expect(toks.map((t) => t.text)).toEqual(['phe\u0302', 'duye\u0323\u0302t']);
    expect(toks[1]).toEqual({ text: 'duye\u0323\u0302t', start: 5, end: 12, type: 'word' });
  });
  it('keeps 1/8/2014 and 20% whole with exact offsets', () => {
    const text = 'Ngày 1/8/2014, tăng 20%.';
    expect(tokenize(text)).toEqual([
      { text: 'Ngày', start: 0, end: 4, type: 'word' },
      { text: '1/8/2014', start: 5, end: 13, type: 'date' },
      { text: ',', start: 13, end: 14, type: 'punct' },
      { text: 'tăng', start: 15, end: 19, type: 'word' },
      { text: '20%', start: 20, end: 23, type: 'percent' },
      { text: '.', start: 23, end: 24, type: 'punct' },
    ]);
  });
  it('keeps punctuation (natural drops it)', () => {
    expect(tokenize('a, b.').map((t) => t.text)).toEqual(['a', ',', 'b', '.']);
  });
  it('gives the same boundaries for hòa/hoà, NFC/NFD', () => {
    const a = 'Hòa bình, khỏe, thủy lợi';
    const b = 'Hoà bình, khoẻ, thuỷ lợi';
    const bounds = (s: string) => Array.from(tokenOffsets(s));
    expect(bounds(a)).toEqual(bounds(b));
    expect(bounds(a.normalize('NFD')).filter((_, i) => i % 3 === 2)).toEqual(bounds(a).filter((_, i) => i % 3 === 2));
  });
});

describe('tokenOffsets', () => {
  it('returns triples indexing TOKEN_TYPES', () => {
    const o = tokenOffsets('Ngày 18/6, TP.HCM');
    expect(Array.from(o)).toEqual([0, 4, 0, 5, 9, 3, 9, 10, 7, 11, 17, 4]);
    expect(TOKEN_TYPES[o[5]]).toBe('date');
  });
  it('TOKEN_TYPES cannot be changed by a caller (tokenize reads its names from it)', () => {
    expect(Object.isFrozen(TOKEN_TYPES)).toBe(true);
    expect(() => {
      (TOKEN_TYPES as unknown as string[])[0] = 'changed';
    }).toThrow(TypeError);
    expect(tokenize('Ngày')[0].type).toBe('word');
  });
  it('gives an empty result for the empty string', () => {
    expect(tokenOffsets('').length).toBe(0);
    expect(tokenize('')).toEqual([]);
  });
  it('puts stray marks, lone surrogates and controls in tokens', () => {
    const text = '\u0301a \ud800 \udc00x\u0000';
    expect(pairs(text)).toEqual(['\u0301|symbol', 'a|word', '\ud800|symbol', '\udc00|symbol', 'x|word', '\u0000|symbol']);
  });
});

describe('whitespace option', () => {
  it('emits space tokens that, joined, give back the input', () => {
    const text = '  Ngày 18/6,\n\nTP.HCM ';
    const toks = tokenize(text, { whitespace: true });
    expect(toks.map((t) => t.text).join('')).toBe(text);
    expect(toks.filter((t) => t.type === 'space').map((t) => t.text)).toEqual(['  ', ' ', '\n\n', ' ']);
  });
});

describe('bad input', () => {
  it.each([null, undefined, 42, {}, ['a'], Symbol('x')])('throws TypeError for %s', (v) => {
    expect(() => tokenize(v as unknown as string)).toThrow(TypeError);
    expect(() => tokenOffsets(v as unknown as string)).toThrow(TypeError);
  });
  it('names what it got', () => {
    expect(() => tokenize(42 as unknown as string)).toThrow(/number 42/);
  });
  it('rejects unknown options and bad option values', () => {
    expect(() => tokenize('a', { foo: 1 } as never)).toThrow(RangeError);
    expect(() => tokenize('a', { whitespace: 'yes' } as never)).toThrow(TypeError);
    expect(() => tokenize('a', null as never)).toThrow(TypeError);
  });
  it.each(['constructor', 'prototype', 'toString', 'hasOwnProperty'])('handles prototype names like %s', (w) => {
    expect(pairs(w)).toEqual([`${w}|word`]);
  });
});
