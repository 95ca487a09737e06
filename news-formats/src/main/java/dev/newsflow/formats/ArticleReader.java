package dev.newsflow.formats;

import dev.newsflow.formats.text.DecodedText;

/** Reads one format from already decoded, normalised text. */
public interface ArticleReader {

    FormatResult read(String text, FormatLimits limits);

    /** For a reader that can parse the text as it is read, without a string of the whole file: it overrides this. */
    default FormatResult read(DecodedText text, FormatLimits limits) {
        return read(text.text(), limits);
    }
}
