import { describe, expect, it } from 'vitest';
import { describeValue, showValue } from '../src/errors.js';
import { assertString, checkEnum, checkInteger, checkOptions } from '../src/_lib/validate.js';

describe('describeValue', () => {
  it.each([
    [null, 'null'],
    [undefined, 'undefined'],
    [[], 'array'],
    [3, 'number 3'],
    [{}, 'object'],
    [new Map(), 'object Map'],
    [Symbol('x'), 'symbol'],
  ])('describes %s as %s', (value, text) => {
    expect(describeValue(value)).toBe(text);
  });
});

describe('validation helpers', () => {
  it('rejects non-strings with a TypeError naming the type', () => {
    expect(() => assertString(null, 'normalize')).toThrow(TypeError);
    expect(() => assertString(42, 'normalize')).toThrow(/number 42/);
    expect(() => assertString('', 'normalize')).not.toThrow();
  });
  it('rejects unknown option keys with a RangeError listing the valid ones', () => {
    expect(() => checkOptions({ fromm: 1 }, 'f', ['form'])).toThrow(RangeError);
    expect(() => checkOptions({ fromm: 1 }, 'f', ['form'])).toThrow(/"form"/);
    expect(() => checkOptions('x', 'f', ['form'])).toThrow(TypeError);
    expect(checkOptions(undefined, 'f', ['form'])).toEqual({});
  });
  it('checks enums and integers', () => {
    expect(checkEnum(undefined, 'f', 'form', ['NFC', 'NFD'], 'NFC')).toBe('NFC');
    expect(() => checkEnum('nfc', 'f', 'form', ['NFC', 'NFD'], 'NFC')).toThrow(/"NFC", "NFD"/);
    expect(checkInteger(3, 'f', 'n', 1, 10, 5)).toBe(3);
    expect(() => checkInteger(0, 'f', 'n', 1, 10, 5)).toThrow(RangeError);
    expect(() => checkInteger('3', 'f', 'n', 1, 10, 5)).toThrow(TypeError);
  });
});

describe('error messages show bad values safely', () => {
  const circular: Record<string, unknown> = {};
  circular.self = circular;
  const long = 'x'.repeat(1_000_000);
  // JSON.stringify throws on BigInt and circular objects: the message must still be vietext's own.
  it.each([
    ['a BigInt', 5n, /invalid value bigint 5 for option "form"/],
    ['a circular object', circular, /invalid value object for option "form"/],
  ])('checkEnum with %s gives a RangeError with a vietext message', (_, value, text) => {
    expect(() => checkEnum(value, 'f', 'form', ['NFC', 'NFD'], 'NFC')).toThrow(RangeError);
    expect(() => checkEnum(value, 'f', 'form', ['NFC', 'NFD'], 'NFC')).toThrow(text);
  });
  it('quotes a long value cut, with its length, never whole', () => {
    let message = '';
    try {
      checkEnum(long, 'f', 'form', ['NFC', 'NFD'], 'NFC');
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/^vietext\.f: invalid value "x+"… \(string of 1000000 characters\) for option "form"/);
    expect(message.length).toBeLessThan(300);
    expect(() => checkOptions({ [long]: 1 }, 'f', ['form'])).toThrow(/unknown option "x+"… \(string of 1000000 characters\)/);
  });
  it('shows short values as before', () => {
    expect(showValue('nfc')).toBe('"nfc"');
    expect(showValue(5)).toBe('5');
    expect(showValue(5n)).toBe('bigint 5');
    expect(showValue(circular)).toBe('object');
    expect(showValue(() => 1)).toBe('function');
  });
});

describe('options must be a plain object', () => {
  // A Date passed where options go (`extractEntities(text, new Date())`) used to be read as empty
  // options, so the reference date was silently ignored.
  it.each([
    ['a Date', new Date('2020-01-01')],
    ['a Map', new Map([['form', 'NFD']])],
    ['a class instance', new (class Options { form = 'NFD'; })()],
    ['an array', []],
  ])('%s is a TypeError naming it', (_, value) => {
    expect(() => checkOptions(value, 'f', ['form'])).toThrow(TypeError);
    expect(() => checkOptions(value, 'f', ['form'])).toThrow(/expected options to be a plain object or undefined, instead found (object \w+|array)/);
  });
  it('accepts object literals and null-prototype objects', () => {
    expect(checkOptions({ form: 'NFD' }, 'f', ['form'])).toEqual({ form: 'NFD' });
    const bare = Object.assign(Object.create(null) as object, { form: 'NFD' });
    expect(checkOptions(bare, 'f', ['form'])).toBe(bare);
  });
});
