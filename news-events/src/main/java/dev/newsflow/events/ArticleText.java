package dev.newsflow.events;

import java.util.Objects;
import java.util.regex.Pattern;

/** The analysed text of an article, which {@link NamedEntity#firstOffset()} counts into. */
public final class ArticleText {

    public static final String TITLE_SEPARATOR = "\n\n";

    /**
     * The schemas' {@code $defs/text} pattern, compiled as the contract's validator compiles it (java.util.regex,
     * where white space is ASCII's), so a record that can be built is exactly one the schema accepts.
     */
    private static final Pattern TEXT = Pattern.compile("\\S");

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
        if (!TEXT.matcher(Objects.requireNonNull(value, field)).find()) {
            throw new IllegalArgumentException(field + " is empty or white space only");
        }
        return value;
    }
}
