/**
 * Internal: the match key of one syllable-like token. One key for NFC and NFD input, any letter
 * case, either tone style (`hoà`/`hòa`, `khoẻ`/`khỏe`, `thuỷ`/`thủy` all key to the traditional
 * form) and `Ð` (U+00D0) typed for `Đ`. Zero-width characters and soft hyphens are dropped.
 * The build script and the runtime use this same function, so keys always agree.
 */

const TONED_A = 'àáảãạ';
const TONED_E = 'èéẻẽẹ';
const TONED_Y = 'ỳýỷỹỵ';
const TONED_O = 'òóỏõọ';
const TONED_U = 'ùúủũụ';
// Zero-width space/non-joiner/joiner, BOM and soft hyphen. Module scope: no per-call RegExp.
const INVISIBLE = /[\u00ad\u200b-\u200d\ufeff]/g;

/** Returns the match key of `syllable` (see module comment). Allocates; callers cache results. */
export function syllableKey(syllable: string): string {
  let k = syllable.normalize('NFC').toLowerCase();
  if (k.includes('\u00f0')) k = k.replaceAll('\u00f0', 'đ');
  if (k.includes('\u00ad') || k.includes('\u200b') || k.includes('\u200c') || k.includes('\u200d') || k.includes('\ufeff')) {
    k = k.replace(INVISIBLE, '');
  }
  const n = k.length;
  if (n >= 2) {
    const c1 = k[n - 2];
    const c2 = k[n - 1];
    let i: number;
    // Open `oa`/`oe`/`uy` with the tone on the second vowel is the reformed style: move it to the first.
    if (c1 === 'o') {
      if ((i = TONED_A.indexOf(c2)) >= 0) return k.slice(0, n - 2) + TONED_O[i] + 'a';
      if ((i = TONED_E.indexOf(c2)) >= 0) return k.slice(0, n - 2) + TONED_O[i] + 'e';
    } else if (c1 === 'u' && (i = TONED_Y.indexOf(c2)) >= 0 && k[n - 3] !== 'q') {
      return k.slice(0, n - 2) + TONED_U[i] + 'y';
    }
  }
  return k;
}
