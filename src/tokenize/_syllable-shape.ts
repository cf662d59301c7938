// Internal: does a letter run have the shape of a Vietnamese syllable (onset, 1–3 vowels, coda)?
// Used only to tell capitalised syllables (`HÀ`, `NỘI`, `TOÀN`) from acronyms (`UBND`, `HĐND`,
// `ThS`). Tone and shape marks are ignored, so NFC, NFD and either tone style agree.

import { C_MARK, charClasses, latinBases } from './_char-class.js';

const MAX_LETTERS = 7; // `nghiêng` is the longest syllable
const buf = new Uint16Array(MAX_LETTERS + 1);

// Onsets as base-letter codes, longest first so `ngh` is tried before `ng` and `n`.
const ONSETS: readonly number[][] = [
  'ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr',
  // `đ` reads as `d` (latinBases).
  'b', 'c', 'd', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', '',
].map((o) => Array.from(o, (ch) => ch.charCodeAt(0)));

function isVowel(b: number): boolean {
  return b === 0x61 || b === 0x65 || b === 0x69 || b === 0x6f || b === 0x75 || b === 0x79;
}

/** Codas: '', c, ch, m, n, ng, nh, p, t (base letters from `v` to `m`). */
function isCoda(v: number, m: number): boolean {
  const len = m - v;
  if (len === 0) return true;
  const a = buf[v];
  if (len === 1) return a === 0x63 || a === 0x6d || a === 0x6e || a === 0x70 || a === 0x74;
  if (len !== 2) return false;
  const b = buf[v + 1];
  return b === 0x68 ? a === 0x63 || a === 0x6e : a === 0x6e && b === 0x67;
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
  for (let o = 0; o < ONSETS.length; o++) {
    const onset = ONSETS[o];
    const len = onset.length;
    if (len > m) continue;
    let k = 0;
    while (k < len && buf[k] === onset[k]) k++;
    if (k < len) continue;
    let v = len;
    while (v < m && isVowel(buf[v])) v++;
    const vowels = v - len;
    if (vowels >= 1 && vowels <= 3 && isCoda(v, m)) return true;
  }
  return false;
}
