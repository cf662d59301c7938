// Internal: does a letter run have the shape of a Vietnamese syllable (onset, 1–3 vowels, coda)?
// Used only to tell capitalised syllables (`HÀ`, `NỘI`, `TOÀN`) from acronyms (`UBND`, `HĐND`,
// `ThS`). Tone and shape marks are ignored, so NFC, NFD and either tone style agree.

import { C_MARK, charClasses, latinBases } from './_char-class.js';

const MAX_LETTERS = 7; // `nghiêng` is the longest syllable
const buf = new Uint16Array(MAX_LETTERS + 1);

// Onsets as base-letter strings, longest first so `ngh` is tried before `ng` and `n`.
const ONSETS = [
  'ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr',
  'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', '',
];
const CODAS = new Set(['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't']);

function isVowel(b: number): boolean {
  return b === 0x61 || b === 0x65 || b === 0x69 || b === 0x6f || b === 0x75 || b === 0x79;
}

/** True when `text.slice(start, end)` (letters and marks) reads as one Vietnamese syllable. */
export function isSyllableShape(text: string, start: number, end: number): boolean {
  const tab = charClasses();
  const base = latinBases();
  let m = 0;
  for (let p = start; p < end; p++) {
    const c = text.charCodeAt(p);
    if (tab[c] & C_MARK) continue;
    if (m === MAX_LETTERS || c >= 0x1f00) return false;
    const b = base[c];
    if (b === 0) return false;
    buf[m++] = b;
  }
  if (m === 0) return false;
  for (const onset of ONSETS) {
    if (onset.length > m) continue;
    let ok = true;
    for (let k = 0; k < onset.length; k++) {
      if (buf[k] !== onset.charCodeAt(k)) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    let v = onset.length;
    while (v < m && isVowel(buf[v])) v++;
    const vowels = v - onset.length;
    if (vowels < 1 || vowels > 3) continue;
    let coda = '';
    for (let k = v; k < m; k++) coda += String.fromCharCode(buf[k]);
    if (CODAS.has(coda)) return true;
  }
  return false;
}
