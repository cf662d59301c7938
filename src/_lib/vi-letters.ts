/**
 * Vietnamese letter tables shared by the normaliser, the syllable model and the legacy codecs.
 * Internal: never exported from a public entry.
 *
 * A vowel letter is described by three numbers: its base vowel (index into {@link VOWEL_BASES}:
 * a ă â e ê i o ô ơ u ư y), its tone (index into {@link TONE_NAMES}) and its case. Every
 * combination is one precomposed (NFC) UTF-16 code unit.
 */

/** The twelve Vietnamese vowel letters without tone, in the order used by every table here. */
export const VOWEL_BASES = 'aăâeêioôơuưy';

/** Tone names in table order: ngang (none), huyền, sắc, hỏi, ngã, nặng. */
export const TONE_NAMES = ['ngang', 'huyen', 'sac', 'hoi', 'nga', 'nang'] as const;
export type ToneName = (typeof TONE_NAMES)[number];

/** Combining tone marks in table order (index 0, ngang, has none). */
export const TONE_MARKS = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const;

/** Every lowercase vowel with every tone: 12 groups of 6 (ngang, huyền, sắc, hỏi, ngã, nặng). */
const TONED_LOWER =
  'aàáảãạ' + 'ăằắẳẵặ' + 'âầấẩẫậ' + 'eèéẻẽẹ' + 'êềếểễệ' + 'iìíỉĩị' +
  'oòóỏõọ' + 'ôồốổỗộ' + 'ơờớởỡợ' + 'uùúủũụ' + 'ưừứửữự' + 'yỳýỷỹỵ';

/** Base vowel index of each VOWEL_BASES letter's unmarked ASCII letter (ă â → a, ê → e, ...). */
export const VOWEL_ASCII = 'aaaeeiooouuy';

/** Table size: every Vietnamese letter is below U+1F00. */
const LIMIT = 0x1f00;

/**
 * For a code unit below U+1F00: 0 if it is not a Vietnamese vowel letter, else
 * `1 + vowel * 12 + tone * 2 + upper` (see {@link vowelInfo}).
 */
const VOWEL_INFO = new Int16Array(LIMIT);
/** Reverse of VOWEL_INFO: index `vowel * 12 + tone * 2 + upper` → code unit. */
const VOWEL_CHAR = new Uint16Array(144);

for (let v = 0; v < 12; v++) {
  for (let t = 0; t < 6; t++) {
    const lower = TONED_LOWER.charCodeAt(v * 6 + t);
    const upper = TONED_LOWER[v * 6 + t].toUpperCase().charCodeAt(0);
    const k = v * 12 + t * 2;
    VOWEL_CHAR[k] = lower;
    VOWEL_CHAR[k + 1] = upper;
    VOWEL_INFO[lower] = k + 1;
    VOWEL_INFO[upper] = k + 2;
  }
}

/** 1 for every letter of the Vietnamese alphabet below U+1F00 (ASCII letters, đ/Đ, every vowel). */
const LETTER = new Uint8Array(LIMIT);
for (let c = 0x41; c <= 0x5a; c++) LETTER[c] = LETTER[c + 0x20] = 1;
LETTER[0x110] = LETTER[0x111] = 1;
for (let c = 0; c < LIMIT; c++) if (VOWEL_INFO[c] !== 0) LETTER[c] = 1;

/**
 * The raw tables, for hot loops that alias them locally (a local alias avoids a module-binding
 * lookup per character in some loaders): `tables.info[c]` as {@link vowelInfo} for c < `tables.limit`,
 * `tables.letter[c]` 1 for a Vietnamese letter, `tables.chars` as {@link vowelChar}.
 */
export const tables = { info: VOWEL_INFO, letter: LETTER, chars: VOWEL_CHAR, limit: LIMIT } as const;

/** Packed vowel info of code unit `c` (`1 + vowel*12 + tone*2 + upper`), or 0 if it is not a Vietnamese vowel. */
export function vowelInfo(c: number): number {
  return c < LIMIT ? VOWEL_INFO[c] : 0;
}

/** The code unit for base vowel `v`, tone `t` and case `upper` (0 or 1). */
export function vowelChar(v: number, t: number, upper: number): number {
  return VOWEL_CHAR[v * 12 + t * 2 + upper];
}

/** Lowercase đ and capital Đ (U+0111, U+0110). */
export const D_STROKE = 0x111;
export const D_STROKE_UPPER = 0x110;
/** Icelandic capital eth, often typed for Đ. */
export const ETH_UPPER = 0xd0;

/** True for an ASCII letter. */
export function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/** True for any letter of the Vietnamese alphabet (ASCII letters, đ/Đ, every toned/shaped vowel). */
export function isVietLetter(c: number): boolean {
  return isAsciiLetter(c) || c === D_STROKE || c === D_STROKE_UPPER || (c < LIMIT && VOWEL_INFO[c] !== 0);
}
