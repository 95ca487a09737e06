package dev.newsflow.kafka;

import dev.newsflow.events.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import java.nio.charset.StandardCharsets;

/** CloudEvents in Kafka's binary mode: the attributes as UTF-8 headers, the event data as the record value. */
public final class CloudEventRecords {

    private CloudEventRecords() {
    }

    /** A record for the event's topic, keyed (and so partitioned) by {@code key}, with one header per attribute. */
    public static ProducerRecord<String, byte[]> record(CloudEvent event, String key, byte[] value) {
        return record(event, null, key, value);
    }

    /** The same on the given partition; null lets the producer choose it from the key. */
    public static ProducerRecord<String, byte[]> record(CloudEvent event, Integer partition, String key, byte[] value) {
        var record = new ProducerRecord<>(event.type().topic(), partition, key, value);
        event.headers().forEach((name, text) -> record.headers().add(name, text.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    /** The last value of a header as text, or null when the record has no such header. */
    public static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The last value of a record's header as text, or null when it has no such header. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        return header(record.headers(), name);
    }
}
