package dev.newsflow.bench.feed;

import dev.newsflow.events.ArticleId;
import dev.newsflow.events.ArticleIngested;
import dev.newsflow.events.ArticleOrigin;
import dev.newsflow.events.CloudEvent;
import dev.newsflow.events.EventJson;
import dev.newsflow.events.EventType;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes raw events straight to {@code news.articles.raw.v1}, as ingest would, so enrich and store are measured
 * without ingest's inbox polling in front of them.
 */
public final class RawTopicFeeder implements Feeder {

    private static final String SOURCE = "/newsflow/pipeline-bench";

    private final KafkaProducer<String, byte[]> producer;
    private final EventJson json;
    private final Clock clock;

    public RawTopicFeeder(String bootstrapServers, EventJson json, Clock clock) {
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.CLIENT_ID_CONFIG, "pipeline-bench"),
                new StringSerializer(), new ByteArraySerializer());
        this.json = json;
        this.clock = clock;
    }

    @Override
    public Instant feed(List<BenchArticle> batch, int batchNumber) {
        // fed when ingest would have stamped it: ingestedAt, so fed -> stored here is enrich + store alone
        Instant now = clock.instant();
        List<Future<RecordMetadata>> acks = batch.stream().map(article -> send(article, now)).toList();
        for (Future<RecordMetadata> ack : acks) {
            try {
                ack.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("Kafka refused a raw article: " + e.getCause().getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while publishing", e);
            }
        }
        return now;
    }

    private Future<RecordMetadata> send(BenchArticle article, Instant now) {
        byte[] content = (article.title() + "\n\n" + article.body()).getBytes(StandardCharsets.UTF_8);
        ArticleIngested event = new ArticleIngested(article.id(), article.title(), article.body(), "pipeline-bench",
                null, null, null, null, new ArticleOrigin("pipeline-bench", "api", content.length,
                        ArticleId.sha256Hex(content)), now);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(EventType.ARTICLE_INGESTED.topic(), event.id(),
                json.write(event));
        CloudEvent.of(EventType.ARTICLE_INGESTED, SOURCE, now).headers().forEach((name, value) ->
                record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8))));
        return producer.send(record);
    }

    @Override
    public String describe() {
        return "raw topic -> enrich -> store (ingest bypassed)";
    }

    @Override
    public void close() {
        producer.close();
    }
}
