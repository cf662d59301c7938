// Access to the library's capabilities from the CLI. Each capability is built in its own module;
// the CLI looks its functions up by name so that a command whose capability is not present
// reports "not available" instead of failing to load the whole CLI.
import * as vietext from '../index.js';

/** Thrown when a command needs a library function that this build does not have. */
export class UnavailableError extends Error {
  override readonly name = 'UnavailableError';
}

type AnyFn = (...args: unknown[]) => unknown;

const table = vietext as unknown as Record<string, unknown>;

/** Returns the library function `name`, or undefined when this build does not export it. */
export function findFunction(name: string): AnyFn | undefined {
  const fn = table[name];
  return typeof fn === 'function' ? (fn as AnyFn) : undefined;
}

/** Returns the library function `name` or throws an UnavailableError naming the command. */
export function requireFunction(name: string, command: string): AnyFn {
  const fn = findFunction(name);
  if (!fn) throw new UnavailableError(`the "${command}" command needs vietext.${name}, which this build does not include yet`);
  return fn;
}

/** Returns the library's exported array `name` (e.g. `TOKEN_TYPES`), or undefined. */
export function findArray(name: string): readonly unknown[] | undefined {
  const v = table[name];
  return Array.isArray(v) ? v : undefined;
}
