package dev.newsflow.store.consume;

import dev.newsflow.events.ArticleEnriched;
import dev.newsflow.events.EventJson;
import dev.newsflow.events.EventType;
import dev.newsflow.events.Sentiment;
import dev.newsflow.events.SentimentLabel;
import dev.newsflow.events.validation.DroppedPart;
import dev.newsflow.events.validation.RecordValidator;
import dev.newsflow.events.validation.UnusableRecordException;
import dev.newsflow.events.validation.Validated;
import dev.newsflow.store.article.IdentifiedEntity;
import dev.newsflow.store.article.IncomingArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes a record value, validated by the contract's {@link RecordValidator} with the store's
 * {@linkplain RequiredPartFallbacks#STORE_RULES rules}. Only a record that is not an article at all (not JSON, no
 * valid id, no title or body) is refused, with a reason, for the dead-letter topic. An invalid optional part is left
 * out of what is stored, counted under {@code newsflow.store.parts.dropped} and logged with the article id.
 */
@Component
class EnrichedArticleDecoder {

    private static final Logger log = LoggerFactory.getLogger(EnrichedArticleDecoder.class);
    /** The event record needs a sentiment; this one stands in for "left out" ({@link IncomingArticle#tone()}). */
    private static final Sentiment UNKNOWN_TONE = new Sentiment(SentimentLabel.NEUTRAL, 0, 0, 0, 1);

    private final EventJson json;
    private final StoreMetrics metrics;
    private final RecordValidator validator;

    EnrichedArticleDecoder(EventJson json, StoreMetrics metrics, RecordValidator validator) {
        this.json = json;
        this.metrics = metrics;
        this.validator = validator;
    }

    /** @param received the record's timestamp, standing in for a missing enrichedAt */
    IncomingArticle decode(byte[] value, Instant received) {
        if (value == null) {
            throw new InvalidArticleException("Record has no value");
        }
        JsonNode tree;
        try {
            tree = json.mapper().readTree(value);
        } catch (JacksonException e) {
            throw new InvalidArticleException("Not an enriched article: " + e.getOriginalMessage(), e);
        }
        if (tree == null || !tree.isObject()) {
            throw new InvalidArticleException("Not an enriched article: the value is not a JSON object");
        }
        String id = tree.path("id").asString("(no id)");
        Validated validated;
        try {
            validated = validator.validate(EventType.ARTICLE_ENRICHED, tree, RequiredPartFallbacks.STORE_RULES);
        } catch (UnusableRecordException e) {
            throw new InvalidArticleException("Article " + id + " cannot be stored: " + e.violation().describe(), e);
        }
        ObjectNode article = (ObjectNode) validated.record();
        List<DroppedPart> dropped = new ArrayList<>(validated.dropped());
        RequiredPartFallbacks.fill(article, received, dropped);
        IncomingArticle incoming = toIncoming(article, id,
                dropped.isEmpty() ? new String(value, StandardCharsets.UTF_8) : json.mapper().writeValueAsString(article));
        if (!dropped.isEmpty()) {
            dropped.forEach(part -> metrics.partDropped(DroppedPartTag.of(part.kind())));
            log.warn("Article {}: stored without its invalid optional parts {}", id,
                    String.join(", ", dropped.stream().map(DroppedPart::reason).toList()));
        }
        return incoming;
    }

    private IncomingArticle toIncoming(ObjectNode article, String id, String storedJson) {
        boolean toneKnown = article.has("sentiment");
        ObjectNode forRecord = article;
        if (!toneKnown) {
            forRecord = article.deepCopy();
            forRecord.set("sentiment", json.mapper().valueToTree(UNKNOWN_TONE));
        }
        try {
            ArticleEnriched event = json.mapper().treeToValue(forRecord, ArticleEnriched.class);
            // the record already read each entity with its id: no second pass over the JSON
            return new IncomingArticle(event, event.entities().stream().map(e -> IdentifiedEntity.of(e.id(), e)).toList(),
                    storedJson, toneKnown);
        } catch (JacksonException e) {
            throw new InvalidArticleException("Article " + id + " cannot be read: " + e.getMessage(), e);
        }
    }
}
