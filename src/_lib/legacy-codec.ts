/**
 * Codecs for legacy Vietnamese encodings (VNI-Windows, TCVN3/ABC, VIQR) and encoding detection.
 * Internal; tables and their source are in ./legacy-tables.ts.
 *
 * Legacy input is a string whose code units are bytes (latin1) or windows-1252 code points; output
 * of the byte encoders is a string of code units 0–255, ready for `Buffer.from(s, 'latin1')`.
 */
import {
  CP1252_HIGH,
  TCVN3_CAPITALS,
  TCVN3_D_LOWER,
  TCVN3_D_UPPER,
  TCVN3_VOWELS,
  VNI_BREVE,
  VNI_CIRCUMFLEX,
  VNI_D,
  VNI_I,
  VNI_O_HORN,
  VNI_TONE,
  VNI_U_HORN,
  VNI_Y_NANG,
} from './legacy-tables.js';
import { D_STROKE, D_STROKE_UPPER, VOWEL_ASCII, vowelChar, vowelInfo, isVietLetter } from './vi-letters.js';
import { analyzeSyllable, toneIndexInCluster } from './syllable.js';
import { messages } from '../errors.js';
import { toNFC } from './unicode-form.js';

export type LegacyEncoding = 'vni' | 'tcvn3' | 'viqr';

export const LEGACY_ENCODINGS: readonly LegacyEncoding[] = ['vni', 'tcvn3', 'viqr'];

/** Throws a RangeError unless `enc` is a supported legacy encoding. */
export function checkEncoding(enc: unknown, fn: string): LegacyEncoding {
  if (!(LEGACY_ENCODINGS as readonly unknown[]).includes(enc)) {
    throw new RangeError(messages.invalidArgument(fn, 'encoding', enc, LEGACY_ENCODINGS.map((e) => `"${e}"`).join(', ')));
  }
  return enc as LegacyEncoding;
}


// ---------------------------------------------------------------------------------------------
// Bytes ⇄ code units

/** windows-1252 code point → byte (0x80–0x9F). */
const CP1252_BYTE = new Map<number, number>();
CP1252_HIGH.forEach((cp, i) => {
  if (cp !== 0) CP1252_BYTE.set(cp, 0x80 + i);
});

/** The byte a code unit stands for (latin1 or windows-1252 reading), or -1 if it is not a byte. */
function toByte(c: number): number {
  if (c <= 0xff) return c;
  return CP1252_BYTE.get(c) ?? -1;
}

/** Unicode for a non-letter byte: windows-1252 for 0x80–0x9F (where defined), else latin1. */
function byteChar(b: number): number {
  if (b >= 0x80 && b <= 0x9f) {
    const cp = CP1252_HIGH[b - 0x80];
    return cp === 0 ? b : cp;
  }
  return b;
}

