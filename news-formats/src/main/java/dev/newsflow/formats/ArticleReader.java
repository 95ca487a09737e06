package dev.newsflow.formats;

/** Reads one format from already decoded, normalised text. */
interface ArticleReader {

    FormatResult read(String text, FormatLimits limits);
}
