// Public types of vietext/summarize.
import type { Entities } from '../entities/types.js';
import type { RankMethod } from './_lib/rank.js';

/** A part of the article: `text === input.slice(start, end)` (UTF-16 offsets into your string). */
export interface ArticleSpan {
  text: string;
  start: number;
  end: number;
}

/** The dateline with its parsed date. */
export interface ArticleDateline extends ArticleSpan {
  /** ISO date `YYYY-MM-DD`. */
  value: string;
  /** ISO weekday (1 = Monday … 7 = Sunday) when the line states one, else null. */
  weekday: number | null;
  /** `HH:MM` when the line states a time, else null. */
  time: string | null;
}

/** The parts of a news article. Every span is a fresh object with offsets into the input. */
export interface Article {
  /** The headline, or null when the text has no headline structure. */
  title: ArticleSpan | null;
  /** The line holding only the publication date (`Thứ Bảy, ngày 8 tháng 8 năm 2020`), or null. */
  dateline: ArticleDateline | null;
  /** The name inside the source tag opening the lead (`Thanhuytphcm.vn` from `(Thanhuytphcm.vn) -`), or null. */
  source: ArticleSpan | null;
  /** The first body paragraph (the sapo) without its source tag, or null when there is no body. */
  lead: ArticleSpan | null;
  /** Every body paragraph in order, the lead first (captions and byline excluded). */
  paragraphs: ArticleSpan[];
  /** Photo captions, in order. */
  captions: ArticleSpan[];
  /** The byline name without a credit label (`Ngọc Duyên` from `Bài, ảnh: Ngọc Duyên`), or null. */
  author: ArticleSpan | null;
  /** Page chrome lines dropped from the article (`Ý kiến bạn đọc`, `Tin khác` and its headlines, share bars). */
  boilerplate: ArticleSpan[];
}

/** Options of `summarize`. */
export interface SummarizeOptions {
  /** How many sentences to return (integer ≥ 1). Default 3. Exclusive with `ratio`. */
  sentences?: number;
  /** Share of the body sentences to return, in (0, 1]; at least one sentence. Exclusive with `sentences`. */
  ratio?: number;
  /**
   * `'hybrid'` (default): position, centrality, fact density and title overlap with MMR;
   * `'textrank'`: centrality alone (the classic baseline); `'lead'`: the first sentences.
   */
  method?: SummaryMethod;
}

/** Scoring methods of `summarize`. */
export type SummaryMethod = RankMethod;

/** One picked sentence. */
export interface SummarySentence {
  text: string;
  start: number;
  end: number;
  /** The sentence's score under the method (higher is more central to the summary). */
  score: number;
  /** Position of the sentence among the body sentences, from 0. */
  index: number;
}

/** The result of `summarize`. */
export interface Summary {
  /** Picked sentences in article order. */
  sentences: SummarySentence[];
  /** The method that scored them. */
  method: SummaryMethod;
}

/** Options of `analyze`. */
export interface AnalyzeOptions {
  /** Summary length in sentences (integer ≥ 1). Default 3. Exclusive with `ratio`. */
  sentences?: number;
  /** Summary length as a share of the body sentences, in (0, 1]. */
  ratio?: number;
  /** Summary scoring method (see `summarize`). Default `'hybrid'`. */
  method?: SummaryMethod;
  /** Supplies the year of dates written without one (see `extractEntities`). Default: the article's dateline. */
  referenceDate?: Date | string;
}

/** The result of `analyze`. */
export interface Analysis {
  article: Article;
  entities: Entities;
  summary: Summary;
}
