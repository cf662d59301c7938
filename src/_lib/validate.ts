import { messages } from '../errors.js';

/** Throws a TypeError naming what was received unless `value` is a string. */
export function assertString(value: unknown, fn: string, param = 'text'): asserts value is string {
  if (typeof value !== 'string') throw new TypeError(messages.notString(fn, param, value));
}

/**
 * Validates an options object: `undefined` is fine, anything but a plain object is a TypeError,
 * a key outside `valid` is a RangeError. Returns the options (or an empty frozen object).
 */
export function checkOptions<T extends object>(options: unknown, fn: string, valid: readonly string[]): Partial<T> {
  if (options === undefined) return EMPTY as Partial<T>;
  if (options === null || typeof options !== 'object' || !isPlainObject(options)) {
    throw new TypeError(messages.notOptionsObject(fn, options));
  }
  for (const key of Object.keys(options)) {
    if (!valid.includes(key)) throw new RangeError(messages.unknownOption(fn, key, valid));
  }
  return options as Partial<T>;
}

/** Returns `value` if it is one of `valid` (or `fallback` when undefined), else throws a RangeError. */
export function checkEnum<V extends string | number | boolean>(
  value: unknown,
  fn: string,
  key: string,
  valid: readonly V[],
  fallback: V,
): V {
  if (value === undefined) return fallback;
  if (!(valid as readonly unknown[]).includes(value)) {
    throw new RangeError(messages.invalidOptionValue(fn, key, value, valid));
  }
  return value as V;
}

/** Returns a boolean option (or `fallback` when undefined); anything else is a TypeError. */
export function checkBoolean(value: unknown, fn: string, key: string, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw new TypeError(messages.invalidOptionType(fn, key, value, 'a boolean'));
  return value;
}

/** Returns an integer option within [min, max] (or `fallback`); a non-number is a TypeError, outside the range a RangeError. */
export function checkInteger(value: unknown, fn: string, key: string, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || Number.isNaN(value)) {
    throw new TypeError(messages.invalidOptionType(fn, key, value, 'a number'));
  }
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(messages.outOfRange(fn, key, value, `an integer from ${min} to ${max}`));
  }
  return value;
}

const EMPTY = Object.freeze({});

/**
 * An object literal or `Object.create(null)` (also from another realm): not an array, a Date, a
 * Map or a class instance, which would otherwise pass as options with their settings ignored
 * (`extractEntities(text, new Date())` would drop the reference date without a word).
 */
function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}