/** Normalises a Unicode code unit for output to a byte string: windows-1252 specials → bytes. */
function unitToByteString(c: number): number {
  const b = CP1252_BYTE.get(c);
  return b === undefined ? c : b;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/** Base vowel index of an ASCII vowel letter (a e i o u y, any case), or -1. */
function asciiVowel(c: number): number {
  switch (c | 0x20) {
    case 0x61:
      return 0;
    case 0x65:
      return 3;
    case 0x69:
      return 5;
    case 0x6f:
      return 6;
    case 0x75:
      return 9;
    case 0x79:
      return 11;
    default:
      return -1;
  }
}

function fromCodes(codes: number[]): string {
  let out = '';
  for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode.apply(null, codes.slice(i, i + 8192));
  return out;
}

// ---------------------------------------------------------------------------------------------
// TCVN3

/** byte → `1 + vowel*12 + tone*2 + upper` for vowels, or a negative code point for other letters. */
const TCVN3_DECODE = new Int32Array(256);
for (let v = 0; v < 12; v++) {
  for (let t = 0; t < 6; t++) {
    const b = TCVN3_VOWELS[v][t];
    if (b >= 0x80) TCVN3_DECODE[b] = 1 + v * 12 + t * 2;
  }
}
for (const [v, b] of Object.entries(TCVN3_CAPITALS)) TCVN3_DECODE[b] = 1 + Number(v) * 12 + 1;
TCVN3_DECODE[TCVN3_D_LOWER] = -D_STROKE;
TCVN3_DECODE[TCVN3_D_UPPER] = -D_STROKE_UPPER;

const WORD_REACH = 12;

function isUpperLetter(c: number): boolean {
  if (c >= 0x41 && c <= 0x5a) return true;
  if (c === D_STROKE_UPPER) return true;
  const info = vowelInfo(c);
  return info !== 0 && ((info - 1) & 1) === 1;
}

/**
 * TCVN3 → Unicode (NFC). Same length as the input: one byte, one code unit. Toned vowels come out
 * lowercase unless every other cased letter of their word is a capital and there are at least two
 * (`HµNéI`-style words typed in a capitals font), which is the best the bytes allow.
 */
export function decodeTcvn3(s: string): string {
  const n = s.length;
  const codes = new Array<number>(n);
  let caseless: number[] | null = null;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const b = toByte(c);
    if (b < 0x80) {
      codes[i] = c;
      continue;
    }
    const d = TCVN3_DECODE[b];
    if (d > 0) {
      const k = d - 1;
      codes[i] = vowelChar((k / 12) | 0, ((k % 12) >> 1), k & 1);
      if ((k % 12) >> 1 !== 0) (caseless ??= []).push(i);
    } else if (d < 0) {
      codes[i] = -d;
    } else {
      codes[i] = byteChar(b);
    }
  }
  if (caseless) {
    const flag = new Uint8Array(n);
    for (const i of caseless) flag[i] = 1;
    for (const i of caseless) {
      let upper = 0;
      let lower = 0;
      let k = i - 1;
      // Words are short; looking at most WORD_REACH letters each way keeps this linear.
      for (; k >= 0 && k > i - WORD_REACH && isVietLetter(codes[k]); k--) {
        if (flag[k]) continue;
        if (isUpperLetter(codes[k])) upper++;
        else lower++;
      }
      for (k = i + 1; k < n && k < i + WORD_REACH && isVietLetter(codes[k]); k++) {
        if (flag[k]) continue;
        if (isUpperLetter(codes[k])) upper++;
        else lower++;
      }
      if (upper >= 2 && lower === 0) {
        const info = vowelInfo(codes[i]) - 1;
        codes[i] = vowelChar((info / 12) | 0, (info % 12) >> 1, 1);
      }
    }
  }
  return fromCodes(codes);
}

/** Unicode → TCVN3 bytes. Toned capitals become the lowercase bytes (TCVN3 has no others). */
export function encodeTcvn3(s: string): string {
  const t = toNFC(s);
  const codes: number[] = [];
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    const info = vowelInfo(c);
    if (info !== 0) {
      const k = info - 1;
      const v = (k / 12) | 0;
      const tone = (k % 12) >> 1;
      const upper = k & 1;
      if (upper && tone === 0) {
        codes.push(TCVN3_CAPITALS[v] ?? VOWEL_ASCII.charCodeAt(v) - 0x20);
      } else {
        codes.push(TCVN3_VOWELS[v][tone]);
      }
    } else if (c === D_STROKE) codes.push(TCVN3_D_LOWER);
    else if (c === D_STROKE_UPPER) codes.push(TCVN3_D_UPPER);
    else codes.push(unitToByteString(c));
  }
  return fromCodes(codes);
}

// ---------------------------------------------------------------------------------------------
// VNI-Windows

/** lowercase mark byte → [group, tone]: group 0 tone after plain vowel, 1 circumflex, 2 breve. */
const VNI_MARK = new Map<number, [number, number]>();
VNI_TONE.forEach((b, i) => VNI_MARK.set(b, [0, i + 1]));
VNI_CIRCUMFLEX.forEach((b, i) => VNI_MARK.set(b, [1, i]));
VNI_BREVE.forEach((b, i) => VNI_MARK.set(b, [2, i]));
/** lowercase single byte → [vowel, tone] for ì í ỉ ĩ ị ỵ. */
const VNI_SINGLE = new Map<number, [number, number]>();
VNI_I.forEach((b, i) => VNI_SINGLE.set(b, [5, i + 1]));
VNI_SINGLE.set(VNI_Y_NANG, [11, 5]);

