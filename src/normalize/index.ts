// Re-exports only: see STYLE.md §1. `vietext/normalize` imports nothing from the other capabilities.
export { normalize, type NormalizeOptions } from './normalize.js';
export { normalizeWithOffsets, type NormalizedText } from './normalize-with-offsets.js';
export { toMatchKey } from './to-match-key.js';
export { removeDiacritics } from './remove-diacritics.js';
export { slugify, type SlugifyOptions } from './slugify.js';
export { detectEncoding, type EncodingDetection } from './detect-encoding.js';
export { decodeLegacy, type LegacyEncoding } from './decode-legacy.js';
export { encodeLegacy } from './encode-legacy.js';
export { fixEncoding, type FixEncodingOptions } from './fix-encoding.js';
export { parseSyllable, type Syllable, type ToneName } from './parse-syllable.js';
export { isSyllable } from './is-syllable.js';
