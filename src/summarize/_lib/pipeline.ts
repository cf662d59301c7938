// Shared steps of parseArticle, summarize and analyze, written to take precomputed pieces so
// analyze parses, splits and scans once. Internal.

import type { Range, Structure } from './structure.js';
import { splitSentences } from '../../tokenize/index.js';
import { scanSyllables, type SyllableScan } from './terms.js';
import { segment } from '../../segment/index.js';
import { DEFAULT_WEIGHTS, scoreSentences, selectSentences, type RankInput, type RankMethod } from './rank.js';
import { toNFC } from '../../_lib/unicode-form.js';

/** One body sentence with its scan. */
export interface BodySentence extends Range {
  paragraph: number;
  paragraphFirst: boolean;
  scan: SyllableScan;
  /** Segmented words (`cán bộ`), lowercase NFC. */
  words: string[];
}

/**
 * Splits the body paragraphs into sentences, scans each once into syllables, and segments the
 * body once (vietext/segment) into words, handed to each sentence by offset.
 */
export function bodySentences(text: string, structure: Structure): BodySentence[] {
  const out: BodySentence[] = [];
  structure.paragraphs.forEach((p, paragraph) => {
    // vietext/tokenize's splitter, per paragraph, shifted back to offsets into `text`.
    const ranges = splitSentences(text.slice(p.start, p.end)).map((r) => ({ start: r.start + p.start, end: r.end + p.start }));
    ranges.forEach((r, k) => {
      out.push({ start: r.start, end: r.end, paragraph, paragraphFirst: k === 0, scan: scanSyllables(text, r.start, r.end), words: [] });
    });
  });
  if (out.length === 0) return out;
  // Segment only the body's extent (from the lead to the last paragraph), once.
  const from = out[0]!.start;
  const to = out[out.length - 1]!.end;
  const words = segment(text.slice(from, to));
  let j = 0;
  for (const s of out) {
    while (j < words.length && words[j]!.start + from < s.start) j++;
    while (j < words.length && words[j]!.end + from <= s.end) {
      const w = words[j]!;
      if (w.type === 'word') s.words.push(wordKey(w.text));
      j++;
    }
  }
  return out;
}

const SPACES = /\s+/g;

/** Lowercase NFC key of a segmented word; `Ð` (U+00D0, typed for Đ) reads as `đ`. */
function wordKey(text: string): string {
  const key = toNFC(text).toLowerCase().replace(SPACES, ' ');
  return key.includes('\u00f0') ? key.replaceAll('\u00f0', '\u0111') : key;
}

/** Officials (or any spans) per sentence: spans counted in the sentence their start falls in. Linear after a sort. */
export function countPerSentence(sentences: readonly Range[], spans: readonly { start: number }[]): number[] {
  const counts = new Array<number>(sentences.length).fill(0);
  const starts = spans.map((e) => e.start).sort((a, b) => a - b);
  let j = 0;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    while (j < starts.length && starts[j]! < s.start) j++;
    while (j < starts.length && starts[j]! < s.end) {
      counts[i]!++;
      j++;
    }
  }
  return counts;
}

/** The ranker's view of the body sentences, and the title's syllable keys. */
export function rankInputs(
  text: string,
  structure: Structure,
  sentences: readonly BodySentence[],
  officialCounts: readonly number[] | null,
): { inputs: RankInput[]; titleKeys: string[] | null } {
  const inputs: RankInput[] = sentences.map((s, i) => ({
    scan: s.scan,
    paragraph: s.paragraph,
    paragraphFirst: s.paragraphFirst,
    officials: officialCounts ? officialCounts[i]! : null,
    words: s.words,
  }));
  const titleKeys = structure.title ? scanSyllables(text, structure.title.start, structure.title.end).keys : null;
  return { inputs, titleKeys };
}

/** Scored selection: `k` sentences, in article order, with their scores. */
export function pickSentences(
  text: string,
  structure: Structure,
  sentences: readonly BodySentence[],
  k: number,
  method: RankMethod,
  officialCounts: readonly number[] | null,
): { index: number; score: number }[] {
  if (sentences.length === 0) return [];
  const { inputs, titleKeys } = rankInputs(text, structure, sentences, officialCounts);
  const { scores, similarity } = scoreSentences(inputs, titleKeys, method, DEFAULT_WEIGHTS);
  const picked = selectSentences(scores, similarity, k, method === 'hybrid', DEFAULT_WEIGHTS.mmrLambda);
  return picked.map((index) => ({ index, score: scores[index]! }));
}