/** A VNI mark byte (either case) following a base: returns its lowercase form or -1. */
function vniMarkByte(c: number): number {
  const b = toByte(c);
  if (b < 0xc0) return -1;
  const lower = b < 0xe0 ? b + 0x20 : b;
  return VNI_MARK.has(lower) ? lower : -1;
}

/** VNI-Windows → Unicode (NFC). */
export function decodeVni(s: string): string {
  const n = s.length;
  const codes: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const b = toByte(c);
    let v = -1;
    let upper = 0;
    if (b < 0x80) {
      v = asciiVowel(b);
      upper = b < 0x60 ? 1 : 0;
      if (v === -1) {
        codes.push(c);
        continue;
      }
    } else if (b === VNI_O_HORN || b === VNI_O_HORN - 0x20) {
      v = 8;
      upper = b === VNI_O_HORN ? 0 : 1;
    } else if (b === VNI_U_HORN || b === VNI_U_HORN - 0x20) {
      v = 10;
      upper = b === VNI_U_HORN ? 0 : 1;
    } else if (b === VNI_D || b === VNI_D - 0x20) {
      codes.push(b === VNI_D ? D_STROKE : D_STROKE_UPPER);
      continue;
    } else {
      const lower = b >= 0xc0 && b < 0xe0 ? b + 0x20 : b;
      const single = b >= 0xc0 ? VNI_SINGLE.get(lower) : undefined;
      if (single) {
        codes.push(vowelChar(single[0], single[1], lower === b ? 0 : 1));
      } else {
        codes.push(b < 0 ? c : byteChar(b));
      }
      continue;
    }
    // A vowel base: combine with a following mark byte if it fits.
    let tone = 0;
    if (i + 1 < n) {
      const m = vniMarkByte(s.charCodeAt(i + 1));
      if (m !== -1) {
        const [group, t] = VNI_MARK.get(m)!;
        if (group === 0 && v !== 5) {
          tone = t;
          i++;
        } else if (group === 1 && (v === 0 || v === 3 || v === 6)) {
          v = v === 0 ? 2 : v === 3 ? 4 : 7;
          tone = t;
          i++;
        } else if (group === 2 && v === 0) {
          v = 1;
          tone = t;
          i++;
        }
      }
    }
    codes.push(vowelChar(v, tone, upper));
  }
  return fromCodes(codes);
}

/** Unicode → VNI-Windows bytes. */
export function encodeVni(s: string): string {
  const t = toNFC(s);
  const codes: number[] = [];
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    const info = vowelInfo(c);
    if (info === 0) {
      if (c === D_STROKE) codes.push(VNI_D);
      else if (c === D_STROKE_UPPER) codes.push(VNI_D - 0x20);
      else codes.push(unitToByteString(c));
      continue;
    }
    const k = info - 1;
    const v = (k / 12) | 0;
    const tone = (k % 12) >> 1;
    const up = k & 1 ? 0x20 : 0;
    const ascii = VOWEL_ASCII.charCodeAt(v) - up;
    if (v === 5) {
      codes.push(tone === 0 ? ascii : VNI_I[tone - 1] - up);
    } else if (v === 11 && tone === 5) {
      codes.push(VNI_Y_NANG - up);
    } else if (v === 2 || v === 4 || v === 7) {
      codes.push(ascii, VNI_CIRCUMFLEX[tone] - up);
    } else if (v === 1) {
      codes.push(ascii, VNI_BREVE[tone] - up);
    } else {
      codes.push(v === 8 ? VNI_O_HORN - up : v === 10 ? VNI_U_HORN - up : ascii);
      if (tone !== 0) codes.push(VNI_TONE[tone - 1] - up);
    }
  }
  return fromCodes(codes);
}

// ---------------------------------------------------------------------------------------------
// VIQR (RFC 1456)

const VIQR_TONES = '\0`\'?~.';
const VIQR_MARKS = "(^+`'?~.";

function isViqrEscapable(c: string): boolean {
  return VIQR_MARKS.includes(c) || c === 'd' || c === 'D' || c === '\\';
}

