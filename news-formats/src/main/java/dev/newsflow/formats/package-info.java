/**
 * Article files to parsed articles: the entry point ({@link dev.newsflow.formats.ArticleFormats}), what a read gives
 * ({@link dev.newsflow.formats.FormatResult}, {@link dev.newsflow.formats.ParsedArticle},
 * {@link dev.newsflow.formats.RecordProblem}) or refuses ({@link dev.newsflow.formats.FormatException}), and what
 * every reader shares. Each format has a package of its own; what else is public here is for those packages.
 */
package dev.newsflow.formats;
