/**
 * The normalisation pipeline behind `normalize`, `normalizeWithOffsets` and `toMatchKey`. Internal.
 *
 * Passes, each skipped when it has nothing to do:
 *  1. clean-up: Ð (U+00D0) → Đ, no-break spaces → space, zero-width characters removed;
 *  2. NFC (the platform's `String.prototype.normalize`, applied per segment when offsets are wanted);
 *  3. tone placement (same length in NFC, so offsets are unchanged);
 *  4. NFD when asked for.
 * The offset variant keeps, for every output code unit, the index in the ORIGINAL input where it
 * starts; `offsets[out.length] === input.length`. Removed characters belong to the preceding output
 * unit (to the first one when they lead).
 */
import { assertString, checkBoolean, checkEnum, checkOptions } from './validate.js';
import { vowelInfo, vowelChar, tables } from './vi-letters.js';
import { toNFC, toNFD } from './unicode-form.js';

/**
 * Letter classes for the tone pass, one lookup per code unit below U+1F00: 0 not a Vietnamese
 * letter, 1 consonant, 2 plain vowel, 3 plain vowel with a tone, 4 shaped vowel (ă â ê ô ơ ư),
 * 5 shaped vowel with a tone.
 */
const CLASS = new Uint8Array(tables.limit);
for (let c = 0; c < tables.limit; c++) {
  if (tables.letter[c] === 0) continue;
  const info = tables.info[c];
  if (info === 0) {
    CLASS[c] = 1;
    continue;
  }
  const v = ((info - 1) / 12) | 0;
  const shaped = v === 1 || v === 2 || v === 4 || v === 7 || v === 8 || v === 10;
  const toned = ((info - 1) % 12) >> 1 !== 0;
  CLASS[c] = (shaped ? 4 : 2) + (toned ? 1 : 0);
}
import { analyzeSyllable, toneIndexInCluster, type ToneStyle } from './syllable.js';

export interface NormalizeOptions {
  /** Unicode normalisation form of the output. Default `'NFC'`. */
  form?: 'NFC' | 'NFD';
  /**
   * Tone-mark placement: `'keep'` (default) leaves it as written; `'traditional'` gives hòa, thủy,
   * khỏe; `'reformed'` gives hoà, thuỷ, khoẻ. Misplaced marks (`hóan`) are fixed by both styles.
   */
  tones?: 'keep' | 'traditional' | 'reformed';
  /** Replace Ð (U+00D0, Icelandic eth) with Đ (U+0110). Default `true`. */
  eth?: boolean;
  /** Replace no-break spaces (U+00A0, U+202F, U+2007) with a plain space. Default `true`. */
  spaces?: boolean;
  /**
   * Remove zero-width and invisible format characters: U+200B, U+2060, U+FEFF, the soft hyphen
   * U+00AD, and U+200C/U+200D next to Latin letters (kept inside emoji and Indic text). Default `true`.
   */
  zeroWidth?: boolean;
}

export const NORMALIZE_OPTION_KEYS = ['form', 'tones', 'eth', 'spaces', 'zeroWidth'] as const;

export interface Config {
  nfd: boolean;
  tones: ToneStyle;
  eth: boolean;
  spaces: boolean;
  zeroWidth: boolean;
}

const FORMS = ['NFC', 'NFD'] as const;
const TONES = ['keep', 'traditional', 'reformed'] as const;

/** Validates `text` and `options` for function `fn` and returns the resolved configuration. */
export function resolveConfig(text: unknown, options: unknown, fn: string): Config {
  assertString(text, fn);
  const o = checkOptions<NormalizeOptions>(options, fn, NORMALIZE_OPTION_KEYS);
  const form = checkEnum(o.form, fn, 'form', FORMS, 'NFC');
  const tones = checkEnum(o.tones, fn, 'tones', TONES, 'keep');
  return {
    nfd: form === 'NFD',
    tones: tones === 'keep' ? 0 : tones === 'traditional' ? 1 : 2,
    eth: checkBoolean(o.eth, fn, 'eth', true),
    spaces: checkBoolean(o.spaces, fn, 'spaces', true),
    zeroWidth: checkBoolean(o.zeroWidth, fn, 'zeroWidth', true),
  };
}

