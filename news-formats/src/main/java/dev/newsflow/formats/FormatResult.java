package dev.newsflow.formats;

import java.util.List;

/**
 * What a file yielded: the usable articles and, for each record that was not usable, why.
 *
 * @param format the reader that understood the file: {@code txt}, {@code md}, {@code json}, {@code jsonl},
 *               {@code html}, {@code rss} or {@code atom} (a {@code .gz} file reports its inner format)
 */
public record FormatResult(String format, List<ParsedArticle> articles, List<RecordProblem> problems) {

    public FormatResult {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }

    public boolean hasArticles() {
        return !articles.isEmpty();
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
