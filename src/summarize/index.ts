// Re-exports only: see STYLE.md §1.
export { parseArticle } from './parse-article.js';
export type { Article, ArticleSpan, ArticleDateline } from './parse-article.js';
export { summarize } from './summarize.js';
export type { SummarizeOptions, Summary, SummarySentence, SummaryMethod } from './summarize.js';
export { analyze } from './analyze.js';
export type { AnalyzeOptions, Analysis } from './analyze.js';
