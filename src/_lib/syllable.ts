/**
 * The Vietnamese syllable model: (onset)(medial)(nucleus)(coda) + tone, and tone placement built
 * on it (not on a word list, so unseen syllables are handled too). Internal.
 *
 * Rules follow the orthography described in /work/shared/VIETNAMESE.md (Decision 1989/QĐ-BGDĐT
 * Art. 8 for the reformed style; the traditional style is the one of most news sites):
 * - a vowel with a shape mark (ă â ê ô ơ ư) takes the tone; with two (ươ) the second;
 * - a closed syllable (consonant coda) puts the tone on the last vowel;
 * - open triphthongs (oai, oay, oeo, uyu, ...) on the middle vowel;
 * - open diphthongs on the first vowel, except `oa`, `oe`, `uy`, which differ by style:
 *   traditional `hòa khỏe thủy`, reformed `hoà khoẻ thuỷ`;
 * - `qu` and `gi` (before a vowel) are onsets, so the tone goes on the following vowel: `quý`, `già`.
 */
import { TONE_NAMES, VOWEL_BASES, vowelInfo, D_STROKE, D_STROKE_UPPER, type ToneName } from './vi-letters.js';

/** Tone style: 0 keep, 1 traditional, 2 reformed. */
export type ToneStyle = 0 | 1 | 2;

interface Cluster {
  medial: string;
  nucleus: string;
  glide: string;
  open: boolean;
  closed: boolean;
}

/**
 * Every vowel cluster (the vowel letters between onset and consonant coda) of standard
 * orthography: [cluster, medial, nucleus, final glide, allowed open, allowed closed].
 */
const CLUSTER_LIST: readonly [string, string, string, string, 0 | 1, 0 | 1][] = [
  ['a', '', 'a', '', 1, 1], ['ă', '', 'ă', '', 0, 1], ['â', '', 'â', '', 0, 1],
  ['e', '', 'e', '', 1, 1], ['ê', '', 'ê', '', 1, 1], ['i', '', 'i', '', 1, 1],
  ['o', '', 'o', '', 1, 1], ['ô', '', 'ô', '', 1, 1], ['ơ', '', 'ơ', '', 1, 1],
  ['u', '', 'u', '', 1, 1], ['ư', '', 'ư', '', 1, 1], ['y', '', 'y', '', 1, 1],
  ['ai', '', 'a', 'i', 1, 0], ['ao', '', 'a', 'o', 1, 0], ['au', '', 'a', 'u', 1, 0],
  ['ay', '', 'a', 'y', 1, 0], ['âu', '', 'â', 'u', 1, 0], ['ây', '', 'â', 'y', 1, 0],
  ['eo', '', 'e', 'o', 1, 0], ['êu', '', 'ê', 'u', 1, 0], ['iu', '', 'i', 'u', 1, 0],
  ['oi', '', 'o', 'i', 1, 0], ['ôi', '', 'ô', 'i', 1, 0], ['ơi', '', 'ơ', 'i', 1, 0],
  ['ui', '', 'u', 'i', 1, 0], ['ưi', '', 'ư', 'i', 1, 0], ['ưu', '', 'ư', 'u', 1, 0],
  ['ia', '', 'ia', '', 1, 0], ['iê', '', 'iê', '', 0, 1], ['iêu', '', 'iê', 'u', 1, 0],
  ['yê', '', 'yê', '', 0, 1], ['yêu', '', 'yê', 'u', 1, 0],
  ['ua', '', 'ua', '', 1, 0], ['uô', '', 'uô', '', 0, 1], ['uôi', '', 'uô', 'i', 1, 0],
  ['ưa', '', 'ưa', '', 1, 0], ['ươ', '', 'ươ', '', 0, 1], ['ươi', '', 'ươ', 'i', 1, 0],
  ['ươu', '', 'ươ', 'u', 1, 0], ['oo', '', 'oo', '', 0, 1],
  ['oa', 'o', 'a', '', 1, 1], ['oă', 'o', 'ă', '', 0, 1], ['oe', 'o', 'e', '', 1, 1],
  ['oai', 'o', 'a', 'i', 1, 0], ['oay', 'o', 'a', 'y', 1, 0], ['oao', 'o', 'a', 'o', 1, 0],
  ['oeo', 'o', 'e', 'o', 1, 0],
  ['uâ', 'u', 'â', '', 0, 1], ['uây', 'u', 'â', 'y', 1, 0], ['uê', 'u', 'ê', '', 1, 1],
  ['uơ', 'u', 'ơ', '', 1, 0], ['uy', 'u', 'y', '', 1, 1], ['uya', 'u', 'ya', '', 1, 0],
  ['uyê', 'u', 'yê', '', 0, 1], ['uyu', 'u', 'y', 'u', 1, 0],
];

const CLUSTERS: Map<string, Cluster> = new Map(
  CLUSTER_LIST.map(([k, medial, nucleus, glide, open, closed]) => [
    k,
    { medial, nucleus, glide, open: open === 1, closed: closed === 1 },
  ]),
);

/** The cluster strings, for tests and docs. */
export const VOWEL_CLUSTERS: readonly string[] = CLUSTER_LIST.map((c) => c[0]);

