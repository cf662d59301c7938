/**
 * Legacy Vietnamese encodings: VNI-Windows and TCVN3 (ABC) byte tables. Internal.
 *
 * Source: UniKey's converter tables, `ukengine/data.cpp` (VnConv, Pham Kim Long, 1998–2002;
 * mirrored in github.com/vn-input/ibus-unikey), cross-checked with the charset pages of
 * vietunicode.sourceforge.net/charset. The values below were re-typed in vietext's own layout
 * (vowel × tone in the order of `VOWEL_BASES` and `TONE_NAMES`), not copied.
 *
 * Legacy text arrives as a string whose code units are the file's bytes, read as latin1 (Node's
 * `buffer.toString('latin1')`) or as windows-1252 (browsers' TextDecoder, old Word files). Both are
 * accepted: the 27 code points windows-1252 puts in 0x80–0x9F are mapped back to their bytes.
 */

/**
 * TCVN3 (ABC, `.VnTime` fonts) lowercase vowels: for each base vowel of `VOWEL_BASES`
 * (a ă â e ê i o ô ơ u ư y), the byte for ngang, huyền, sắc, hỏi, ngã, nặng.
 * Toned capitals do not exist in TCVN3: they were typed with the same bytes in the
 * capitals-only `.VnTimeH` fonts, so their case is lost (the TCVN3 capitals caveat).
 */
export const TCVN3_VOWELS: readonly (readonly number[])[] = [
  [0x61, 0xb5, 0xb8, 0xb6, 0xb7, 0xb9], // a à á ả ã ạ
  [0xa8, 0xbb, 0xbe, 0xbc, 0xbd, 0xc6], // ă ằ ắ ẳ ẵ ặ
  [0xa9, 0xc7, 0xca, 0xc8, 0xc9, 0xcb], // â ầ ấ ẩ ẫ ậ
  [0x65, 0xcc, 0xd0, 0xce, 0xcf, 0xd1], // e è é ẻ ẽ ẹ
  [0xaa, 0xd2, 0xd5, 0xd3, 0xd4, 0xd6], // ê ề ế ể ễ ệ
  [0x69, 0xd7, 0xdd, 0xd8, 0xdc, 0xde], // i ì í ỉ ĩ ị
  [0x6f, 0xdf, 0xe3, 0xe1, 0xe2, 0xe4], // o ò ó ỏ õ ọ
  [0xab, 0xe5, 0xe8, 0xe6, 0xe7, 0xe9], // ô ồ ố ổ ỗ ộ
  [0xac, 0xea, 0xed, 0xeb, 0xec, 0xee], // ơ ờ ớ ở ỡ ợ
  [0x75, 0xef, 0xf3, 0xf1, 0xf2, 0xf4], // u ù ú ủ ũ ụ
  [0xad, 0xf5, 0xf8, 0xf6, 0xf7, 0xf9], // ư ừ ứ ử ữ ự
  [0x79, 0xfa, 0xfd, 0xfb, 0xfc, 0xfe], // y ỳ ý ỷ ỹ ỵ
];

/** TCVN3 capitals with a shape mark but no tone: Ă Â Ê Ô Ơ Ư (by base vowel index), and Đ/đ. */
export const TCVN3_CAPITALS: Readonly<Record<number, number>> = { 1: 0xa1, 2: 0xa2, 4: 0xa3, 7: 0xa4, 8: 0xa5, 10: 0xa6 };
export const TCVN3_D_UPPER = 0xa7;
export const TCVN3_D_LOWER = 0xae;

/**
 * VNI-Windows. A letter is a base byte optionally followed by one mark byte. Lowercase marks are
 * listed; the capital form of each mark byte is 0x20 lower (á = `a` 0xF9, Á = `A` 0xD9).
 */
/** Tone bytes after a plain vowel (a e o u y, and ơ ư): huyền, sắc, hỏi, ngã, nặng. */
export const VNI_TONE = [0xf8, 0xf9, 0xfb, 0xf5, 0xef] as const;
/** Circumflex group after a, e, o (â ê ô): ngang, huyền, sắc, hỏi, ngã, nặng. */
export const VNI_CIRCUMFLEX = [0xe2, 0xe0, 0xe1, 0xe5, 0xe3, 0xe4] as const;
/** Breve group after a (ă): ngang, huyền, sắc, hỏi, ngã, nặng. */
export const VNI_BREVE = [0xea, 0xe8, 0xe9, 0xfa, 0xfc, 0xeb] as const;
/** Single bytes for i with a tone: huyền ì, sắc í, hỏi ỉ, ngã ĩ, nặng ị. */
export const VNI_I = [0xec, 0xed, 0xe6, 0xf3, 0xf2] as const;
/** Single byte for ỵ (y nặng). */
export const VNI_Y_NANG = 0xee;
/** Single-byte letters ơ, ư, đ. */
export const VNI_O_HORN = 0xf4;
export const VNI_U_HORN = 0xf6;
export const VNI_D = 0xf1;

/** windows-1252 code points for bytes 0x80–0x9F (0 where the byte is undefined). */
export const CP1252_HIGH: readonly number[] = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];