// ---------------------------------------------------------------------------------------------
// Character classes

/**
 * True for a code unit that is NFC-stable, a starter, never the second part of a canonical
 * composition and not a clean-up target, so it can be copied as is and splits the text into
 * independent NFC segments. Below U+0300 every character qualifies (clean-up targets are checked
 * separately); the precomposed Vietnamese vowels U+1EA0–U+1EF9; general punctuation U+2010–U+205E.
 */
function isStable(c: number): boolean {
  return c < 0x300 || (c >= 0x1ea0 && c <= 0x1ef9) || (c >= 0x2010 && c <= 0x205e);
}

/** Clean-up kind of a code unit: 0 none, 1 no-break space, 2 zero-width (always), 3 ZWJ/ZWNJ, 4 eth. */
function cleanKind(c: number): number {
  switch (c) {
    case 0xa0:
    case 0x202f:
    case 0x2007:
      return 1;
    case 0x200b:
    case 0x2060:
    case 0xfeff:
    case 0xad:
      return 2;
    case 0x200c:
    case 0x200d:
      return 3;
    case 0xd0:
      return 4;
    default:
      return 0;
  }
}

function isZeroWidth(c: number): boolean {
  const k = cleanKind(c);
  return k === 2 || k === 3;
}

/** Latin letter or digit for the ZWJ/ZWNJ rule (combining marks take their base's class). */
function isLatinAt(s: string, i: number, backwards: boolean): boolean {
  if (backwards) {
    while (i >= 0) {
      const c = s.charCodeAt(i);
      if (c >= 0x300 && c <= 0x36f) {
        i--;
        continue;
      }
      return isLatinChar(c);
    }
    return false;
  }
  return i < s.length && isLatinChar(s.charCodeAt(i));
}

function isLatinChar(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x300 && c <= 0x36f) ||
    (c >= 0x1e00 && c <= 0x1eff)
  );
}

/**
 * Index of the first code unit that is not plainly stable (or a clean-up target enabled in
 * `cfg`), or `s.length` when the whole text is stable NFC Vietnamese/ASCII. One charCodeAt scan.
 */
export function firstUnstable(s: string, cfg: Config): number {
  const n = s.length;
  const clean = cfg.eth || cfg.spaces || cfg.zeroWidth;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xa0) continue;
    if (c < 0x300) {
      if (clean && (c === 0xa0 || c === 0xad || c === 0xd0)) return i;
      continue;
    }
    if (c >= 0x1ea0 && c <= 0x1ef9) continue;
    if (c >= 0x2010 && c <= 0x205e && c !== 0x202f) continue;
    return i;
  }
  return n;
}

// ---------------------------------------------------------------------------------------------
// Offset bookkeeping

