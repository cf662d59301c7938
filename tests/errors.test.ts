import { describe, expect, it } from 'vitest';
import { describeValue } from '../src/errors.js';
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
