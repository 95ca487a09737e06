package dev.newsflow.kafka;

import dev.newsflow.events.CloudEvent;
import dev.newsflow.events.EventHeaders;
import dev.newsflow.events.EventType;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class CloudEventRecordsTest {

    @Test
    void putsTheRecordOnTheEventsTopicUnderItsKeyWithOneHeaderPerAttribute() {
        var event = CloudEvent.of(EventType.ARTICLE_ENRICHED, "/newsflow/test", Instant.parse("2026-01-02T03:04:05Z"));
        var record = CloudEventRecords.record(event, "article-1", new byte[] {1});

        assertThat(record.topic()).isEqualTo(EventType.ARTICLE_ENRICHED.topic());
        assertThat(record.key()).isEqualTo("article-1");
        assertThat(record.headers().toArray()).hasSize(event.headers().size());
        event.headers().forEach((name, value) ->
                assertThat(CloudEventRecords.header(record.headers(), name)).isEqualTo(value));
    }

    @Test
    void readsTheLastValueOfARepeatedHeaderAndNullForAMissingOne() {
        var headers = new RecordHeaders();
        headers.add(EventHeaders.TRACEPARENT, "first".getBytes(StandardCharsets.UTF_8));
        headers.add(EventHeaders.TRACEPARENT, "second".getBytes(StandardCharsets.UTF_8));

        assertThat(CloudEventRecords.header(headers, EventHeaders.TRACEPARENT)).isEqualTo("second");
        assertThat(CloudEventRecords.header(headers, EventHeaders.ID)).isNull();
    }
}