/** Growable output with, per output code unit, the index in the pass's source where it starts. */
class Builder {
  parts: string[] = [];
  len = 0;
  off: Uint32Array | null;
  constructor(withOffsets: boolean, capacity: number) {
    this.off = withOffsets ? new Uint32Array(capacity + 1) : null;
  }
  private grow(extra: number): void {
    const off = this.off!;
    if (this.len + extra + 1 <= off.length) return;
    const next = new Uint32Array(Math.max(off.length * 2, this.len + extra + 1));
    next.set(off.subarray(0, this.len));
    this.off = next;
  }
  /** Copies src[from, to) unchanged. */
  copy(src: string, from: number, to: number): void {
    if (to <= from) return;
    this.parts.push(from === 0 && to === src.length ? src : src.slice(from, to));
    if (this.off) {
      this.grow(to - from);
      const off = this.off;
      for (let k = from, j = this.len; k < to; k++, j++) off[j] = k;
    }
    this.len += to - from;
  }
  /** Emits `out`, which replaces src[from, to); maps unchanged prefix/suffix exactly, the rest coarsely. */
  replace(src: string, from: number, to: number, out: string): void {
    const m = out.length;
    if (this.off && m > 0) {
      this.grow(m);
      const off = this.off;
      // Unchanged prefix and suffix map one to one; never split a surrogate pair.
      let p = 0;
      const lim = Math.min(m, to - from);
      while (p < lim && out.charCodeAt(p) === src.charCodeAt(from + p)) p++;
      if (p > 0 && p < m && isHigh(out.charCodeAt(p - 1))) p--;
      let q = 0;
      while (q < lim - p && out.charCodeAt(m - 1 - q) === src.charCodeAt(to - 1 - q)) q++;
      if (q > 0 && q < m - p && isLow(out.charCodeAt(m - q))) q--;
      const base = this.len;
      for (let k = 0; k < p; k++) off[base + k] = from + k;
      // The changed middle: its first unit takes the whole changed source range.
      const midSrc = from + p;
      for (let k = p; k < m - q; k++) off[base + k] = k === p ? midSrc : to - q;
      for (let k = 0; k < q; k++) off[base + m - q + k] = to - q + k;
    }
    if (m > 0) this.parts.push(out);
    this.len += m;
  }
  /** Emits one code unit replacing src[i, i+1) (same length). */
  unit(code: number, i: number): void {
    if (this.off) {
      this.grow(1);
      this.off[this.len] = i;
    }
    this.parts.push(String.fromCharCode(code));
    this.len++;
  }
  /**
   * Finishes: returns the text and the offsets composed with `base` (offsets of the source into
   * the original; null = identity) so they point into the original input.
   */
  finish(srcLen: number, base: Uint32Array | null): { text: string; offsets: Uint32Array | null } {
    const text = this.parts.length === 1 ? this.parts[0] : this.parts.join('');
    if (!this.off) return { text, offsets: null };
    const off = this.off.length === this.len + 1 ? this.off : this.off.slice(0, this.len + 1);
    off[this.len] = srcLen;
    // Removed leading units belong to the first output unit.
    if (this.len > 0) off[0] = 0;
    if (base) for (let k = 0; k <= this.len; k++) off[k] = base[off[k]];
    return { text, offsets: off };
  }
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

type Pass = { text: string; offsets: Uint32Array | null };

// ---------------------------------------------------------------------------------------------
// Pass 1: clean-up

/** Applies the clean-up options from index `start` on (everything before is known clean). */
export function cleanPass(s: string, start: number, cfg: Config, withOffsets: boolean): Pass {
  const n = s.length;
  if (!(cfg.eth || cfg.spaces || cfg.zeroWidth)) return { text: s, offsets: null };
  let b: Builder | null = null;
  let pending = 0;
  for (let i = start; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xa0) continue;
    const kind = cleanKind(c);
    if (kind === 0) continue;
    if (kind === 1 && cfg.spaces) {
      b ??= new Builder(withOffsets, n);
      b.copy(s, pending, i);
      b.unit(0x20, i);
      pending = i + 1;
    } else if (kind === 4 && cfg.eth) {
      b ??= new Builder(withOffsets, n);
      b.copy(s, pending, i);
      b.unit(0x110, i);
      pending = i + 1;
    } else if ((kind === 2 || kind === 3) && cfg.zeroWidth) {
      // A run of zero-width characters: always-removable ones go; ZWJ/ZWNJ go when the run
      // touches a Latin letter or digit on either side (so emoji and Indic joiners stay).
      let e = i;
      while (e < n && isZeroWidth(s.charCodeAt(e))) e++;
      const latin = isLatinAt(s, i - 1, true) || isLatinAt(s, e, false);
      b ??= new Builder(withOffsets, n);
      b.copy(s, pending, i);
      for (let k = i; k < e; k++) {
        const ck = s.charCodeAt(k);
        if (cleanKind(ck) === 3 && !latin) b.unit(ck, k);
      }
      pending = e;
      i = e - 1;
    }
  }
  if (b === null) return { text: s, offsets: null };
  b.copy(s, pending, n);
  return b.finish(n, null);
}

