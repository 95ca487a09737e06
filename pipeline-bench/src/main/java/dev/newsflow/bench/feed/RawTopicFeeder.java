package dev.newsflow.bench.feed;

import dev.newsflow.events.ArticleId;
import dev.newsflow.events.ArticleIngested;
import dev.newsflow.events.ArticleOrigin;
import dev.newsflow.events.EventJson;
import dev.newsflow.events.EventType;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Publishes raw events straight to {@code news.articles.raw.v1}, as ingest would, so enrich and store are measured
 * without ingest's inbox polling in front of them.
 */
public final class RawTopicFeeder implements Feeder {

    private final TopicPublisher publisher;
    private final EventJson json;
    private final Clock clock;

    public RawTopicFeeder(String bootstrapServers, EventJson json, Clock clock) {
        this.publisher = new TopicPublisher(bootstrapServers);
        this.json = json;
        this.clock = clock;
    }

    @Override
    public Instant feed(List<BenchArticle> batch, int batchNumber) {
        // fed when ingest would have stamped it: ingestedAt, so fed -> stored here is enrich + store alone
        Instant now = clock.instant();
        TopicPublisher.await(batch.stream().map(article -> send(article, now)).toList());
        return now;
    }

    private Future<RecordMetadata> send(BenchArticle article, Instant now) {
        ArticleIngested event = raw(article, now);
        return publisher.send(EventType.ARTICLE_INGESTED, event.id(), json.write(event), now);
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

    @Override
    public void close() {
        publisher.close();
    }
}
