package dev.newsflow.store;

import dev.newsflow.events.ArticleEnriched;
import dev.newsflow.events.ArticleId;
import dev.newsflow.events.ArticleOrigin;
import dev.newsflow.events.EntitySentiment;
import dev.newsflow.events.EntityType;
import dev.newsflow.events.EventJson;
import dev.newsflow.events.NamedEntity;
import dev.newsflow.events.Sentiment;
import dev.newsflow.events.SentimentLabel;
import dev.newsflow.store.article.IdentifiedEntity;
import dev.newsflow.store.article.IncomingArticle;

import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Self-written enriched articles for tests, built field by field. */
public final class TestArticles {

    private static final EventJson JSON = new EventJson();

    private String title;
    private String body;
    private String source = "Test Gazette";
    private String language = "en";
    private Instant publishedAt = Instant.parse("2025-03-01T10:00:00Z");
    private Instant ingestedAt = Instant.parse("2025-03-01T10:05:00Z");
    private Sentiment sentiment = new Sentiment(SentimentLabel.NEUTRAL, 0.0, 0.1, 0.1, 0.8);
    private boolean toneKnown = true;
    private final List<NamedEntity> entities = new ArrayList<>();
    private final List<String> entityIds = new ArrayList<>();

    private TestArticles(String title) {
        this.title = title;
        this.body = "Reporters covered the story of " + title.toLowerCase() + " in detail on the day it happened.";
    }

    public static TestArticles article(String title) {
        return new TestArticles(title);
    }

    public TestArticles body(String text) {
        this.body = text;
        return this;
    }

    public TestArticles source(String name) {
        this.source = name;
        return this;
    }

    public TestArticles language(String code) {
        this.language = code;
        return this;
    }

    public TestArticles published(String instant) {
        this.publishedAt = instant == null ? null : Instant.parse(instant);
        return this;
    }

    public TestArticles published(Instant instant) {
        this.publishedAt = instant;
        return this;
    }

    public TestArticles ingested(Instant instant) {
        this.ingestedAt = instant;
        return this;
    }

    public TestArticles tone(SentimentLabel label, double score) {
        this.sentiment = new Sentiment(label, score, 0.3, 0.3, 0.4);
        return this;
    }

    /** As the decoder gives an article whose document sentiment was invalid and left out. */
    public TestArticles unknownTone() {
        this.toneKnown = false;
        return this;
    }

    public TestArticles entity(String name, EntityType type, int mentions, double score, String... aliases) {
        SentimentLabel label = score > 0.05 ? SentimentLabel.POSITIVE
                : score < -0.05 ? SentimentLabel.NEGATIVE : SentimentLabel.NEUTRAL;
        return entity(new NamedEntity(name, type, List.of(aliases), mentions, 0, 0.5,
                new EntitySentiment(label, score), null));
    }

    public TestArticles entity(NamedEntity entity) {
        return entity(null, entity);
    }

    /** @param id the stable entity id the record carries; null for a record from before ids */
    public TestArticles entity(String id, NamedEntity entity) {
        entities.add(entity);
        entityIds.add(id);
        return this;
    }

    /** An entity whose record carries this id. */
    public TestArticles entityWithId(String id, String name, EntityType type, int mentions, String... aliases) {
        return entity(id, new NamedEntity(name, type, List.of(aliases), mentions, 0, 0.5, null, null));
    }

    /** A known entity: the article's form as {@code name}, the knowledge's name as {@code canonicalName}. */
    public TestArticles knownEntity(String id, String name, String canonicalName, EntityType type, int mentions) {
        return entity(id, new NamedEntity(id, name, type, List.of(), mentions, 0, 0.5, null, null, canonicalName));
    }

    public ArticleEnriched build() {
        String id = ArticleId.of(title, body);
        return new ArticleEnriched(id, title, body, source, null, null, publishedAt, language,
                new ArticleOrigin(id + ".txt", "txt", body.length(), "0".repeat(64)), ingestedAt, entities, sentiment,
                List.of(), body.split("\\s+").length, "test-1", ingestedAt.plusSeconds(1));
    }

    public IncomingArticle incoming() {
        ArticleEnriched article = build();
        List<IdentifiedEntity> identified = new ArrayList<>();
        for (int i = 0; i < entities.size(); i++) {
            identified.add(IdentifiedEntity.of(entityIds.get(i), entities.get(i)));
        }
        if (toneKnown) {
            return new IncomingArticle(article, identified, JSON.writeString(article));
        }
        ObjectNode stored = JSON.mapper().valueToTree(article);
        stored.remove("sentiment");
        return new IncomingArticle(article, identified, stored.toString(), false);
    }

    public static IncomingArticle incoming(ArticleEnriched article) {
        return new IncomingArticle(article, JSON.writeString(article));
    }

    public static byte[] json(ArticleEnriched article) {
        return JSON.write(article);
    }
}