/**
 * VIQR → Unicode (NFC): `a(`=ă, `a^`=â, `e^`=ê, `o^`=ô, `o+`=ơ, `u+`=ư, `dd`=đ, `DD`/`Dd`=Đ; tones `` ` `` huyền, `'` sắc, `?` hỏi, `~` ngã, `.` nặng, written after the vowel (and after
 * its shape mark). A backslash makes the next mark literal: `ddi\.` = `đi.`.
 */
export function decodeViqr(s: string): string {
  const n = s.length;
  let out = '';
  for (let i = 0; i < n; i++) {
    const ch = s[i];
    const c = s.charCodeAt(i);
    if (ch === '\\' && i + 1 < n && isViqrEscapable(s[i + 1])) {
      out += s[i + 1];
      i++;
      continue;
    }
    if ((ch === 'd' || ch === 'D') && (s[i + 1] === 'd' || s[i + 1] === 'D')) {
      out += ch === 'D' ? 'Đ' : 'đ';
      i++;
      continue;
    }
    let v = asciiVowel(c);
    if (v === -1 || !isAsciiLetter(c)) {
      out += ch;
      continue;
    }
    const upper = c < 0x60 ? 1 : 0;
    let j = i + 1;
    const m = s[j];
    if (m === '(' && v === 0) {
      v = 1;
      j++;
    } else if (m === '^' && (v === 0 || v === 3 || v === 6)) {
      v = v === 0 ? 2 : v === 3 ? 4 : 7;
      j++;
    } else if (m === '+' && (v === 6 || v === 9)) {
      v = v === 6 ? 8 : 10;
      j++;
    }
    let tone = 0;
    if (j < n) {
      const t = VIQR_TONES.indexOf(s[j]);
      if (t > 0) {
        tone = t;
        j++;
      }
    }
    out += String.fromCharCode(vowelChar(v, tone, upper));
    i = j - 1;
  }
  return out;
}

const VIQR_SHAPE = ['', '(', '^', '', '^', '', '', '^', '+', '', '+', ''];

/** Unicode → VIQR, escaping literal marks that a decoder would otherwise read as marks. */
export function encodeViqr(s: string): string {
  const t = toNFC(s);
  let out = '';
  let afterVowel = false;
  for (let i = 0; i < t.length; i++) {
    const ch = t[i];
    const c = t.charCodeAt(i);
    const info = vowelInfo(c);
    if (info !== 0) {
      const k = info - 1;
      const v = (k / 12) | 0;
      const tone = (k % 12) >> 1;
      out += (k & 1 ? VOWEL_ASCII[v].toUpperCase() : VOWEL_ASCII[v]) + VIQR_SHAPE[v] + (tone ? VIQR_TONES[tone] : '');
      afterVowel = true;
      continue;
    }
    if (c === D_STROKE || c === D_STROKE_UPPER) {
      out += c === D_STROKE ? 'dd' : 'DD';
    } else if (ch === '\\') {
      out += '\\\\';
    } else if (afterVowel && VIQR_MARKS.includes(ch)) {
      out += '\\' + ch;
    } else if ((ch === 'd' || ch === 'D') && i + 1 < t.length && 'dDđĐ'.includes(t[i + 1])) {
      // A literal d/D that a decoder would pair with the next d (or with đ's "dd").
      out += '\\' + ch;
    } else {
      out += ch;
    }
    afterVowel = false;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Detection

/** Detection reads at most this many code units from the start of the text. */
export const DETECT_SAMPLE = 200_000;

const WORD = /[\p{L}\p{M}]+/gu;

/** Words containing a non-ASCII letter: [valid Vietnamese syllables, others]. */
function scoreWords(s: string): [number, number] {
  let good = 0;
  let bad = 0;
  for (const m of s.matchAll(WORD)) {
    const w = m[0];
    let ascii = true;
    for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) > 0x7f) ascii = false;
    if (ascii) continue;
    // No syllable is this long even in NFD; skipping NFC here also keeps huge mark runs linear.
    if (w.length > 24) {
      bad++;
      continue;
    }
    const nfc = w.normalize('NFC');
    const a = analyzeSyllable(nfc, 0, nfc.length);
    // Strict: the tone must sit where one of the two styles puts it (garbage rarely does).
    if (a !== null && (a.tonePos === -1 || a.tonePos === a.vowelStart + toneIndexInCluster(a.cluster, a.coda !== '', 1) || a.tonePos === a.vowelStart + toneIndexInCluster(a.cluster, a.coda !== '', 2))) good++;
    else bad++;
  }
  return [good, bad];
}

