package dev.newsflow.store.consume;

import dev.newsflow.events.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.stereotype.Component;

/**
 * Sends refused records to {@code <topic>-dlt}, partitioned by their key (the article id), original key and value, the exception in the
 * {@code kafka_dlt-exception-*} headers. Waits for the broker's acknowledgement: if that fails, the exception
 * fails the batch and it is redelivered, so a record is never dropped silently.
 */
@Component
class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final DeadLetterPublishingRecoverer recoverer;
    private final StoreMetrics metrics;

    DeadLetters(DeadLetterPublishingRecoverer recoverer, StoreMetrics metrics) {
        this.recoverer = recoverer;
        this.metrics = metrics;
    }

    void publish(Rejected rejected) {
        var record = rejected.record();
        String deadLetterTopic = Topics.deadLetter(record.topic());
        log.warn("Dead-lettering {}-{}@{} (key {}) to {}: {}", record.topic(), record.partition(), record.offset(),
                record.key(), deadLetterTopic, rejected.reason().getMessage());
        recoverer.accept(record, rejected.reason());
        metrics.deadLettered(deadLetterTopic);
    }
}
