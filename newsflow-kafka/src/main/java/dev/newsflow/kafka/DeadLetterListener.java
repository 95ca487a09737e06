package dev.newsflow.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** A service's own bookkeeping for a dead letter, told once the dead letter is committed. */
@FunctionalInterface
public interface DeadLetterListener {

    void deadLettered(ConsumerRecord<?, ?> record, Exception reason);
}
