package dev.newsflow.ingest.publish;

import dev.newsflow.events.ArticleIngested;
import dev.newsflow.events.CloudEvent;
import dev.newsflow.events.EventJson;
import dev.newsflow.events.EventType;
import dev.newsflow.ingest.IngestSettings;
import dev.newsflow.ingest.metrics.IngestMetrics;
import dev.newsflow.kafka.CloudEventRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Publishes raw articles keyed by article id with CloudEvents headers, the articles of several files in one Kafka
 * transaction, and returns only once that transaction is committed, so callers may then let go of every one of the
 * files. Sends are not waited for one by one: the producer batches and compresses them, and the commit is the one
 * wait. When anything fails the transaction is aborted, so a read_committed consumer (enrich) sees all of a file's
 * articles or none of them, however often the file is tried.
 * <p>
 * One transaction at a time per instance (a lock, held by the inbox poller and by uploads alike), so the producer is
 * always the one transactional id {@code newsflow-ingest-<instance-id>-0} (see {@link TransactionalProducer}).
 */
@Component
public class ArticlePublisher {

    static final String SOURCE = "/newsflow/ingest-service";
    private static final Logger log = LoggerFactory.getLogger(ArticlePublisher.class);

    private final KafkaTemplate<String, byte[]> kafka;
    private final EventJson json;
    private final Clock clock;
    private final Duration timeout;
    private final IngestMetrics metrics;
    private final ReentrantLock oneTransactionAtATime = new ReentrantLock();

    public ArticlePublisher(KafkaTemplate<String, byte[]> kafka, EventJson json, Clock clock, IngestSettings settings,
                            IngestMetrics metrics) {
        this.kafka = kafka;
        this.json = json;
        this.clock = clock;
        this.timeout = settings.publishTimeout();
        this.metrics = metrics;
    }

    /**
     * Every article of every file in one transaction.
     *
     * @throws PublishFailedException when the transaction was not committed within the publish timeout (it is then
     *                                aborted: none of the articles is visible to read_committed consumers); a
     *                                {@link PublishRefusedException} when Kafka refused a record for good
     */
    public void publishAll(List<List<ArticleIngested>> files) {
        int articles = files.stream().mapToInt(List::size).sum();
        long start = System.nanoTime();
        inTransaction(operations -> {
            List<CompletableFuture<Void>> acks = files.stream().flatMap(List::stream)
                    .map(article -> send(operations, article)).toList();
            awaitAcks(acks, articles);
        }, "Kafka refused the " + articles + " articles: ");
        metrics.publishTime(Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * Takes this instance's transactional id at once, before any file is found: a predecessor killed in the middle of
     * a transaction is fenced and its open transaction aborted now, instead of holding read_committed consumers back
     * until {@code transaction.timeout.ms} runs out. Logged, not thrown, when Kafka cannot be reached: the first
     * publish then does it.
     */
    public void takeTransactionalId() {
        try {
            inTransaction(operations -> { }, "");
        } catch (PublishFailedException e) {
            log.warn("could not take the transactional id yet (the first publish will): {}", e.getMessage());
        }
    }

    private void inTransaction(java.util.function.Consumer<KafkaOperations<String, byte[]>> work, String failure) {
        oneTransactionAtATime.lock();
        try {
            kafka.executeInTransaction(operations -> {
                work.accept(operations);
                return null;
            });
        } catch (org.apache.kafka.common.KafkaException | org.springframework.kafka.KafkaException e) {
            // send() fails fast when, e.g., the broker's metadata cannot be fetched within max.block.ms; the commit
            // when the coordinator cannot be reached; KafkaTemplate wraps some of these in its own KafkaException
            throw KafkaRefusals.of(failure + e.getMessage(), e);
        } finally {
            oneTransactionAtATime.unlock();
        }
    }

    private void awaitAcks(List<CompletableFuture<Void>> acks, int articles) {
        try {
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw KafkaRefusals.of("Kafka did not acknowledge all " + articles + " articles: "
                    + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailedException("interrupted while waiting for Kafka", e);
        }
    }

    /**
     * The acknowledgement alone: a {@code SendResult} holds its record, serialized value and all, so keeping the
     * futures {@code send} returns would hold every serialized article of the transaction until its last ack (as
     * much again as a bulk file's text, which ran ingest out of memory), where the producer's buffer would bound it.
     */
    private CompletableFuture<Void> send(KafkaOperations<String, byte[]> operations, ArticleIngested article) {
        return operations.send(CloudEventRecords.record(
                CloudEvent.of(EventType.ARTICLE_INGESTED, SOURCE, clock.instant()), article.id(), json.write(article)))
                .thenAccept(acknowledged -> { });
    }
}
