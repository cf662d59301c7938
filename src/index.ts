// The whole library. Re-exports only; each capability is also importable on its own
// (`vietext/normalize`, `vietext/tokenize`, ...) so bundles stay small.
export * from './normalize/index.js';
export * from './tokenize/index.js';
export * from './segment/index.js';
export * from './entities/index.js';
export * from './summarize/index.js';
export { InputError } from './errors.js';
