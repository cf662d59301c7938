// The scorer's features and weights (src/summarize/_lib/rank.ts) on small hand-written texts.
import { describe, expect, it } from 'vitest';
import {
  combineScores,
  DEFAULT_WEIGHTS,
  RESULT_CUES,
  selectSentences,
  sentenceFeatures,
  SPEECH_CUES,
  type RankInput,
} from '../../src/summarize/_lib/rank.js';
import { scanSyllables } from '../../src/summarize/_lib/terms.js';
import { summarize } from '../../src/summarize/index.js';

function inputs(sentences: string[], officials: number[] | null = null): RankInput[] {
  return sentences.map((s, i) => ({
    scan: scanSyllables(s, 0, s.length),
    paragraph: i,
    paragraphFirst: true,
    officials: officials ? officials[i]! : null,
    words: null,
  }));
}

describe('sentenceFeatures', () => {
  const f = sentenceFeatures(
    inputs([
      'Sáng 5/1, UBND tỉnh tổ chức hội nghị tổng kết công tác năm.',
      'Phát biểu tại hội nghị, ông đề nghị các đơn vị nỗ lực hơn nữa.',
      'Thu ngân sách đạt 112% dự toán, tăng 5,2% so với cùng kỳ.',
      'Các đại biểu thảo luận sôi nổi về nhiều vấn đề của địa phương.',
    ], [0, 1, 0, 0]),
    null,
  );
  it('counts speech and protocol cues (min(count, 2) / 2)', () => {
    expect(Array.from(f.speech)).toEqual([0, 1, 0, 0]); // phát biểu + đề nghị
  });
  it('counts result and decision cues', () => {
    expect(f.results[2]).toBe(1); // đạt, tăng, so với, cùng kỳ, dự toán
    expect(f.results[3]).toBe(0);
  });
  it('figure density is highest for the sentence with the most figures per syllable', () => {
    expect(f.figures[2]).toBe(1);
    expect(f.figures[3]).toBe(0);
  });
  it('official density comes from the entity counts, scaled to the article maximum', () => {
    expect(Array.from(f.officials)).toEqual([0, 1, 0, 0]);
    expect(Array.from(sentenceFeatures(inputs(['Một câu.', 'Hai câu.']), null).officials)).toEqual([0, 0]);
  });
  it('position prior is 1/sqrt(1+i); paragraph openers after the first are flagged', () => {
    expect(Array.from(f.position)).toEqual([1, 1 / Math.sqrt(2), 1 / Math.sqrt(3), 1 / 2]);
    expect(Array.from(f.paragraphFirst)).toEqual([0, 1, 1, 1]);
  });
  it('scores are linear in the weights', () => {
    const a = combineScores(f, { ...DEFAULT_WEIGHTS, speech: 0 });
    const b = combineScores(f, { ...DEFAULT_WEIGHTS, speech: -1 });
    expect(a[1]! - b[1]!).toBeGreaterThan(0);
    expect(a[2]).toBe(b[2]); // no speech cue: unchanged
  });
  it('cue lists are lowercase, NFC and unique', () => {
    for (const list of [RESULT_CUES, SPEECH_CUES]) {
      for (const c of list) expect(c).toBe(c.normalize('NFC').toLowerCase());
      expect(new Set(list).size).toBe(list.length);
    }
  });
  it('a cue matches whole syllables only (không “đạt” inside “đạtx”, no prototype names)', () => {
    const g = sentenceFeatures(inputs(['Đạtx constructor toString __proto__ hasOwnProperty.']), null);
    expect(g.results[0]).toBe(0);
    expect(g.speech[0]).toBe(0);
  });
});

describe('selectSentences', () => {
  it('skips a near-duplicate while another sentence is left, even with λ = 1', () => {
    const scores = Float64Array.from([1, 0.9, 0.1]);
    const sim = (i: number, j: number) => (i + j === 1 ? 0.95 : 0);
    expect(selectSentences(scores, sim, 2, true, 1)).toEqual([0, 2]);
    expect(selectSentences(scores, sim, 3, true, 1)).toEqual([0, 1, 2]);
  });
  it('breaks ties by position', () => {
    expect(selectSentences(Float64Array.from([0.5, 0.5, 0.5]), () => 0, 2, true, 1)).toEqual([0, 1]);
    expect(selectSentences(Float64Array.from([0.5, 0.5, 0.5]), () => 0, 2, false, 1)).toEqual([0, 1]);
  });
});

describe('summarize prefers the news to the ceremony', () => {
  it('skips the attendance sentence and the exhortation for the figures', () => {
    const t = [
      'Sáng 12/3, UBND huyện Cần Giờ tổ chức hội nghị tổng kết công tác giảm nghèo năm 2023.',
      'Đến dự có ông Trần Văn Bình, Phó Chủ tịch UBND thành phố, chủ trì hội nghị.',
      'Năm 2023, huyện giảm được 412 hộ nghèo, tỷ lệ hộ nghèo còn 0,8%, giảm 1,1% so với năm 2022.',
      'Phát biểu tại hội nghị, ông Trần Văn Bình đề nghị các xã nỗ lực hơn nữa trong thời gian tới.',
    ].join('\n\n');
    expect(summarize(t, { sentences: 2 }).sentences.map((s) => s.index)).toEqual([0, 2]);
  });
});
