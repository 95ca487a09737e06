package dev.newsflow.store.consume;

import dev.newsflow.events.ArticleEnriched;
import dev.newsflow.events.ArticleId;
import dev.newsflow.events.EntitySentiment;
import dev.newsflow.events.EventJson;
import dev.newsflow.events.Geo;
import dev.newsflow.events.NamedEntity;
import dev.newsflow.store.article.IncomingArticle;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes a record value and checks what the store relies on, so a bad record is refused here with a reason
 * instead of failing a whole database batch.
 */
@Component
class EnrichedArticleDecoder {

    private final EventJson json;

    EnrichedArticleDecoder(EventJson json) {
        this.json = json;
    }

    IncomingArticle decode(byte[] value) {
        if (value == null) {
            throw new InvalidArticleException("Record has no value");
        }
        ArticleEnriched article;
        try {
            article = json.read(value, ArticleEnriched.class);
        } catch (JacksonException e) {
            throw new InvalidArticleException("Not an enriched article: " + e.getOriginalMessage(), e);
        }
        if (article == null) {
            throw new InvalidArticleException("Record value is JSON null");
        }
        validate(article);
        return new IncomingArticle(article, new String(value, StandardCharsets.UTF_8));
    }

    private static void validate(ArticleEnriched a) {
        if (!ArticleId.isValid(a.id())) {
            throw new InvalidArticleException("Article id '" + a.id() + "' is not 32 lower-case hex characters");
        }
        if (a.title() == null || a.title().isBlank() || a.body() == null || a.ingestedAt() == null) {
            throw new InvalidArticleException("Article " + a.id() + " lacks a title, body or ingestedAt");
        }
        if (a.sentiment().label() == null || !(Math.abs(a.sentiment().score()) <= 1)) {
            throw new InvalidArticleException("Article " + a.id() + " has no sentiment label or a score outside [-1, 1]");
        }
        List<String> texts = new ArrayList<>(List.of(a.title(), a.body()));
        for (NamedEntity entity : a.entities()) {
            validate(a.id(), entity);
            texts.add(entity.name());
            texts.addAll(entity.aliases());
        }
        // PostgreSQL text cannot hold U+0000; better one dead letter than a failed batch
        if (texts.stream().anyMatch(text -> text.indexOf('\u0000') >= 0)) {
            throw new InvalidArticleException("Article " + a.id() + " contains a NUL character");
        }
    }

    /** The writer dereferences all of these; a null here would escape the dead-letter path and stall the store. */
    private static void validate(String id, NamedEntity entity) {
        if (entity.name() == null || entity.name().isBlank() || entity.type() == null) {
            throw new InvalidArticleException("Article " + id + " names an entity without a name or type");
        }
        EntitySentiment sentiment = entity.sentiment();
        if (sentiment != null && (sentiment.label() == null || !(Math.abs(sentiment.score()) <= 1))) {
            throw new InvalidArticleException("Article " + id + " gives entity '" + entity.name()
                    + "' a sentiment without a label or with a score outside [-1, 1]");
        }
        Geo geo = entity.geo();
        if (geo != null && !(Math.abs(geo.lat()) <= 90 && Math.abs(geo.lon()) <= 180)) {
            throw new InvalidArticleException("Article " + id + " places entity '" + entity.name()
                    + "' outside latitude [-90, 90] or longitude [-180, 180]");
        }
    }
}
