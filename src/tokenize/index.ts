// Re-exports only: see STYLE.md §1.
export { TOKEN_TYPES } from './token-types.js';
export type { Token, TokenType } from './token-types.js';
export { tokenOffsets } from './token-offsets.js';
export { tokenize } from './tokenize.js';
export type { TokenizeOptions } from './tokenize.js';
export { splitSentences } from './split-sentences.js';
export type { Sentence } from './split-sentences.js';
