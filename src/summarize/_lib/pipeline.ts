// Shared steps of parseArticle, summarize and analyze, written to take precomputed pieces so
// analyze parses, splits and scans once. Internal.

import type { Range, Structure } from './structure.js';
import { splitSentenceRanges } from './sentences.js';
import { scanSyllables, type SyllableScan } from './terms.js';
import { scoreSentences, selectSentences, type RankInput, type RankMethod } from './rank.js';

/** One body sentence with its scan. */
export interface BodySentence extends Range {
  paragraph: number;
  paragraphFirst: boolean;
  scan: SyllableScan;
}

/** Splits the body paragraphs into sentences and scans each once. */
export function bodySentences(text: string, structure: Structure): BodySentence[] {
  const out: BodySentence[] = [];
  structure.paragraphs.forEach((p, paragraph) => {
    const ranges = splitSentenceRanges(text, p.start, p.end);
    ranges.forEach((r, k) => {
      out.push({ start: r.start, end: r.end, paragraph, paragraphFirst: k === 0, scan: scanSyllables(text, r.start, r.end) });
    });
  });
  return out;
}

/** Counts, per sentence, the spans that start inside it. Both lists sorted by start; linear. */
export function countInside(sentences: readonly Range[], spans: readonly Range[]): number[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const counts = new Array<number>(sentences.length).fill(0);
  let j = 0;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    while (j < sorted.length && sorted[j]!.start < s.start) j++;
    let k = j;
    while (k < sorted.length && sorted[k]!.start < s.end) {
      counts[i]!++;
      k++;
    }
    j = k;
  }
  return counts;
}

/** Scored selection: `k` sentences, in article order, with their scores. */
export function pickSentences(
  text: string,
  structure: Structure,
  sentences: readonly BodySentence[],
  k: number,
  method: RankMethod,
  entityCounts: readonly number[] | null,
): { index: number; score: number }[] {
  if (sentences.length === 0) return [];
  const inputs: RankInput[] = sentences.map((s, i) => ({
    scan: s.scan,
    paragraph: s.paragraph,
    paragraphFirst: s.paragraphFirst,
    entities: entityCounts ? entityCounts[i]! : null,
    words: null,
  }));
  const titleKeys = structure.title ? scanSyllables(text, structure.title.start, structure.title.end).keys : null;
  const { scores, similarity } = scoreSentences(inputs, titleKeys, method);
  const picked = selectSentences(scores, similarity, k, method === 'hybrid');
  return picked.map((index) => ({ index, score: scores[index]! }));
}
