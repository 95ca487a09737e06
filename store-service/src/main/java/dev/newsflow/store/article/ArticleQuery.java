package dev.newsflow.store.article;

import dev.newsflow.events.EntityType;
import dev.newsflow.events.SentimentLabel;
import dev.newsflow.store.api.TimeField;

import java.time.Instant;

/**
 * A validated article search; null means "no filter". {@code from} is inclusive, {@code to} exclusive.
 *
 * @param entity entity id, or any name or surface form seen for one, case-insensitive
 */
public record ArticleQuery(
        String q,
        String entity,
        EntityType entityType,
        String source,
        SentimentLabel sentiment,
        Double minScore,
        Double maxScore,
        String language,
        Instant from,
        Instant to,
        TimeField time,
        Cursor after,
        int limit) {

    public boolean isSearch() {
        return q != null;
    }

    public ArticleQuery withLimit(int newLimit) {
        return new ArticleQuery(q, entity, entityType, source, sentiment, minScore, maxScore, language, from, to,
                time, after, newLimit);
    }
}
