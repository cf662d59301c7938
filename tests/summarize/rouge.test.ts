import { describe, expect, it } from 'vitest';
import { lcsLength, rouge, rougeTokens } from '../../src/_lib/rouge.js';

describe('rougeTokens', () => {
  it('keeps Vietnamese letters, lowercases and composes', () => {
    expect(rougeTokens('Đội ngũ CÁN BỘ, 100%!')).toEqual(['đội', 'ngũ', 'cán', 'bộ', '100']);
    expect(rougeTokens('Đội ngũ cán bộ'.normalize('NFD'))).toEqual(['đội', 'ngũ', 'cán', 'bộ']);
    expect(rougeTokens('')).toEqual([]);
  });
});

describe('rouge (hand-worked)', () => {
  // candidate: a b c d ; reference: a c b d e  (tokens)
  // ROUGE-1: overlap 4; P = 4/4, R = 4/5, F = 2·1·0.8/1.8 = 0.8889
  // ROUGE-2: cand bigrams ab bc cd; ref bigrams ac cb bd de; overlap 0 → F 0
  // ROUGE-L: LCS(abcd, acbde) = 3 (a b d or a c d); P = 3/4, R = 3/5, F = 2·.75·.6/1.35 = 0.6667
  const s = rouge('Ắ bò cà dế', 'ắ cà bò dế ễ');
  it('ROUGE-1', () => {
    expect(s.rouge1.p).toBeCloseTo(1, 10);
    expect(s.rouge1.r).toBeCloseTo(0.8, 10);
    expect(s.rouge1.f).toBeCloseTo(8 / 9, 10);
  });
  it('ROUGE-2', () => expect(s.rouge2.f).toBe(0));
  it('ROUGE-L', () => {
    expect(s.rougeL.p).toBeCloseTo(0.75, 10);
    expect(s.rougeL.r).toBeCloseTo(0.6, 10);
    expect(s.rougeL.f).toBeCloseTo(2 / 3, 10);
  });
  it('clips repeated n-grams', () => {
    // cand: the the the ; ref: the cat → overlap min(3,1) = 1; P 1/3, R 1/2, F 0.4
    const r = rouge('mà mà mà', 'mà mèo');
    expect(r.rouge1.f).toBeCloseTo(0.4, 10);
  });
  it('ROUGE-2 on a shared bigram', () => {
    // cand: cán bộ trẻ (bigrams: cán bộ, bộ trẻ); ref: đội ngũ cán bộ (đội ngũ, ngũ cán, cán bộ)
    // overlap 1: P 1/2, R 1/3, F 0.4
    expect(rouge('cán bộ trẻ', 'Đội ngũ CÁN BỘ').rouge2.f).toBeCloseTo(0.4, 10);
  });
  it('accents matter: an ASCII-only tokenizer would call these equal', () => {
    expect(rouge('bà ba bá', 'bả bã bạ').rouge1.f).toBe(0);
  });
  it('identical texts score 1; NFD vs NFC too', () => {
    const t = 'Quận ủy Quận 10 tổ chức hội nghị tổng kết.';
    expect(rouge(t, t.normalize('NFD')).rougeL.f).toBe(1);
    expect(rouge(t, t).rouge2.f).toBe(1);
  });
  it('empty candidate or reference scores 0', () => {
    expect(rouge('', 'a b').rougeL.f).toBe(0);
    expect(rouge('a b', '').rouge1.f).toBe(0);
  });
  it('lcsLength', () => {
    expect(lcsLength(['a', 'b', 'c', 'b', 'd', 'a', 'b'], ['b', 'd', 'c', 'a', 'b', 'a'])).toBe(4);
  });
});
