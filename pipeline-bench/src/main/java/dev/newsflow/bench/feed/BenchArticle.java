package dev.newsflow.bench.feed;

import dev.newsflow.events.ArticleId;

/** One article of a run: a corpus article with a tagged title, {@code sequence} in [0, count). */
public record BenchArticle(int sequence, String title, String body) {

    /** The id ingest derives from the content, for events the generator publishes itself. */
    public String id() {
        return ArticleId.of(title, body);
    }
}
