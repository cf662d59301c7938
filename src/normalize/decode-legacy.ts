import { assertString } from '../_lib/validate.js';
import { checkEncoding, decodeTcvn3, decodeViqr, decodeVni, type LegacyEncoding } from '../_lib/legacy-codec.js';

export type { LegacyEncoding };

/**
 * Decodes text in a legacy Vietnamese encoding to Unicode (NFC).
 *
 * - `'vni'` (VNI-Windows) and `'tcvn3'` (TCVN3/ABC): `text`'s code units are the file's bytes, read
 *   as latin1 (`buffer.toString('latin1')`) or as windows-1252 (a browser's `TextDecoder`); both
 *   work. Bytes 0x80–0x9F that are not letters become their windows-1252 characters (“ ” – …).
 * - `'viqr'` (RFC 1456): ASCII mnemonics, `Vie^.t Nam` → `Việt Nam`; `dd` → `đ` (RFC 1456, anywhere: write `d\\d` for a literal `dd`);
 *   a backslash keeps the next mark literal (`ddi\.` → `đi.`).
 *
 * TCVN3 caveat: TCVN3 has no toned capitals (they were the same bytes shown in a capitals-only
 * `.VnTimeH` font), so `Á` and `á` are one byte. Toned vowels decode lowercase, except inside a
 * word whose other letters are all capitals (at least two), where they decode uppercase.
 * Tables: UniKey `ukengine/data.cpp` (see src/_lib/legacy-tables.ts).
 *
 * @param text - The legacy text.
 * @param encoding - `'vni'`, `'tcvn3'` or `'viqr'`.
 * @returns Unicode text in NFC. TCVN3 output has exactly the input's length (one byte, one code unit).
 * @throws TypeError if `text` is not a string; RangeError for an unknown encoding.
 * @example
 * decodeLegacy('Vieät Nam', 'vni'); // 'Việt Nam'
 * decodeLegacy('ViÖt Nam', 'tcvn3'); // 'Việt Nam'
 * decodeLegacy('Vie^.t Nam', 'viqr'); // 'Việt Nam'
 */
export function decodeLegacy(text: string, encoding: LegacyEncoding): string {
  assertString(text, 'decodeLegacy');
  const enc = checkEncoding(encoding, 'decodeLegacy');
  if (enc === 'vni') return decodeVni(text);
  if (enc === 'tcvn3') return decodeTcvn3(text);
  return decodeViqr(text);
}
