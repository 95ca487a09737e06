package dev.newsflow.replay;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The headers a replayed record carries: the original ones (CloudEvents attributes, {@code traceparent}) without
 * the dead-letter publisher's {@code kafka_dlt-*} reasons, which would be stale once the record is replayed, plus
 * {@code newsflow_replayed-from} naming the dead letter it came from.
 */
final class ReplayedHeaders {

    static final String REPLAYED_FROM = "newsflow_replayed-from";
    private static final String DEAD_LETTER_PREFIX = "kafka_dlt-";

    private ReplayedHeaders() {
    }

    static Headers of(Headers deadLetter, String topic, int partition, long offset) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : deadLetter) {
            if (!header.key().startsWith(DEAD_LETTER_PREFIX) && !header.key().equals(REPLAYED_FROM)) {
                headers.add(header);
            }
        }
        headers.add(REPLAYED_FROM, (topic + "-" + partition + "@" + offset).getBytes(StandardCharsets.UTF_8));
        return headers;
    }
}
