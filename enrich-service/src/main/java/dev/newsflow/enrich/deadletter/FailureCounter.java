package dev.newsflow.enrich.deadletter;

import dev.newsflow.enrich.metrics.EnrichMetrics;
import dev.newsflow.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.listener.RetryListener;

/** Counts every failed attempt by its cause, and every record that ended in the dead-letter topic. */
class FailureCounter implements RetryListener {

    private final EnrichMetrics metrics;

    FailureCounter(EnrichMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void failedDelivery(ConsumerRecord<?, ?> record, Exception failure, int deliveryAttempt) {
        metrics.failed(cause(failure));
    }

    @Override
    public void recovered(ConsumerRecord<?, ?> record, Exception failure) {
        metrics.deadLettered(Topics.deadLetter(record.topic()));
    }

    /** The listener's own exception rather than the container's wrapper, which every listener failure shares. */
    private static Throwable cause(Exception failure) {
        if (failure instanceof ListenerExecutionFailedException && failure.getCause() != null) {
            return failure.getCause();
        }
        return failure;
    }
}
