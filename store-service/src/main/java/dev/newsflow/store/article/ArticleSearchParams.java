package dev.newsflow.store.article;

import dev.newsflow.store.api.ParamParser;
import dev.newsflow.store.api.TimeField;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.Locale;

/** The query parameters of {@code GET /api/articles}, as sent; {@link #toQuery()} validates them. */
public record ArticleSearchParams(
        @Parameter(description = "Full-text search over title and body (PostgreSQL: web search syntax with "
                + "\"phrases\", OR and -word); results are then ordered by relevance")
        String q,
        @Parameter(description = "Entity id, or any name or surface form seen for an entity, case-insensitive",
                example = "Emmanuel Macron")
        String entity,
        @Parameter(description = "Only articles naming an entity of this type (with entity: that entity as this type)",
                schema = @Schema(allowableValues = {"PERSON", "ORGANIZATION", "LOCATION"}))
        String entityType,
        @Parameter(description = "Publisher, exactly as stored", example = "CNN")
        String source,
        @Parameter(description = "Document tone", schema = @Schema(allowableValues = {"positive", "neutral", "negative"}))
        String sentiment,
        @Parameter(description = "Lowest document sentiment score, -1 to 1") String minScore,
        @Parameter(description = "Highest document sentiment score, -1 to 1") String maxScore,
        @Parameter(description = "ISO 639-1 language code", example = "en") String language,
        @Parameter(description = "Inclusive lower time bound: ISO-8601 instant or date", example = "2025-02-17")
        String from,
        @Parameter(description = "Exclusive upper time bound: ISO-8601 instant or date") String to,
        @Parameter(description = "Which time from/to filter on: published (falls back to ingested when the "
                + "publisher gave none) or ingested", schema = @Schema(allowableValues = {"published", "ingested"},
                defaultValue = "published"))
        String time,
        @Parameter(description = "nextCursor of the previous page, with the same filters") String cursor,
        @Parameter(description = "Page size, 1 to 200", schema = @Schema(defaultValue = "20")) String limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 200;

    /** @throws dev.newsflow.store.api.InvalidParametersException naming every invalid parameter */
    public ArticleQuery toQuery() {
        ParamParser parser = new ParamParser();
        var query = new ArticleQuery(parser.text("q", q), parser.text("entity", entity),
                parser.entityType("entityType", entityType), parser.text("source", source),
                parser.sentiment("sentiment", sentiment), parser.score("minScore", minScore),
                parser.score("maxScore", maxScore), lowerCase(parser.text("language", language)),
                parser.time("from", from), parser.time("to", to), parser.timeField("time", time, TimeField.PUBLISHED),
                null, parser.limit("limit", limit, DEFAULT_LIMIT, MAX_LIMIT));
        if (query.minScore() != null && query.maxScore() != null && query.minScore() > query.maxScore()) {
            parser.reject("minScore", "must not be greater than maxScore");
        }
        if (query.from() != null && query.to() != null && !query.from().isBefore(query.to())) {
            parser.reject("from", "must be before to");
        }
        Cursor after = cursor(parser, query.isSearch());
        parser.throwIfInvalid();
        return new ArticleQuery(query.q(), query.entity(), query.entityType(), query.source(), query.sentiment(),
                query.minScore(), query.maxScore(), query.language(), query.from(), query.to(), query.time(),
                after, query.limit());
    }

    private Cursor cursor(ParamParser parser, boolean search) {
        String text = parser.text("cursor", cursor);
        if (text == null) {
            return null;
        }
        try {
            Cursor decoded = Cursor.decode(text);
            if ((decoded.rank() != null) != search) {
                return parser.reject("cursor", "belongs to a " + (search ? "listing" : "search")
                        + "; send the same q as the request that returned it");
            }
            return decoded;
        } catch (IllegalArgumentException e) {
            return parser.reject("cursor", e.getMessage());
        }
    }

    private static String lowerCase(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }
}