// ---------------------------------------------------------------------------------------------
// Pass 2: NFC

/**
 * NFC with offsets: the text splits at stable starters into independent segments; each unstable
 * segment (with the stable starter before it, which may compose with it) goes through the platform's
 * NFC. The result equals `s.normalize('NFC')`.
 */
export function nfcPass(s: string, start: number, withOffsets: boolean, base: Uint32Array | null): Pass {
  if (!withOffsets) {
    const t = toNFC(s);
    return { text: t, offsets: base };
  }
  const n = s.length;
  let b: Builder | null = null;
  let pending = 0;
  let i = start;
  while (i < n) {
    if (isStable(s.charCodeAt(i))) {
      i++;
      continue;
    }
    const from = i > pending ? i - 1 : i;
    let e = i + 1;
    while (e < n && !isStable(s.charCodeAt(e))) e++;
    const seg = s.slice(from, e);
    const out = toNFC(seg);
    if (out !== seg) {
      b ??= new Builder(true, n);
      b.copy(s, pending, from);
      b.replace(s, from, e, out);
      pending = e;
    }
    i = e;
  }
  if (b === null) return { text: s, offsets: base };
  b.copy(s, pending, n);
  const r = b.finish(n, base);
  return r;
}

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/** Memo of tone moves per word (words repeat a lot in running text): fixed size, direct-mapped. */
const MEMO_SLOTS = 8192;
const MEMO_MASK = MEMO_SLOTS - 1;
const traditionalKeys: (string | undefined)[] = new Array(MEMO_SLOTS).fill(undefined);
const traditionalValues: string[] = new Array(MEMO_SLOTS).fill('');
const reformedKeys: (string | undefined)[] = new Array(MEMO_SLOTS).fill(undefined);
const reformedValues: string[] = new Array(MEMO_SLOTS).fill('');

/** True if `key` equals `s.slice(from, to)`. */
function sameWord(key: string, s: string, from: number, to: number): boolean {
  if (key.length !== to - from) return false;
  for (let k = 0; k < key.length; k++) if (key.charCodeAt(k) !== s.charCodeAt(from + k)) return false;
  return true;
}

