package dev.newsflow.ingest.publish;

import dev.newsflow.events.ArticleIngested;
import dev.newsflow.events.CloudEvent;
import dev.newsflow.events.EventJson;
import dev.newsflow.events.EventType;
import dev.newsflow.ingest.IngestSettings;
import dev.newsflow.kafka.CloudEventRecords;
import dev.newsflow.ingest.metrics.IngestMetrics;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes raw articles keyed by article id with CloudEvents headers and returns only once Kafka acknowledged all
 * of them (the producer is idempotent with {@code acks=all}), so callers may then let go of the input.
 */
@Component
public class ArticlePublisher {

    static final String SOURCE = "/newsflow/ingest-service";

    private final KafkaTemplate<String, byte[]> kafka;
    private final EventJson json;
    private final Clock clock;
    private final Duration timeout;
    private final IngestMetrics metrics;

    public ArticlePublisher(KafkaTemplate<String, byte[]> kafka, EventJson json, Clock clock, IngestSettings settings,
                            IngestMetrics metrics) {
        this.kafka = kafka;
        this.json = json;
        this.clock = clock;
        this.timeout = settings.publishTimeout();
        this.metrics = metrics;
    }

    /** @throws PublishFailedException when any article was not acknowledged within the publish timeout */
    public List<String> publish(List<ArticleIngested> articles) {
        long start = System.nanoTime();
        try {
            List<CompletableFuture<?>> acks = articles.stream().<CompletableFuture<?>>map(this::send).toList();
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new PublishFailedException("Kafka did not acknowledge all " + articles.size() + " articles: "
                    + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()), e);
        } catch (org.apache.kafka.common.KafkaException | org.springframework.kafka.KafkaException e) {
            // send() itself fails fast when, e.g., the broker's metadata cannot be fetched within max.block.ms;
            // KafkaTemplate wraps that in its own KafkaException
            throw new PublishFailedException("Kafka refused the articles: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailedException("interrupted while waiting for Kafka", e);
        }
        metrics.publishTime(Duration.ofNanos(System.nanoTime() - start));
        return articles.stream().map(ArticleIngested::id).toList();
    }

    private CompletableFuture<?> send(ArticleIngested article) {
        return kafka.send(CloudEventRecords.record(CloudEvent.of(EventType.ARTICLE_INGESTED, SOURCE, clock.instant()),
                article.id(), json.write(article)));
    }
}
