package dev.newsflow.kafka;

import dev.newsflow.events.Topics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * Writes a record to {@code <topic>-dlt} with the exception in its headers, logs it, and counts it in
 * {@code newsflow.deadletters} (tag {@code topic}) once the running Kafka transaction commits (at once outside one).
 * Throws when the dead letter cannot be sent, so the batch fails and a record is never dropped silently. Also the
 * recoverer an after-rollback processor or error handler can be given.
 */
public class DeadLetters implements BiConsumer<ConsumerRecord<?, ?>, Exception> {

    public static final String METER = "newsflow.deadletters";

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final DeadLetterPublishingRecoverer recoverer;
    private final MeterRegistry registry;
    private final ObjectProvider<DeadLetterListener> listeners;

    public DeadLetters(DeadLetterPublishingRecoverer recoverer, MeterRegistry registry, List<String> readTopics,
            ObjectProvider<DeadLetterListener> listeners) {
        this.recoverer = recoverer;
        this.registry = registry;
        this.listeners = listeners;
        // registered up front so dashboards show 0, not "No data", before the first dead letter
        readTopics.forEach(topic -> counter(Topics.deadLetter(topic)));
    }

    @Override
    public void accept(ConsumerRecord<?, ?> record, Exception reason) {
        String deadLetterTopic = Topics.deadLetter(record.topic());
        recoverer.accept(record, reason);
        log.warn("Dead-lettered {}-{}@{} (key {}) to {}: {}", record.topic(), record.partition(), record.offset(),
                record.key(), deadLetterTopic, reason.getMessage());
        AfterCommit.run(() -> {
            counter(deadLetterTopic).increment();
            listeners.orderedStream().forEach(listener -> listener.deadLettered(record, reason));
        });
    }

    private Counter counter(String deadLetterTopic) {
        return Counter.builder(METER)
                .description("Records written to a dead-letter topic")
                .tag("topic", deadLetterTopic)
                .register(registry);
    }
}
