package dev.newsflow.events;

/** The analysed text of an article, which {@link NamedEntity#firstOffset()} counts into. */
public final class ArticleText {

    public static final String TITLE_SEPARATOR = "\n\n";

    private ArticleText() {
    }

    public static String of(String title, String body) {
        return title + TITLE_SEPARATOR + body;
    }
}
