package dev.newsflow.events.validation;

import dev.newsflow.events.EventType;
import tools.jackson.databind.JsonNode;

import java.util.Map;
import java.util.function.Predicate;

import static dev.newsflow.events.validation.ValueChecks.DATE_TIME;
import static dev.newsflow.events.validation.ValueChecks.STRING;
import static dev.newsflow.events.validation.ValueChecks.TEXT;
import static dev.newsflow.events.validation.ValueChecks.arrayOf;
import static dev.newsflow.events.validation.ValueChecks.hasAll;
import static dev.newsflow.events.validation.ValueChecks.integer;
import static dev.newsflow.events.validation.ValueChecks.number;
import static dev.newsflow.events.validation.ValueChecks.oneOf;
import static dev.newsflow.events.validation.ValueChecks.optional;
import static dev.newsflow.events.validation.ValueChecks.pattern;

/**
 * A quick test that a record conforms, written out from the schemas of {@code news-events} (v1, as this jar ships
 * them; {@link EventSchemas} uses it only for the exact schema text it was written from). It never accepts what the
 * JSON Schema validator refuses; it refuses some valid records (anything unusual), which the validator then judges.
 * Nearly every record passes it, in a fraction of the validator's time: the validator walked every record twice in
 * enrich-service and once in store-service, about a tenth of each service's CPU time.
 */
final class KnownShapes {

    private static final Predicate<JsonNode> ARTICLE_ID = pattern("^[0-9a-f]{32}$");
    private static final Predicate<JsonNode> SHA_256 = pattern("^[0-9a-f]{64}$");
    private static final Predicate<JsonNode> LABEL = oneOf("positive", "neutral", "negative");
    private static final Predicate<JsonNode> SCORE = number(-1, 1);
    private static final Predicate<JsonNode> SHARE = number(0, 1);
    private static final Predicate<JsonNode> LANGUAGE = pattern("^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$");
    private static final Predicate<JsonNode> ENTITY_ID = pattern("^(geo|org|person):(country|geonames|kb|name):[A-Za-z0-9-]+$");
    private static final Predicate<JsonNode> COUNTRY = pattern("^[A-Z]{2}$");
    /** The id prefix each entity type requires (the schema's if/then). */
    private static final Map<String, String> ID_PREFIX = Map.of("LOCATION", "geo:", "ORGANIZATION", "org:",
            "PERSON", "person:");

    private static final Predicate<JsonNode> INGESTED_ORIGIN = object(o -> hasAll(o, "fileName", "format")
            && STRING.test(o.get("fileName")) && STRING.test(o.get("format")) && originRest(o));
    private static final Predicate<JsonNode> ENRICHED_ORIGIN = object(o -> hasAll(o, "fileName", "format")
            && TEXT.test(o.get("fileName")) && TEXT.test(o.get("format")) && originRest(o));
    private static final Predicate<JsonNode> SENTIMENT = object(s -> hasAll(s, "label", "score")
            && LABEL.test(s.get("label")) && SCORE.test(s.get("score")) && optional(s, "positive", SHARE)
            && optional(s, "negative", SHARE) && optional(s, "neutral", SHARE));
    private static final Predicate<JsonNode> ENTITY_SENTIMENT = object(s -> hasAll(s, "label", "score")
            && LABEL.test(s.get("label")) && SCORE.test(s.get("score")));
    private static final Predicate<JsonNode> GEO = object(g -> hasAll(g, "lat", "lon")
            && number(-90, 90).test(g.get("lat")) && number(-180, 180).test(g.get("lon"))
            && optional(g, "countryCode", COUNTRY));
    private static final Predicate<JsonNode> ENTITY = object(KnownShapes::isEntity);

    private KnownShapes() {
    }

    /** True only when {@code record} surely conforms to the schema of {@code type}. */
    static boolean conforms(EventType type, JsonNode record) {
        return record.isObject() && switch (type) {
            case ARTICLE_INGESTED -> isIngested(record);
            case ARTICLE_ENRICHED -> isEnriched(record);
        };
    }

    private static boolean isIngested(JsonNode r) {
        return hasAll(r, "id", "title", "body", "ingestedAt") && ARTICLE_ID.test(r.get("id"))
                && TEXT.test(r.get("title")) && TEXT.test(r.get("body")) && DATE_TIME.test(r.get("ingestedAt"))
                && optional(r, "source", STRING) && optional(r, "url", STRING) && optional(r, "author", STRING)
                && optional(r, "publishedAt", DATE_TIME) && optional(r, "language", STRING)
                && optional(r, "origin", INGESTED_ORIGIN);
    }

    private static boolean isEnriched(JsonNode r) {
        return hasAll(r, "id", "title", "body", "ingestedAt", "entities", "sentiment", "keywords", "wordCount",
                "enricherVersion", "enrichedAt")
                && ARTICLE_ID.test(r.get("id")) && TEXT.test(r.get("title")) && TEXT.test(r.get("body"))
                && DATE_TIME.test(r.get("ingestedAt")) && DATE_TIME.test(r.get("enrichedAt"))
                && arrayOf(ENTITY).test(r.get("entities")) && SENTIMENT.test(r.get("sentiment"))
                && arrayOf(TEXT).test(r.get("keywords")) && integer(0).test(r.get("wordCount"))
                && STRING.test(r.get("enricherVersion"))
                && optional(r, "source", STRING) && optional(r, "url", STRING) && optional(r, "author", STRING)
                && optional(r, "publishedAt", DATE_TIME) && optional(r, "origin", ENRICHED_ORIGIN)
                // maxLength counts code points, never more than the string's chars
                && optional(r, "language", l -> LANGUAGE.test(l) && l.stringValue().length() <= 16);
    }

    private static boolean isEntity(JsonNode e) {
        if (!hasAll(e, "name", "type", "aliases", "mentions")) {
            return false;
        }
        String prefix = e.get("type").isString() ? ID_PREFIX.get(e.get("type").stringValue()) : null;
        return prefix != null && TEXT.test(e.get("name")) && arrayOf(TEXT).test(e.get("aliases"))
                && integer(1).test(e.get("mentions"))
                && optional(e, "id", id -> ENTITY_ID.test(id) && id.stringValue().startsWith(prefix))
                && optional(e, "canonicalName", TEXT) && optional(e, "firstOffset", integer(0))
                && optional(e, "salience", SHARE) && optional(e, "sentiment", ENTITY_SENTIMENT)
                && optional(e, "geo", GEO);
    }

    private static boolean originRest(JsonNode o) {
        return optional(o, "sizeBytes", integer(0)) && optional(o, "contentSha256", SHA_256);
    }

    private static Predicate<JsonNode> object(Predicate<JsonNode> members) {
        return node -> node.isObject() && members.test(node);
    }
}
