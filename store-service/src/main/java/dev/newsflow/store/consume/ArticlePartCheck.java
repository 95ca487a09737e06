package dev.newsflow.store.consume;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import static dev.newsflow.store.consume.JsonChecks.isIntAtLeast;
import static dev.newsflow.store.consume.JsonChecks.isNumberIn;
import static dev.newsflow.store.consume.JsonChecks.isStorable;
import static dev.newsflow.store.consume.JsonChecks.isText;

/**
 * Removes, in place, the invalid optional article-level parts of an enriched record: optional texts, origin,
 * published time, keywords, the document sentiment or its shares. Times the store needs are replaced by the nearest
 * known one, and a bad word count is recounted, rather than losing the article.
 */
final class ArticlePartCheck {

    private static final List<String> OPTIONAL_TEXTS = List.of("source", "url", "author", "language", "enricherVersion");
    private static final List<String> SHARES = List.of("positive", "negative", "neutral");
    private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private ArticlePartCheck() {
    }

    /** @param received when the record reached the topic: the last resort for a missing time */
    static void clean(ObjectNode article, Instant received, DroppedParts dropped) {
        for (String field : OPTIONAL_TEXTS) {
            JsonNode value = article.get(field);
            if (value != null && !(value.isString() && isStorable(value))) {
                drop(article, field, dropped);
            }
        }
        if (article.has("publishedAt") && JsonChecks.instant(article.get("publishedAt")) == null) {
            drop(article, "publishedAt", dropped);
        }
        Instant enrichedAt = JsonChecks.instant(article.get("enrichedAt"));
        if (enrichedAt == null) {
            enrichedAt = received;
            replace(article, "enrichedAt", received.toString(), dropped);
        }
        if (JsonChecks.instant(article.get("ingestedAt")) == null) {
            replace(article, "ingestedAt", enrichedAt.toString(), dropped);
        }
        cleanOrigin(article, dropped);
        cleanKeywords(article, dropped);
        cleanSentiment(article, dropped);
        if (!isIntAtLeast(article.get("wordCount"), 0)) {
            String text = article.get("title").stringValue() + " " + article.get("body").stringValue();
            article.put("wordCount", (int) WHITESPACE.splitAsStream(text.strip()).filter(w -> !w.isEmpty()).count());
            dropped.add("wordCount", "wordCount");
        }
    }

    private static void cleanOrigin(ObjectNode article, DroppedParts dropped) {
        JsonNode origin = article.get("origin");
        if (origin == null) {
            return;
        }
        if (!(origin.isObject() && isText(origin.get("fileName")) && isText(origin.get("format")))) {
            drop(article, "origin", dropped);
            return;
        }
        ObjectNode fields = (ObjectNode) origin;
        if (fields.has("sizeBytes") && !(fields.get("sizeBytes").isIntegralNumber()
                && fields.get("sizeBytes").canConvertToLong() && fields.get("sizeBytes").longValue() >= 0)) {
            fields.remove("sizeBytes");
            dropped.add("origin.sizeBytes", "origin.sizeBytes");
        }
        JsonNode sha = fields.get("contentSha256");
        if (sha != null && !(sha.isString() && SHA_256.matcher(sha.stringValue()).matches())) {
            fields.remove("contentSha256");
            dropped.add("origin.contentSha256", "origin.contentSha256");
        }
    }

    private static void cleanKeywords(ObjectNode article, DroppedParts dropped) {
        JsonNode keywords = article.get("keywords");
        if (keywords == null || !keywords.isArray()) {
            article.putArray("keywords");
            dropped.add("keywords", "keywords");
            return;
        }
        JsonChecks.removeIf((ArrayNode) keywords, keyword -> !isText(keyword),
                index -> dropped.add("keywords", "keywords[" + index + "]"));
    }

    /** Without a valid label and score the article is kept with an unknown tone; bad shares are left out. */
    private static void cleanSentiment(ObjectNode article, DroppedParts dropped) {
        JsonNode sentiment = article.get("sentiment");
        if (sentiment == null || !EntityPartCheck.isSentiment(sentiment)) {
            drop(article, "sentiment", dropped);
            return;
        }
        for (String share : SHARES) {
            if (sentiment.has(share) && !isNumberIn(sentiment.get(share), 0, 1)) {
                ((ObjectNode) sentiment).remove(share);
                dropped.add("sentiment." + share, "sentiment." + share);
            }
        }
    }

    private static void drop(ObjectNode article, String field, DroppedParts dropped) {
        article.remove(field);
        dropped.add(field, field);
    }

    private static void replace(ObjectNode article, String field, String value, DroppedParts dropped) {
        article.put(field, value);
        dropped.add(field, field);
    }
}
