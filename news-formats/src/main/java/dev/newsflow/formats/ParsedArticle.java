package dev.newsflow.formats;

import java.time.Instant;
import java.util.Objects;

/**
 * One article as a reader understood it: text normalised (NFC, {@code \n}), optional fields null when the input did
 * not say.
 *
 * @param source   the publisher, e.g. {@code CNN}
 * @param language ISO 639-1 code when the input declared one
 */
public record ParsedArticle(String title, String body, String source, String url, String author,
                            Instant publishedAt, String language) {

    public ParsedArticle {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
    }
}
