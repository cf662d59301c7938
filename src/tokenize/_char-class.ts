// Internal: character-class table for the tokenizer's hot path (STYLE §6). One byte of bit flags
// per UTF-16 code unit, built once on first use from Unicode properties; scanning then costs one
// `charCodeAt` and one array load per code unit, with no regex on the input.

/** Letter of any script (or a non-ASCII number such as `²`, which reads as part of a word). */
export const C_LETTER = 1;
/** Uppercase or titlecase letter (always set together with C_LETTER). */
export const C_UPPER = 2;
/** ASCII digit 0–9. */
export const C_DIGIT = 4;
/** Combining mark, joiner or soft hyphen: belongs to whatever precedes it. */
export const C_MARK = 8;
/** Whitespace (incl. NBSP, U+200B, BOM): separates tokens, never part of one. */
export const C_SPACE = 16;
/** Punctuation. */
export const C_PUNCT = 32;
/** Surrogate code unit, high or low (tell them apart by value: high < 0xDC00). */
export const C_SURROGATE = 64;
/**
 * Can join a word to a longer token (`.`, `@`, `-`, `/`, `:`, `_`, `+`, `%`, `'`, `’`): the scan
 * takes its slow path only after a word that ends on one of these. Set together with the class
 * bits above.
 */
export const C_JOIN = 128;
// 0: anything else, a symbol.

let table: Uint8Array | undefined;

/** The 65,536-entry class table, built on first call (about 10 ms) and shared read-only after. */
export function charClasses(): Uint8Array {
  return table ?? (table = buildTable());
}

function buildTable(): Uint8Array {
  const t = new Uint8Array(65536);
  const reSpace = /^\s$/u;
  const reUpper = /^[\p{Lu}\p{Lt}]$/u;
  const reLetter = /^[\p{L}\p{N}]$/u;
  const reMark = /^\p{M}$/u;
  const rePunct = /^\p{P}$/u;
  for (let c = 0; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) {
      t[c] = C_SURROGATE;
      continue;
    }
    if (c >= 0x30 && c <= 0x39) {
      t[c] = C_DIGIT;
      continue;
    }
    if (c < 0x80) {
      // ASCII fast build without regex.
      if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) t[c] = C_SPACE;
      else if (c >= 0x41 && c <= 0x5a) t[c] = C_LETTER | C_UPPER;
      else if (c >= 0x61 && c <= 0x7a) t[c] = C_LETTER;
      else if (rePunct.test(String.fromCharCode(c))) t[c] = C_PUNCT;
      continue;
    }
    const ch = String.fromCharCode(c);
    if (reSpace.test(ch)) t[c] = C_SPACE;
    else if (reUpper.test(ch)) t[c] = C_LETTER | C_UPPER;
    else if (reLetter.test(ch)) t[c] = C_LETTER;
    else if (reMark.test(ch)) t[c] = C_MARK;
    else if (rePunct.test(ch)) t[c] = C_PUNCT;
  }
  t[0x200b] = C_SPACE; // zero-width space: a break opportunity
  t[0xfeff] = C_SPACE; // BOM / zero-width no-break space
  // Invisible joiners and the soft hyphen stay inside the token they follow.
  t[0x200c] = C_MARK;
  t[0x200d] = C_MARK;
  t[0x2060] = C_MARK;
  t[0x00ad] = C_MARK;
  // Unicode files these under punctuation (Po), but readers see them as symbols.
  for (const c of [0x25, 0x40, 0x23, 0x26, 0x2a, 0x5c, 0x2030, 0x2031, 0xa7, 0xb6, 0x2020, 0x2021, 0x2022]) t[c] = 0;
  for (const c of [0x2e, 0x40, 0x2d, 0x2f, 0x3a, 0x5f, 0x2b, 0x25, 0x27, 0x2019]) t[c] |= C_JOIN;
  return t;
}

let bases: Uint8Array | undefined;

/**
 * Lowercase ASCII base letter of a Latin letter (U+0000–U+1EFF), marks stripped: `Ệ` → `e`;
 * `Đ`/`đ` (and `Ð`/`ð` typed for them) → `d`, which for a syllable's shape is the same consonant;
 * 0 for anything that is not a Latin letter. One byte each; built on first use.
 */
export function latinBases(): Uint8Array {
  return bases ?? (bases = buildBases());
}

function buildBases(): Uint8Array {
  const b = new Uint8Array(0x1f00);
  for (let c = 0x41; c < 0x1f00; c++) {
    const d = String.fromCharCode(c).normalize('NFD').toLowerCase().charCodeAt(0);
    if (d >= 0x61 && d <= 0x7a) b[c] = d;
  }
  // Not 0x111: the table holds bytes (an earlier 0x111 became 0x11 and no `Đ…` syllable matched).
  b[0x110] = 0x64;
  b[0x111] = 0x64;
  b[0xd0] = 0x64; // Ð (eth) typed for Đ
  b[0xf0] = 0x64;
  return b;
}
