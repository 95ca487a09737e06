package dev.newsflow.events;

import java.util.Objects;

/** The analysed text of an article, which {@link NamedEntity#firstOffset()} counts into. */
public final class ArticleText {

    public static final String TITLE_SEPARATOR = "\n\n";

    private ArticleText() {
    }

    public static String of(String title, String body) {
        return title + TITLE_SEPARATOR + body;
    }

    /**
     * {@code value} when it has a character that is not white space, as the schemas' {@code text} requires of a
     * title and a body: an article whose title or body is only white space has nothing to analyse or show.
     *
     * @throws NullPointerException     when it is null (a missing required field)
     * @throws IllegalArgumentException when it is empty or white space only, naming {@code field}
     */
    public static String requireText(String value, String field) {
        if (Objects.requireNonNull(value, field).isBlank()) {
            throw new IllegalArgumentException(field + " is empty or white space only");
        }
        return value;
    }
}
