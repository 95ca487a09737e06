package dev.newsflow.formats;

import java.util.List;

/**
 * What a file yielded: the usable articles and, for each record that was not usable, why.
 *
 * @param format       the reader that understood the file: {@code txt}, {@code md}, {@code json}, {@code jsonl},
 *                     {@code html}, {@code rss} or {@code atom} (a {@code .gz} file reports its inner format)
 * @param problems     the first {@link #MAX_LISTED_PROBLEMS} unusable records, in file order
 * @param problemCount every unusable record, listed or not
 */
public record FormatResult(String format, List<ParsedArticle> articles, List<RecordProblem> problems,
                           int problemCount) {

    /**
     * Problems listed per file; the rest are only counted. A file of millions of bad lines would otherwise hold a
     * problem object per line in memory and write a report as large as itself.
     */
    public static final int MAX_LISTED_PROBLEMS = 100;

    public FormatResult {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
        if (problemCount < problems.size()) {
            throw new IllegalArgumentException("problemCount " + problemCount + " < listed " + problems.size());
        }
    }

    public boolean hasArticles() {
        return !articles.isEmpty();
    }

    public boolean hasProblems() {
        return problemCount > 0;
    }
}
