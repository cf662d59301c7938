// Re-exports only: see STYLE.md §1.
export { parseArticle } from './parse-article.js';
export { summarize } from './summarize.js';
export { analyze } from './analyze.js';
export type {
  Analysis,
  AnalyzeOptions,
  Article,
  ArticleDateline,
  ArticleSpan,
  SummarizeOptions,
  Summary,
  SummaryMethod,
  SummarySentence,
} from './types.js';