/** The word with its tone mark where `style` puts it (the word itself when nothing moves). */
function rewriteWord(w: string, style: ToneStyle): string {
  const a = analyzeSyllable(w, 0, w.length);
  if (a === null || a.tonePos === -1) return w;
  const target = a.vowelStart + toneIndexInCluster(a.cluster, a.coda !== '', style);
  if (target === a.tonePos) return w;
  let out = '';
  for (let k = 0; k < w.length; k++) {
    if (k === a.tonePos || k === target) {
      const info = vowelInfo(w.charCodeAt(k)) - 1;
      out += String.fromCharCode(vowelChar((info / 12) | 0, k === target ? a.tone : 0, info & 1));
    } else {
      out += w[k];
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Pass 3: tone placement (on NFC text; length preserving)

/** Moves tone marks to the position the style asks for. Words that are not syllables are untouched. */
export function tonePass(s: string, style: ToneStyle): string {
  const n = s.length;
  let parts: string[] | null = null;
  let pending = 0;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c >= 0x1f00 || CLASS[c] === 0) {
      i++;
      continue;
    }
    // A run of letters: a candidate syllable.
    const from = i;
    let vowels = 0;
    let toned = false;
    // Tone on a shaped vowel with no shaped vowel after it is where both styles put it.
    let settled = false;
    while (i < n) {
      const d = s.charCodeAt(i);
      const k = d < 0x1f00 ? CLASS[d] : 0;
      if (k === 0) break;
      if (k >= 2) {
        vowels++;
        if (k === 3 || k === 5) {
          toned = true;
          settled = k === 5;
        } else if (k === 4) {
          settled = false;
        }
      }
      i++;
    }
    if (settled) continue;
    // A syllable has at most 8 letters; longer runs are not syllables (and stay out of the cache).
    if (!toned || vowels < 2 || i - from > 8) continue;
    // Leave words glued to other letters or marks alone (`hoàñ`, a leftover combining mark).
    // ASCII neighbours are never letters here (the run is maximal), so only test others.
    if (i < n && s.charCodeAt(i) >= 0x80 && LETTER_OR_MARK.test(s[i])) continue;
    if (from > 0 && s.charCodeAt(from - 1) >= 0x80 && LETTER_OR_MARK.test(s[from - 1])) continue;
    // Direct-mapped memo keyed by a hash of the word's code units: no allocation on a hit.
    let h: number = style;
    for (let k = from; k < i; k++) h = (Math.imul(h, 31) + s.charCodeAt(k)) | 0;
    const slot = (h ^ (h >>> 13)) & MEMO_MASK;
    const memoKeys = style === 2 ? reformedKeys : traditionalKeys;
    const memoValues = style === 2 ? reformedValues : traditionalValues;
    const cached = memoKeys[slot];
    let rep: string;
    if (cached !== undefined && sameWord(cached, s, from, i)) {
      rep = memoValues[slot];
      if (rep === cached) continue;
    } else {
      const key = s.slice(from, i);
      rep = rewriteWord(key, style);
      memoKeys[slot] = key;
      memoValues[slot] = rep;
      if (rep === key) continue;
    }
    parts ??= [];
    parts.push(s.slice(pending, from), rep);
    pending = i;
  }
  if (parts === null) return s;
  parts.push(s.slice(pending));
  return parts.join('');
}

// ---------------------------------------------------------------------------------------------
// Pass 4: NFD

/** NFD with offsets: segments are runs of code units at or above U+00C0 (everything below is NFD-stable). */
export function nfdPass(s: string, withOffsets: boolean, base: Uint32Array | null): Pass {
  if (!withOffsets) return { text: toNFD(s), offsets: base };
  const n = s.length;
  let b: Builder | null = null;
  let pending = 0;
  let i = 0;
  while (i < n) {
    if (s.charCodeAt(i) < 0xc0) {
      i++;
      continue;
    }
    let e = i + 1;
    while (e < n && s.charCodeAt(e) >= 0xc0) e++;
    const seg = s.slice(i, e);
    const out = toNFD(seg);
    if (out !== seg) {
      b ??= new Builder(true, n + (n >> 1));
      b.copy(s, pending, i);
      // Per character when that reproduces the segment's NFD (no reordering across characters).
      let joined = '';
      let ok = true;
      for (let k = i; k < e; k++) {
        const c = s.charCodeAt(k);
        if (c >= 0xd800 && c <= 0xdfff) {
          ok = false;
          break;
        }
        joined += s[k].normalize('NFD');
      }
      if (ok && joined === out) {
        for (let k = i; k < e; k++) b.replace(s, k, k + 1, s[k].normalize('NFD'));
      } else {
        b.replace(s, i, e, out);
      }
      pending = e;
    }
    i = e;
  }
  if (b === null) return { text: s, offsets: base };
  b.copy(s, pending, n);
  return b.finish(n, base);
}

// ---------------------------------------------------------------------------------------------
// Drivers

/**
 * Code units that are not plainly NFC-stable Vietnamese/ASCII, or are clean-up targets (PLAIN_FLAG
 * not 0). Found with a native regex scan, which on long plain stretches beats a charCodeAt loop.
 */
const NOT_PLAIN = /[\u00a0\u00ad\u00d0\u0300-\u1e9f\u1efa-\u2001\u2007\u200b-\u200f\u2028-\u202f\u205f-\uffff]/g;

/** Replacement for the zero-width run `match` at `i` in `s` under `cfg`. */
function cleanReplacement(s: string, i: number, match: string, cfg: Config): string {
  const c = match.charCodeAt(0);
  if (c === 0xd0) return cfg.eth ? '\u0110' : match;
  if (c === 0xa0 || c === 0x202f || c === 0x2007) return cfg.spaces ? ' ' : match;
  if (!cfg.zeroWidth) return match;
  const e = i + match.length;
  const latin = isLatinAt(s, i - 1, true) || isLatinAt(s, e, false);
  if (latin) return '';
  let kept = '';
  for (let k = 0; k < match.length; k++) if (cleanKind(match.charCodeAt(k)) === 3) kept += match[k];
  return kept;
}

/**
 * Per code unit (all 65 536): 0 NFC-stable and not a clean-up target (the complement of
 * NOT_PLAIN), 1 clean-up target (U+00A0, U+202F, U+2007 no-break spaces; U+00D0 eth; U+00AD,
 * U+200B–U+200D, U+2060, U+FEFF zero-width), 2 anything NFC might change (NOT_PLAIN's other units).
 */
const PLAIN_FLAG = new Uint8Array(0x10000);
for (let c = 0x300; c < 0x10000; c++) {
  if ((c >= 0x1ea0 && c <= 0x1ef9) || (c >= 0x2002 && c <= 0x200a) || (c >= 0x2010 && c <= 0x2027)) continue;
  if (c >= 0x2030 && c <= 0x205e) continue;
  PLAIN_FLAG[c] = 2;
}
for (const c of [0xa0, 0xad, 0xd0, 0x2007, 0x200b, 0x200c, 0x200d, 0x202f, 0x2060, 0xfeff]) PLAIN_FLAG[c] = 1;

/**
 * Index of the first code unit at or after `i` whose PLAIN_FLAG is not 0, or `s.length`. A native
 * regex scan (NOT_PLAIN matches exactly those units): faster than a charCodeAt loop over long
 * stretches of plain text. `test` instead of `exec` allocates nothing.
 */
function scanPlain(s: string, i: number): number {
  const re = NOT_PLAIN;
  re.lastIndex = i;
  const hit = re.test(s) ? re.lastIndex - 1 : s.length;
  re.lastIndex = 0;
  return hit;
}

/** Stable units between two unstable ones up to which one native NFC call covers both. */
const REGION_GAP = 64;
/**
 * A region longer than this takes the rest of the text: one regex clean-up pass and one native NFC
 * call then cost less than scanning on (NFC is fast over whatever is already composed).
 */
const REGION_MAX = 1 << 16;

/** True when the unit at `i` is a flag-0 (stable, not a target) unit or the end of `s`. */
function plainAt(s: string, i: number): boolean {
  return i >= s.length || PLAIN_FLAG[s.charCodeAt(i)] === 0;
}

/** Clean-up targets: a no-break space or eth, or a run of zero-width units (as in cleanReplacement). */
const TARGETS = /[\u00a0\u202f\u2007\u00d0]|[\u00ad\u200b-\u200d\u2060\ufeff]+/g;

/**
 * Clean-up of `s[from, e)` as the whole-text clean-up would do it: one native regex pass over the
 * region; zero-width neighbours are read from `s` itself, so the region's edges see the true context.
 */
function cleanRegion(s: string, from: number, e: number, cfg: Config): string {
  TARGETS.lastIndex = 0;
  return s.slice(from, e).replace(TARGETS, (m: string, at: number) => cleanReplacement(s, from + at, m, cfg));
}

/**
 * normalize()'s clean-up and NFC in one pass, equal to NFC(clean-up(s)). One charCodeAt scan with a
 * table lookup per non-ASCII unit; text with nothing to change is returned as is. A clean-up target
 * between stable units is replaced in place (output built from slices between hits). Anything NFC
 * might change opens a region from the stable starter before it to the next stretch of more than
 * REGION_GAP stable units; the region is cleaned and put through the platform's NFC in one call.
 * Regions begin and end at NFC-stable starters that never compose with what precedes them, so
 * NFC of the pieces equals NFC of the whole.
 */
function cleanAndCompose(s: string, cfg: Config): string {
  const n = s.length;
  // No clean-up: the platform's NFC is the answer, and on NFC text its quick check (which returns
  // the input itself) is faster than any scan written here.
  if (!(cfg.eth || cfg.spaces || cfg.zeroWidth)) return toNFC(s);
  let i = scanPlain(s, 0);
  if (i === n) return s;
  let out = '';
  let pending = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (PLAIN_FLAG[c] === 1) {
      // A target (or zero-width run) followed by a stable unit: replace in place.
      let e = i + 1;
      const zw = isZeroWidth(c);
      if (zw) while (e < n && isZeroWidth(s.charCodeAt(e))) e++;
      if (plainAt(s, e)) {
        if (zw ? cfg.zeroWidth : c === 0xd0 ? cfg.eth : cfg.spaces) {
          const rep = zw ? cleanReplacement(s, i, s.slice(i, e), cfg) : c === 0xd0 ? '\u0110' : ' ';
          out += s.slice(pending, i) + rep;
          pending = e;
        }
        i = scanPlain(s, e);
        continue;
      }
    }
    // A region for the platform's NFC: up to the first stretch of more than REGION_GAP stable
    // units (one pass, each unit read once); clean-up first only if the region holds a target.
    const from = i > pending ? i - 1 : i;
    const flag = PLAIN_FLAG;
    let last = i;
    let targets = flag[c] === 1;
    for (let k = i + 1; k < n; k++) {
      const d = s.charCodeAt(k);
      if (d >= 0x80 && flag[d] !== 0) {
        last = k;
        if (flag[d] === 1) targets = true;
      } else if (k - last > REGION_GAP) {
        break;
      }
      if (k - i > REGION_MAX) {
        // Dense unstable text (NFD input): hand the rest to the platform in one call.
        last = n - 1;
        targets = true;
        break;
      }
    }
    const j = last + 1;
    const region = targets ? cleanRegion(s, from, j, cfg) : s.slice(from, j);
    out += s.slice(pending, from) + toNFC(region);
    pending = j;
    i = scanPlain(s, j);
  }
  // A rope: no copy here when one region is the whole text; the caller's first read flattens it.
  return pending === 0 ? s : out + s.slice(pending);
}