/** VIQR evidence that plain English punctuation does not give: marks inside words, `dd` onsets. */
const VIQR_STRONG = /[aeiouyAEIOUY][(^+]|[aeiouyAEIOUY][`'?~.][a-zA-Z]|(?:^|[^a-zA-Z])[dD][dD][aeiouAEIOU]/g;

export interface Detection {
  encoding: 'unicode' | LegacyEncoding;
  confidence: number;
}

/**
 * True when `s` is a byte string (latin1 or windows-1252 code units) that is valid UTF-8 with at
 * least one multi-byte sequence: Unicode text read with the wrong decoder (`Thá»© Hai`).
 * `stream` lets a sample end inside a sequence.
 */
export function isUtf8Bytes(s: string, sample: boolean): boolean {
  if (typeof TextDecoder !== 'function') return false;
  const bytes = new Uint8Array(s.length);
  let high = false;
  for (let i = 0; i < s.length; i++) {
    const b = toByte(s.charCodeAt(i));
    if (b === -1) return false;
    if (b >= 0x80) high = true;
    bytes[i] = b;
  }
  if (!high) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: sample });
    return true;
  } catch {
    return false;
  }
}

/** Decodes a byte string (latin1 or windows-1252 code units) as UTF-8. */
export function decodeUtf8Bytes(s: string): string {
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) bytes[i] = toByte(s.charCodeAt(i));
  return new TextDecoder('utf-8').decode(bytes);
}

function confidenceOf(good: number, bad: number): number {
  if (good + bad === 0) return 0;
  const ratio = good / (good + bad);
  return Math.round(ratio * (1 - Math.pow(0.5, good)) * 1000) / 1000;
}

/**
 * Detects the encoding by decoding a sample each way and counting the words that become valid
 * Vietnamese syllables (the syllable model of ./syllable.ts) against those that do not.
 */
export function detect(text: string): Detection {
  const s = text.length > DETECT_SAMPLE ? text.slice(0, DETECT_SAMPLE) : text;
  let bytes = true;
  for (let i = 0; i < s.length; i++) {
    if (toByte(s.charCodeAt(i)) === -1) {
      bytes = false;
      break;
    }
  }
  // UTF-8 read as bytes is Unicode, not a legacy encoding (fixEncoding repairs it).
  if (bytes && isUtf8Bytes(s, s.length < text.length)) return { encoding: 'unicode', confidence: 1 };
  const [uGood, uBad] = scoreWords(s);
  if (!bytes) return { encoding: 'unicode', confidence: uBad === 0 ? 1 : Math.max(0.5, confidenceOf(uGood, uBad)) };
  const candidates: [Detection['encoding'], number, number][] = [['unicode', uGood, uBad]];
  const [tGood, tBad] = scoreWords(decodeTcvn3(s));
  candidates.push(['tcvn3', tGood, tBad]);
  const [vGood, vBad] = scoreWords(decodeVni(s));
  candidates.push(['vni', vGood, vBad]);
  const strong = s.match(VIQR_STRONG)?.length ?? 0;
  if (strong > 0) {
    const [qGood, qBad] = scoreWords(decodeViqr(s));
    candidates.push(['viqr', Math.min(qGood, strong), qBad]);
  }
  let best = candidates[0];
  for (const c of candidates) if (c[1] - c[2] > best[1] - best[2]) best = c;
  if (best[0] === 'unicode') {
    return { encoding: 'unicode', confidence: uGood + uBad === 0 ? 1 : Math.max(0.5, confidenceOf(uGood, uBad)) };
  }
  return { encoding: best[0], confidence: confidenceOf(best[1], best[2]) };
}
