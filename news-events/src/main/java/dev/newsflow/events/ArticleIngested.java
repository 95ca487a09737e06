package dev.newsflow.events;

import java.time.Instant;
import java.util.Objects;

/**
 * A raw article, published by ingest-service on {@link Topics#RAW_ARTICLES}. Optional fields are null when unknown
 * and then left out of the JSON.
 *
 * @param id       content-derived, see {@link ArticleId}
 * @param language ISO 639-1 code when the input declared one
 */
public record ArticleIngested(
        String id,
        String title,
        String body,
        String source,
        String url,
        String author,
        Instant publishedAt,
        String language,
        ArticleOrigin origin,
        Instant ingestedAt) {

    public ArticleIngested {
        Objects.requireNonNull(id, "id");
        ArticleText.requireText(title, "title");
        ArticleText.requireText(body, "body");
        Objects.requireNonNull(ingestedAt, "ingestedAt");
    }
}
