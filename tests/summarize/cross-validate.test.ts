// The cross-validation that chooses the summariser's weights (src/summarize/_lib/cross-validate.ts),
// on hand-built articles whose ROUGE per pick is known, so the fold logic can be checked by hand.
import { describe, expect, it } from 'vitest';
import {
  CV_GRID,
  CV_GRIDS,
  crossValidate,
  gridPoints,
  trainTest,
  type CvArticle,
  type RougeF,
} from '../../src/summarize/_lib/cross-validate.js';
import { DEFAULT_WEIGHTS, type ScorerWeights, type SentenceFeatures } from '../../src/summarize/_lib/rank.js';

const zero = (n: number) => new Float64Array(n);

/** Four sentences: sentence 3 is the only one with a figure; no similarity between sentences. */
function features(): SentenceFeatures {
  const f: SentenceFeatures = {
    central: zero(4),
    position: Float64Array.from([1, 0, 0, 0]),
    paragraphFirst: zero(4),
    figures: Float64Array.from([0, 0, 0, 1]),
    officials: zero(4),
    title: zero(4),
    results: zero(4),
    speech: zero(4),
    length: Float64Array.from([20, 20, 20, 20]),
    similarity: () => 0,
    graph: true,
  };
  return f;
}

const base: ScorerWeights = { ...DEFAULT_WEIGHTS, central: 0, title: 0, speech: 0, figures: 0, position: 1 };
// P0 ranks by position only: picks 0, 1, 2. P1 adds a figure weight: picks 0, 1, 3.
const P0: ScorerWeights = { ...base };
const P1: ScorerWeights = { ...base, figures: 2 };

/** An article whose ROUGE-L is `withFigure` when sentence 3 is picked, else `without`. */
function article(name: string, without: number, withFigure: number): CvArticle {
  return {
    name,
    features: features(),
    score: (ix: readonly number[]): RougeF => {
      const v = ix.includes(3) ? withFigure : without;
      return { r1: v, r2: v, rl: v };
    },
  };
}

describe('crossValidate', () => {
  it('scores each held-out article with weights chosen on the other articles only', () => {
    // Totals: P0 = 1, P1 = 1.2, so P1 wins in-sample. Without A, P1 wins (1.2 vs 0) and A gets 0;
    // without B (or C), P0 wins (1 vs 0.6) and B gets 0. The CV estimate is 0, far below in-sample.
    const arts = [article('A', 1, 0), article('B', 0, 0.6), article('C', 0, 0.6)];
    const r = crossValidate(arts, [P0, P1]);
    expect(r.perArticle.map((p) => p.chosen)).toEqual([1, 0, 0]);
    expect(r.cv.rl).toBe(0);
    expect(r.best).toEqual(P1);
    expect(r.bestInSample.rl).toBeCloseTo(0.4, 10);
    expect(r.distinctChoices).toBe(2);
    expect(r.gridSize).toBe(2);
  });
  it('agrees with in-sample when every fold makes the same choice', () => {
    const arts = [article('A', 1, 0), article('B', 1, 0), article('C', 0, 0.9)];
    const r = crossValidate(arts, [P0, P1]);
    expect(r.perArticle.map((p) => p.chosen)).toEqual([0, 0, 0]);
    expect(r.cv.rl).toBeCloseTo(2 / 3, 10);
    expect(r.best).toEqual(P0);
  });
  it('breaks ties by grid order', () => {
    const arts = [article('A', 0.5, 0.5), article('B', 0.5, 0.5)];
    expect(crossValidate(arts, [P1, P0]).best).toEqual(P1);
    expect(crossValidate(arts, [P0, P1]).best).toEqual(P0);
  });
  it('trainTest chooses on the training set and scores the test set', () => {
    const t = trainTest([article('A', 1, 0)], [article('B', 0.2, 0.9)], [P0, P1]);
    expect(t.chosen).toEqual(P0);
    expect(t.test.rl).toBeCloseTo(0.2, 10);
  });
  it('does not mutate the grid points it returns as the choice', () => {
    const points = [P0, P1];
    const r = crossValidate([article('A', 1, 0)], points);
    r.best.figures = 99;
    expect(points[0]!.figures).toBe(0);
  });
});

describe('CV grids', () => {
  it('enumerate every combination once, in a fixed order', () => {
    const points = gridPoints();
    const size = Object.values(CV_GRID).reduce((a, v) => a * v.length, 1);
    expect(points).toHaveLength(size);
    expect(new Set(points.map((p) => JSON.stringify(p))).size).toBe(size);
    expect(gridPoints()).toEqual(points);
  });
  it('the shipped DEFAULT_WEIGHTS are a point of the default grid', () => {
    expect(gridPoints().some((p) => JSON.stringify(p) === JSON.stringify({ ...DEFAULT_WEIGHTS }))).toBe(true);
  });
  it('the extended grid contains the default grid; the wide grid is larger', () => {
    for (const k of Object.keys(CV_GRID) as (keyof ScorerWeights)[]) {
      for (const v of CV_GRID[k]) expect(CV_GRIDS.extended[k]).toContain(v);
    }
    expect(gridPoints(CV_GRIDS.wide).length).toBeGreaterThan(gridPoints(CV_GRIDS.extended).length);
  });
});
