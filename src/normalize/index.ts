// Re-exports only: see STYLE.md §1. `vietext/normalize` imports nothing from the other capabilities.
export { normalize, type NormalizeOptions } from './normalize.js';
export { normalizeWithOffsets, type NormalizedText } from './normalize-with-offsets.js';
export { toMatchKey } from './to-match-key.js';
export { removeDiacritics } from './remove-diacritics.js';
export { slugify, type SlugifyOptions } from './slugify.js';