const ONSETS3 = ['ngh'];
const ONSETS2 = ['ng', 'gh', 'gi', 'kh', 'nh', 'ph', 'th', 'tr', 'ch', 'qu'];
const ONSETS1 = 'bcdđghklmnprstvx';
const CODAS = new Set(['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't']);
const SHAPED = 'ăâêôơư';
const FRONT = 'eêiy';

/** Longest Vietnamese syllable in letters (`nghiêng`, `khuyếch` are 7). */
const MAX_LEN = 8;

/** Result of {@link analyzeSyllable}; fields are lowercase and toneless. */
export interface SyllableAnalysis {
  onset: string;
  medial: string;
  nucleus: string;
  glide: string;
  coda: string;
  tone: number;
  /** Index (relative to the analysed start) of the toned vowel, -1 when the tone is ngang. */
  tonePos: number;
  /** Index (relative) of the first vowel of the cluster. */
  vowelStart: number;
  /** The vowel cluster (medial + nucleus + glide), lowercase and toneless. */
  cluster: string;
}

function isVowelLetter(ch: string): boolean {
  return VOWEL_BASES.includes(ch);
}

/** Index after the run of vowel letters starting at `from`. */
function vowelEnd(base: string, from: number): number {
  let p = from;
  while (p < base.length && isVowelLetter(base[p])) p++;
  return p;
}

/**
 * Analyses `s.slice(from, to)` (NFC, letters only) as one Vietnamese syllable.
 * Returns null when it is not one (unknown onset, cluster or coda; two tone marks; a checked
 * coda c/ch/p/t with a tone other than sắc or nặng; spelling rules for k/gh/ngh and c/ng).
 */
export function analyzeSyllable(s: string, from: number, to: number): SyllableAnalysis | null {
  const n = to - from;
  if (n <= 0 || n > MAX_LEN) return null;
  let base = '';
  let tone = 0;
  let tonePos = -1;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(from + i);
    const info = vowelInfo(c);
    if (info !== 0) {
      const k = info - 1;
      const v = (k / 12) | 0;
      const t = ((k % 12) / 2) | 0;
      base += VOWEL_BASES[v];
      if (t !== 0) {
        if (tonePos !== -1) return null;
        tone = t;
        tonePos = i;
      }
    } else if (c === D_STROKE || c === D_STROKE_UPPER) {
      base += 'đ';
    } else if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) {
      base += String.fromCharCode(c | 0x20);
    } else {
      return null;
    }
  }
  // Onset: longest match; `gi` and `qu` only when a vowel follows.
  let onset = '';
  if (n >= 3 && ONSETS3.includes(base.slice(0, 3))) onset = base.slice(0, 3);
  else if (n >= 2 && ONSETS2.includes(base.slice(0, 2))) {
    const two = base.slice(0, 2);
    // `gi` before a vowel is an onset, except when the tone sits on its `i` and `i` + the rest is a
    // cluster: `gịa` (in `giặt gịa`) is g + ia, kept as written rather than moved to `giạ`.
    if (two === 'gi') {
      onset = n > 2 && isVowelLetter(base[2]) && !(tonePos === 1 && CLUSTERS.has(base.slice(1, vowelEnd(base, 1)))) ? 'gi' : 'g';
    }
    else onset = two;
  } else if (ONSETS1.includes(base[0])) onset = base[0];
  if (onset === '' && !isVowelLetter(base[0])) return null;
  if (base[0] === 'q' && onset !== 'qu') return null;
  let p = onset.length;
  const vowelStart = p;
  while (p < n && isVowelLetter(base[p])) p++;
  if (p === vowelStart) return null;
  const cluster = base.slice(vowelStart, p);
  const coda = base.slice(p);
  if (!CODAS.has(coda)) return null;
  const info = CLUSTERS.get(cluster);
  if (info === undefined) return null;
  if (coda === '' ? !info.open : !info.closed) return null;
  if (onset === 'qu' && (cluster[0] === 'u' || cluster[0] === 'o')) return null;
  const first = cluster[0];
  if ((onset === 'k' || onset === 'gh' || onset === 'ngh') && !FRONT.includes(first)) return null;
  if ((onset === 'c' || onset === 'ng') && FRONT.includes(first)) return null;
  if (onset === 'g' && first !== 'i' && FRONT.includes(first)) return null;
  if ((coda === 'c' || coda === 'ch' || coda === 'p' || coda === 't') && tone !== 0 && tone !== 2 && tone !== 5) {
    return null;
  }
  return {
    onset,
    medial: info.medial,
    nucleus: info.nucleus,
    glide: info.glide,
    coda,
    tone,
    tonePos,
    vowelStart,
    cluster,
  };
}

/**
 * Index within `cluster` of the vowel that carries the tone, for an open (`closed` false) or
 * closed syllable in the given style (1 traditional, 2 reformed; 0 is treated as traditional).
 */
export function toneIndexInCluster(cluster: string, closed: boolean, style: ToneStyle): number {
  let marked = -1;
  for (let i = 0; i < cluster.length; i++) if (SHAPED.includes(cluster[i])) marked = i;
  if (marked !== -1) return marked;
  if (closed) return cluster.length - 1;
  if (cluster.length === 1) return 0;
  if (cluster.length === 3) return 1;
  if (cluster === 'oa' || cluster === 'oe' || cluster === 'uy') return style === 2 ? 1 : 0;
  return 0;
}

/** The tone name for a tone index. */
export function toneName(t: number): ToneName {
  return TONE_NAMES[t];
}
