import { messages } from '../errors.js';
import { assertString, checkOptions } from '../_lib/validate.js';
import { toNFC } from '../_lib/unicode-form.js';
import {
  HashMap32,
  isWordSlot,
  SEQ_SEED,
  Work,
  matchLexicon,
  seqFinal,
  seqStep,
} from './engine.js';
import { decodeFast } from './fast-decode.js';
import { Prepared, joinMarks, prepareTokens } from './fast-prepare.js';
import { StringCache } from './string-cache.js';
import { SurfaceTable } from './surface-table.js';
import { loadModel, type Model } from './model.js';
import * as scan from './pre-tokenize.js';
import { createScanBuffer, preTokenize } from './pre-tokenize.js';
import { syllableKey } from './syllable-key.js';
import type { SegmentOptions, Segmenter, SegmenterOptions, Word, WordType } from './types.js';

// Local copies (see engine.ts).
const F_NEWLINE_BEFORE = scan.F_NEWLINE_BEFORE;
const F_GLUED = scan.F_GLUED;
const T_WORD = scan.T_WORD;
const T_PUNCT = scan.T_PUNCT;
const T_ABBR = scan.T_ABBR;
const SCAN_TYPES = scan.SCAN_TYPES;

const SEGMENT_OPTIONS: readonly string[] = [];
const SEGMENTER_OPTIONS: readonly string[] = ['words'];
/** Working buffers above this many tokens are released after the call instead of kept for reuse. */
export const RETAIN_TOKENS_LIMIT = 1 << 18;
/** Longest user-dictionary entry, in tokens. */
export const MAX_USER_WORD_TOKENS = 16;

/** Key of a non-word token inside a user dictionary entry (never collides with a syllable key). */
const literalKey = (s: string): string => '\u0000' + toNFC(s).toLowerCase();

interface UserDictionary {
  lexicon: HashMap32;
  extra: Map<string, number>;
  maxLen: number;
  hasLiterals: boolean;
}

/** Internal state of one segmenter: model, caches and reusable buffers. */
class SegmenterState {
  private model: Model | null = null;
  private interner: SurfaceTable | null = null;
  private user: UserDictionary | null = null;
  private readonly scan = new Prepared();
  private work = new Work();
  private strings: StringCache | null = null;

  constructor(private readonly userWords: readonly string[] | null) {}

  private init(): void {
    const model = loadModel();
    this.model = model;
    if (this.userWords && this.userWords.length > 0) this.user = this.buildUser(model, this.userWords);
    this.interner = new SurfaceTable(model.vocab, syllableKey, this.user ? this.user.extra : null);
  }

  private buildUser(model: Model, words: readonly string[]): UserDictionary {
    const extra = new Map<string, number>();
    const lexicon = new HashMap32(words.length);
    let next = model.vocabEnd;
    let maxLen = 0;
    let hasLiterals = false;
    const buf = createScanBuffer();
    for (const entry of words) {
      preTokenize(entry, buf);
      if (buf.count < 2 || buf.count > MAX_USER_WORD_TOKENS) continue; // validated in createSegmenter
      let h = SEQ_SEED;
      for (let t = 0; t < buf.count; t++) {
        const surface = entry.slice(buf.data[t * 3], buf.data[t * 3 + 1]);
        const isWord = isWordSlot(buf.data[t * 3 + 2]);
        const key = isWord ? syllableKey(surface) : literalKey(surface);
        if (!isWord) hasLiterals = true;
        let id = isWord ? model.vocab.get(key) : undefined;
        if (id === undefined) {
          id = extra.get(key);
          if (id === undefined) extra.set(key, (id = next++));
        }
        h = seqStep(h, id);
      }
      lexicon.add(seqFinal(h, buf.count), 1);
      if (buf.count > maxLen) maxLen = buf.count;
    }
    return { lexicon, extra, maxLen, hasLiterals };
  }

  /** Runs the model over `text`; leaves tokens in `this.scan` and decisions in `this.work.join`. */
  private run(text: string): number {
    if (!this.model) this.init();
    const model = this.model!;
    const w = this.work;
    prepareTokens(text, this.scan, w, this.interner!, model.vocabEnd);
    const n = this.scan.count;
    const data = this.scan.data;
    matchLexicon(w, n, model.lexicon);
    decodeFast(w, n, model.weights, model.tables, model.rows);
    joinMarks(text, this.scan, w);
    if (this.user) this.applyUser(text, data, n, this.user);
    return n;
  }

