package dev.newsflow.formats;

import dev.newsflow.formats.text.CleanText;
import dev.newsflow.formats.text.FirstSentence;
import dev.newsflow.formats.text.Spaces;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Gathers a reader's records, turning each unusable one into a {@link RecordProblem} instead of an exception. */
public final class ArticleCollector {

    private final String format;
    private final FormatLimits limits;
    private final List<ParsedArticle> articles = new ArrayList<>();
    private final List<RecordProblem> problems = new ArrayList<>();
    private int problemCount;

    public ArticleCollector(String format, FormatLimits limits) {
        this.format = format;
        this.limits = limits;
    }

    /** Fields as read (may be null or blank); {@code where} locates the record for a problem report. */
    public void add(Fields fields, RecordLocation where) {
        add(fields, fields.body() == null ? null : CleanText.of(fields.body()), where);
    }

    /** {@link #add} for a body {@link CleanText} already made clean (a page's article text, many kilobytes). */
    public void addCleanBody(Fields fields, RecordLocation where) {
        add(fields, fields.body(), where);
    }

    /**
     * A record with text but no title (a page without title or heading, a feed item or a JSON record with only a
     * body) is still an article: its first sentence names it ({@link FirstSentence}).
     */
    private void add(Fields fields, String cleanBody, RecordLocation where) {
        String body = cleanBody == null ? null : cleanBody.strip();
        String title = clean(fields.title());
        title = title == null ? clean(FirstSentence.of(body)) : title;
        if (title == null) {
            problem(where, "no title or text");
        } else if (body == null || body.isEmpty()) {
            problem(where, "no body text");
        } else if (3L * (title.length() + body.length()) > limits.maxArticleBytes()
                && utf8Length(title) + utf8Length(body) > limits.maxArticleBytes()) { // a char is at most 3 bytes
            problem(where, "article larger than the limit of " + limits.maxArticleBytes() + " bytes");
        } else {
            articles.add(new ParsedArticle(title, body, clean(fields.source()), Links.located(clean(fields.url())),
                    clean(fields.author()), fields.publishedAt(), language(fields.language())));
        }
    }

    /** Counted always, listed only up to {@link FormatResult#MAX_LISTED_PROBLEMS}. */
    public void problem(RecordLocation where, String reason) {
        problemCount++;
        if (problems.size() < FormatResult.MAX_LISTED_PROBLEMS) {
            problems.add(where.problem(reason));
        }
    }

    public boolean hasArticles() {
        return !articles.isEmpty();
    }

    public FormatResult result() {
        return new FormatResult(format, articles, problems, problemCount);
    }

    /** Bytes of the text in UTF-8, counted without encoding it (every article is measured). */
    private static long utf8Length(String text) {
        long bytes = text.length();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                // 2 bytes below U+0800, else 3; a surrogate pair is 4 bytes for its 2 chars
                bytes += c < 0x800 ? 1 : Character.isSurrogate(c) ? 1 : 2;
            }
        }
        return bytes;
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String oneLine = Spaces.collapsed(CleanText.of(value)).strip();
        return oneLine.isEmpty() ? null : oneLine;
    }

    /** ISO 639-1, as the event contract carries it ({@link LanguageCode}). */
    private static String language(String tag) {
        return LanguageCode.of(clean(tag));
    }

    /** Raw fields of one record. */
    public record Fields(String title, String body, String source, String url, String author, Instant publishedAt,
                  String language) {
    }

    /** Where a record sits in its file. */
    @FunctionalInterface
    public interface RecordLocation {
        RecordProblem problem(String reason);

        static RecordLocation line(int line) {
            return reason -> RecordProblem.atLine(line, reason);
        }

        static RecordLocation index(int index) {
            return reason -> RecordProblem.atIndex(index, reason);
        }

        static RecordLocation document() {
            return RecordProblem::ofDocument;
        }
    }
}
