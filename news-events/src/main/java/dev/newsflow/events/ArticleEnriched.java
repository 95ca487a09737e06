package dev.newsflow.events;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An enriched article, published by enrich-service on {@link Topics#ENRICHED_ARTICLES}: the raw fields plus what the
 * engine found.
 *
 * @param language        detected ISO 639-1 code (or the declared one when detection is unsure)
 * @param wordCount       words in title and body
 * @param enricherVersion version of the engine and its data, so consumers can tell re-enrichments apart
 */
public record ArticleEnriched(
        String id,
        String title,
        String body,
        String source,
        String url,
        String author,
        Instant publishedAt,
        String language,
        ArticleOrigin origin,
        Instant ingestedAt,
        List<NamedEntity> entities,
        Sentiment sentiment,
        List<String> keywords,
        int wordCount,
        String enricherVersion,
        Instant enrichedAt) {

    public ArticleEnriched {
        Objects.requireNonNull(id, "id");
        ArticleText.requireText(title, "title");
        ArticleText.requireText(body, "body");
        Objects.requireNonNull(ingestedAt, "ingestedAt");
        Objects.requireNonNull(enricherVersion, "enricherVersion");
        entities = List.copyOf(entities);
        keywords = List.copyOf(keywords);
        Objects.requireNonNull(sentiment, "sentiment");
        Objects.requireNonNull(enrichedAt, "enrichedAt");
    }

    /** The raw article's fields with the engine's findings; {@code language} replaces the declared one. */
    public static ArticleEnriched of(ArticleIngested raw, String language, List<NamedEntity> entities,
            Sentiment sentiment, List<String> keywords, int wordCount, String enricherVersion, Instant enrichedAt) {
        return new ArticleEnriched(raw.id(), raw.title(), raw.body(), raw.source(), raw.url(), raw.author(),
                raw.publishedAt(), language, raw.origin(), raw.ingestedAt(), entities, sentiment, keywords,
                wordCount, enricherVersion, enrichedAt);
    }
}
