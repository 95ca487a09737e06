package dev.newsflow.store.consume;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** A record that will not be stored, and why. */
record Rejected(ConsumerRecord<String, byte[]> record, Exception reason) {
}
