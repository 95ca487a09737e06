package dev.newsflow.bench.feed;

import dev.newsflow.events.ArticleId;
import dev.newsflow.events.ArticleIngested;
import dev.newsflow.events.ArticleOrigin;
import dev.newsflow.events.EventJson;
import dev.newsflow.events.EventType;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;

/**
 * Publishes raw events straight to {@code news.articles.raw.v1}, as ingest would, so enrich and store are measured
 * without ingest's inbox polling in front of them.
 */
public final class RawTopicFeeder extends TopicFeeder {

    public RawTopicFeeder(String bootstrapServers, EventJson json, Clock clock) {
        super(bootstrapServers, json, clock, EventType.ARTICLE_INGESTED);
    }

    @Override
    Record event(BenchArticle article, Instant now) {
        return raw(article, now);
    }

    /** The event ingest would publish for {@code article} read at {@code now}. */
    static ArticleIngested raw(BenchArticle article, Instant now) {
        byte[] content = (article.title() + "\n\n" + article.body()).getBytes(StandardCharsets.UTF_8);
        return new ArticleIngested(article.id(), article.title(), article.body(), "pipeline-bench",
                null, null, null, null, new ArticleOrigin("pipeline-bench", "api", content.length,
                        ArticleId.sha256Hex(content)), now);
    }

    @Override
    public String describe() {
        return "raw topic -> enrich -> store (ingest bypassed)";
    }
}