  /** Drops buffers grown by a very large input, so one big call does not pin memory. */
  private release(): void {
    if (this.work.cap > RETAIN_TOKENS_LIMIT) this.work = new Work();
    this.scan.data = new Uint32Array(0);
    this.scan.count = 0;
    if (this.scan.entries.length > RETAIN_TOKENS_LIMIT) this.scan.entries = new Int32Array(64);
    if (this.scan.marks.length > RETAIN_TOKENS_LIMIT) this.scan.marks = new Uint32Array(64);
  }

  segment(text: string): Word[] {
    if (text.length === 0) return [];
    const n = this.run(text);
    const data = this.scan.data;
    const join = this.work.join;
    const strings = (this.strings ??= new StringCache());
    const table = this.interner!;
    const entries = this.scan.entries;
    const entriesValid = this.scan.entriesValid;
    let words = 0;
    for (let t = 0; t < n; t++) if (!join[t] || t + 1 === n) words++;
    // Preallocated and filled in order; every object has the same shape, built in one literal.
    const out: Word[] = new Array<Word>(words);
    let first = 0;
    let k = 0;
    for (let t = 0; t < n; t++) {
      if (join[t] && t + 1 < n) continue;
      const start = data[first * 3];
      const end = data[t * 3 + 1];
      const type: WordType =
        first === t ? (SCAN_TYPES[data[t * 3 + 2] & 0xff] as WordType) : (data[t * 3 + 2] & 0xff) === T_PUNCT ? 'abbr' : 'word';
      // A one-syllable word takes its interned string; others go through the string cache.
      const entry = first === t && entriesValid ? entries[t] : -1;
      const str = entry >= 0 ? table.surface(entry, text, start, end) : strings.slice(text, start, end);
      out[k++] = { text: str, start, end, type };
      first = t + 1;
    }
    this.release();
    return out;
  }

  /**
   * The `cán_bộ đội_ngũ` form: tokens of one word joined by `_` (nothing where they touch, as in
   * `H.`), words by one space. Built from token boundaries, so any whitespace (NBSP, zero-width
   * space, ideographic space) inside a word becomes one `_`.
   */
  toString(text: string): string {
    if (text.length === 0) return '';
    const n = this.run(text);
    const data = this.scan.data;
    const join = this.work.join;
    const parts: string[] = [];
    for (let t = 0; t < n; t++) {
      if (t > 0) {
        if (!join[t - 1]) parts.push(' ');
        else if ((data[t * 3 + 2] & F_GLUED) === 0) parts.push('_');
      }
      parts.push(text.slice(data[t * 3], data[t * 3 + 1]));
    }
    this.release();
    return parts.join('');
  }

  offsets(text: string): Uint32Array {
    if (text.length === 0) return new Uint32Array(0);
    const n = this.run(text);
    const data = this.scan.data;
    const join = this.work.join;
    let words = 0;
    for (let t = 0; t < n; t++) if (!join[t] || t + 1 === n) words++;
    const out = new Uint32Array(words * 3);
    let first = 0;
    let k = 0;
    for (let t = 0; t < n; t++) {
      if (join[t] && t + 1 < n) continue;
      out[k++] = data[first * 3];
      out[k++] = data[t * 3 + 1];
      out[k++] = first === t ? data[t * 3 + 2] & 0xff : (data[t * 3 + 2] & 0xff) === T_PUNCT ? T_ABBR : T_WORD;
      first = t + 1;
    }
    this.release();
    return out;
  }

