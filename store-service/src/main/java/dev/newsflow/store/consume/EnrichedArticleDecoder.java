package dev.newsflow.store.consume;

import dev.newsflow.events.ArticleEnriched;
import dev.newsflow.events.ArticleId;
import dev.newsflow.events.EventJson;
import dev.newsflow.events.NamedEntity;
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
 * Decodes a record value. Only a record that is not an article at all (not JSON, no valid id, no title or body) is
 * refused, with a reason, for the dead-letter topic. An invalid optional part (an entity's geo or sentiment, an
 * entity without name or type, keywords, document sentiment...) is left out of what is stored, counted under
 * {@code newsflow.store.parts.dropped} and logged with the article id.
 */
@Component
class EnrichedArticleDecoder {

    private static final Logger log = LoggerFactory.getLogger(EnrichedArticleDecoder.class);

    private final EventJson json;
    private final StoreMetrics metrics;

    EnrichedArticleDecoder(EventJson json, StoreMetrics metrics) {
        this.json = json;
        this.metrics = metrics;
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
        ObjectNode article = (ObjectNode) tree;
        String id = requireArticle(article);
        DroppedParts dropped = new DroppedParts();
        ArticlePartCheck.clean(article, received, dropped);
        EntityPartCheck.clean(article, dropped);
        IncomingArticle incoming = toIncoming(article, id,
                dropped.isEmpty() ? new String(value, StandardCharsets.UTF_8) : json.mapper().writeValueAsString(article));
        if (!dropped.isEmpty()) {
            dropped.list().forEach(part -> metrics.partDropped(part.part()));
            log.warn("Article {}: stored without its invalid optional parts {}", id, dropped.paths());
        }
        return incoming;
    }

    private static String requireArticle(ObjectNode article) {
        JsonNode id = article.get("id");
        if (id == null || !id.isString() || !ArticleId.isValid(id.stringValue())) {
            throw new InvalidArticleException("Article id '" + (id == null ? null : id.asString())
                    + "' is not 32 lower-case hex characters");
        }
        JsonNode body = article.get("body");
        if (!JsonChecks.isText(article.get("title")) || body == null || !body.isString()) {
            throw new InvalidArticleException("Article " + id.stringValue() + " lacks a title or a body");
        }
        if (!JsonChecks.isStorable(article.get("title")) || !JsonChecks.isStorable(body)) {
            throw new InvalidArticleException("Article " + id.stringValue() + " contains a NUL character");
        }
        return id.stringValue();
    }

    private IncomingArticle toIncoming(ObjectNode article, String id, String storedJson) {
        ObjectNode forRecord = article;
        if (!article.has("sentiment")) {
            // the event record needs a sentiment; an empty one (no label) stands for "left out" (IncomingArticle.tone)
            forRecord = article.deepCopy();
            forRecord.putObject("sentiment");
        }
        try {
            ArticleEnriched event = json.mapper().treeToValue(forRecord, ArticleEnriched.class);
            List<IdentifiedEntity> entities = new ArrayList<>();
            for (int i = 0; i < event.entities().size(); i++) {
                NamedEntity entity = event.entities().get(i);
                JsonNode given = article.get("entities").get(i).get("id");
                entities.add(IdentifiedEntity.of(given == null ? null : given.stringValue(), entity));
            }
            return new IncomingArticle(event, entities, storedJson);
        } catch (JacksonException e) {
            throw new InvalidArticleException("Article " + id + " cannot be read: " + e.getMessage(), e);
        }
    }
}
