package dev.newsflow.store.consume;

import java.util.Set;

/**
 * The {@code part} tag of {@code newsflow.store.parts.dropped}: the dropped part's kind under the tag values docs/monitoring.md's
 * metrics table lists, which {@link #KNOWN} must keep in step with ({@code entity.geo} for the kind {@code entities[].geo}, {@code keywords} for {@code keywords[]}).
 * Parts the contract does not know (a field added later that broke a store rule) all count as {@code unknown}, so
 * record contents cannot grow the tag's values.
 */
final class DroppedPartTag {

    private static final Set<String> KNOWN = Set.of("entity", "entity.geo", "entity.geo.countryCode",
            "entity.sentiment", "entity.id", "entity.aliases", "entity.firstOffset", "entity.salience", "entities",
            "keywords", "sentiment", "sentiment.positive", "sentiment.negative", "sentiment.neutral", "source", "url",
            "author", "language", "publishedAt", "ingestedAt", "enrichedAt", "origin", "origin.sizeBytes",
            "origin.contentSha256", "wordCount");

    private DroppedPartTag() {
    }

    static String of(String kind) {
        String tag = kind.replace("entities[]", "entity").replace("[]", "");
        return KNOWN.contains(tag) ? tag : "unknown";
    }
}