  /** Forces user-dictionary words (leftmost longest match) to be single words. */
  private applyUser(text: string, data: Uint32Array, n: number, user: UserDictionary): void {
    const { kid, join } = this.work;
    if (user.hasLiterals) {
      for (let t = 0; t < n; t++) {
        if (!isWordSlot(data[t * 3 + 2])) {
          kid[t] = user.extra.get(literalKey(text.slice(data[t * 3], data[t * 3 + 1]))) ?? -1;
        }
      }
    }
    for (let s = 0; s < n; ) {
      let best = 0;
      if (kid[s] >= 0) {
        let h = seqStep(SEQ_SEED, kid[s]);
        for (let L = 2; L <= user.maxLen && s + L <= n; L++) {
          const t = s + L - 1;
          if (kid[t] < 0 || data[t * 3 + 2] & F_NEWLINE_BEFORE) break;
          h = seqStep(h, kid[t]);
          if (user.lexicon.get(seqFinal(h, L)) !== 0) best = L;
        }
      }
      if (best === 0) {
        s++;
        continue;
      }
      if (s > 0) join[s - 1] = 0;
      for (let g = s; g < s + best - 1; g++) join[g] = 1;
      join[s + best - 1] = 0;
      s += best;
    }
  }
}

/** Internal: state behind the default `segment`/`segmentToString`, created on first use. */
let defaultState: SegmenterState | null = null;
export function defaultSegmenterState(): SegmenterState {
  return (defaultState ??= new SegmenterState(null));
}
export type { SegmenterState };

/**
 * Creates a word segmenter with a user dictionary. The returned functions behave like
 * `segment` and `segmentToString`, except that every occurrence of a dictionary word
 * (leftmost, longest first; matched ignoring case, NFC/NFD and tone style) is kept as one word.
 *
 * @param options - `{ words }`: the user dictionary (strings of two or more tokens).
 * @returns `{ segment, segmentToString, segmentOffsets }` bound to the dictionary.
 * @throws {TypeError} If options is not an object or `words` is not an array of strings.
 * @throws {RangeError} On an unknown option key, or a dictionary entry of more than
 *   MAX_USER_WORD_TOKENS (16) tokens.
 * @example
 * const { segmentToString } = createSegmenter({ words: ['Quận 10', 'Đặng Quốc Toàn'] });
 * segmentToString('Bí thư Quận ủy Quận 10 Đặng Quốc Toàn');
 * // → 'Bí_thư Quận_ủy Quận_10 Đặng_Quốc_Toàn'
 */
export function createSegmenter(options?: SegmenterOptions): Segmenter {
  const opts = checkOptions<SegmenterOptions>(options, 'createSegmenter', SEGMENTER_OPTIONS);
  let words: string[] | null = null;
  if (opts.words !== undefined) {
    if (!Array.isArray(opts.words)) {
      throw new TypeError(messages.invalidOptionType('createSegmenter', 'words', opts.words, 'an array of strings'));
    }
    words = [];
    for (const entry of opts.words as unknown[]) {
      if (typeof entry !== 'string') {
        throw new TypeError(messages.invalidOptionType('createSegmenter', 'words', entry, 'an array of strings'));
      }
      words.push(entry);
    }
    // Validate entry lengths now, not on the first call.
    const buf = createScanBuffer();
    for (const entry of words) {
      preTokenize(entry, buf);
      if (buf.count > MAX_USER_WORD_TOKENS) {
        const shown = entry.length > 80 ? entry.slice(0, 80) + '…' : entry;
        throw new RangeError(messages.invalidArgument('createSegmenter', 'words entry', shown, `at most ${MAX_USER_WORD_TOKENS} tokens`));
      }
    }
  }
  const state = new SegmenterState(words);
  return {
    segment(text: string, segmentOptions?: SegmentOptions): Word[] {
      assertString(text, 'segment');
      checkOptions(segmentOptions, 'segment', SEGMENT_OPTIONS);
      return state.segment(text);
    },
    segmentToString(text: string, segmentOptions?: SegmentOptions): string {
      assertString(text, 'segmentToString');
      checkOptions(segmentOptions, 'segmentToString', SEGMENT_OPTIONS);
      return state.toString(text);
    },
    segmentOffsets(text: string, segmentOptions?: SegmentOptions): Uint32Array {
      assertString(text, 'segmentOffsets');
      checkOptions(segmentOptions, 'segmentOffsets', SEGMENT_OPTIONS);
      return state.offsets(text);
    },
  };
}

/** Validates the arguments of the default `segment`/`segmentToString`. */
export function checkSegmentArgs(text: unknown, options: unknown, fn: string): asserts text is string {
  assertString(text, fn);
  checkOptions(options, fn, SEGMENT_OPTIONS);
}
