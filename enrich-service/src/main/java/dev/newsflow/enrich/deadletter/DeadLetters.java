package dev.newsflow.enrich.deadletter;

import dev.newsflow.enrich.metrics.AfterCommit;
import dev.newsflow.enrich.metrics.EnrichMetrics;
import dev.newsflow.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.stereotype.Component;

import java.util.function.BiConsumer;

/**
 * Writes raw records to {@code news.articles.raw.v1-dlt} inside the running Kafka transaction and counts them once
 * that transaction has committed. Used for poison records in the middle of a batch and, as the recoverer of the
 * after-rollback processor, for a whole batch that kept failing.
 */
@Component
public class DeadLetters implements BiConsumer<ConsumerRecord<?, ?>, Exception> {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final DeadLetterPublishingRecoverer recoverer;
    private final EnrichMetrics metrics;

    DeadLetters(DeadLetterPublishingRecoverer recoverer, EnrichMetrics metrics) {
        this.recoverer = recoverer;
        this.metrics = metrics;
        metrics.deadLetters(Topics.deadLetter(Topics.RAW_ARTICLES));
    }

    /**
     * A record that can never be enriched (unreadable, or the engine fails on it): dead-lettered at once, and its
     * failure counted, since a redelivery would fail the same way.
     */
    public void poison(ConsumerRecord<?, ?> record, RuntimeException reason) {
        accept(record, reason);
        AfterCommit.run(() -> metrics.failed(reason));
    }

    /** Dead-letters one record with the exception in its headers; throws when the dead letter cannot be sent. */
    @Override
    public void accept(ConsumerRecord<?, ?> record, Exception reason) {
        recoverer.accept(record, reason);
        log.warn("Dead-lettered {}-{}@{} (key {}) to {}: {}", record.topic(), record.partition(), record.offset(),
                record.key(), Topics.deadLetter(record.topic()), reason.getMessage());
        AfterCommit.run(() -> metrics.deadLettered(Topics.deadLetter(record.topic())));
    }
}
