/**
 * Every error message vietext throws is built here, so wording stays consistent and
 * callers can match on error classes rather than on strings scattered through the code.
 */

/** Describes a received value for an error message: `null`, `undefined`, `array`, `number 3`, `object`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return 'array';
  const type = typeof value;
  if (type === 'number' || type === 'boolean' || type === 'bigint') return `${type} ${String(value)}`;
  if (type === 'string') return 'string';
  if (type === 'object') {
    const name = (value as object).constructor?.name;
    return name && name !== 'Object' ? `object ${name}` : 'object';
  }
  return type;
}

/** Longest value text an error message quotes; longer values are cut (a message never holds a whole text). */
const MAX_SHOWN = 100;

/**
 * Shows a received value in an error message: JSON for strings, numbers and plain data, cut to
 * MAX_SHOWN characters; `describeValue` for what JSON cannot show (BigInt, circular objects,
 * functions), so building the message never throws.
 */
export function showValue(value: unknown): string {
  if (typeof value === 'string' && value.length > MAX_SHOWN) {
    return `${JSON.stringify(value.slice(0, MAX_SHOWN))}… (string of ${value.length} characters)`;
  }
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    json = undefined;
  }
  if (json === undefined) return describeValue(value);
  return json.length > MAX_SHOWN ? `${json.slice(0, MAX_SHOWN)}… (${describeValue(value)})` : json;
}

export const messages = {
  notString: (fn: string, param: string, value: unknown) =>
    `vietext.${fn}: expected ${param} to be a string, instead found ${describeValue(value)}`,
  notOptionsObject: (fn: string, value: unknown) =>
    `vietext.${fn}: expected options to be a plain object or undefined, instead found ${describeValue(value)}`,
  unknownOption: (fn: string, key: string, valid: readonly string[]) =>
    `vietext.${fn}: unknown option ${showValue(key)}; valid options are ${valid.map((v) => `"${v}"`).join(', ')}`,
  invalidOptionValue: (fn: string, key: string, value: unknown, valid: readonly unknown[]) =>
    `vietext.${fn}: invalid value ${showValue(value)} for option "${key}"; valid values are ${valid
      .map((v) => JSON.stringify(v))
      .join(', ')}`,
  invalidOptionType: (fn: string, key: string, value: unknown, expected: string) =>
    `vietext.${fn}: option "${key}" must be ${expected}, instead found ${describeValue(value)}`,
  outOfRange: (fn: string, key: string, value: unknown, range: string) =>
    `vietext.${fn}: option "${key}" is out of range (${typeof value === 'number' ? String(value) : showValue(value)}); expected ${range}`,
  conflictingOptions: (fn: string, a: string, b: string) =>
    `vietext.${fn}: options "${a}" and "${b}" cannot be used together; pass one of them`,
  invalidArgument: (fn: string, param: string, value: unknown, expected: string) =>
    `vietext.${fn}: invalid ${param} ${showValue(value)}; expected ${expected}`,
} as const;

/** Thrown by the CLI and file helpers for input that cannot be read as text (binary, invalid UTF-8, empty). */
export class InputError extends Error {
  override readonly name = 'InputError';
  /** Machine-readable reason: `binary`, `invalid-utf8`, `invalid-utf16`, `invalid-json`, `empty`, `unreadable`, `too-large`. */
  readonly reason: string;
  constructor(message: string, reason: string) {
    super(message);
    this.reason = reason;
  }
}
