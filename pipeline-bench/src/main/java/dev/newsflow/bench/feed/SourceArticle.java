package dev.newsflow.bench.feed;

import java.util.Objects;

/** One article of the load corpus, as read: what the generator copies into each run. */
public record SourceArticle(String title, String body) {

    public SourceArticle {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
    }
}