/** normalize() without offsets. */
export function runNormalize(s: string, cfg: Config): string {
  let t = cleanAndCompose(s, cfg);
  if (cfg.tones !== 0) t = tonePass(t, cfg.tones);
  if (cfg.nfd) t = toNFD(t);
  return t;
}

/** Identity offsets 0..n. */
export function identityOffsets(n: number): Uint32Array {
  const off = new Uint32Array(n + 1);
  for (let i = 0; i <= n; i++) off[i] = i;
  return off;
}

/** normalizeWithOffsets(). */
export function runNormalizeWithOffsets(s: string, cfg: Config): { text: string; offsets: Uint32Array } {
  const first = firstUnstable(s, cfg);
  let t = s;
  let off: Uint32Array | null = null;
  if (first < s.length) {
    const c = cleanPass(s, first, cfg, true);
    t = c.text;
    off = c.offsets;
    const f = nfcPass(t, off === null ? first : 0, true, off);
    t = f.text;
    off = f.offsets;
  }
  if (cfg.tones !== 0) t = tonePass(t, cfg.tones);
  if (cfg.nfd) {
    const d = nfdPass(t, true, off);
    t = d.text;
    off = d.offsets;
  }
  if (off === null) off = identityOffsets(s.length);
  return { text: t, offsets: off };
}
