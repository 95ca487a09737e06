package dev.newsflow.events;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The CloudEvents attributes of one record, as they travel in binary mode: one header each.
 *
 * @param id     unique per publication (a redelivery of the same article gets a new one; the article id is the key)
 * @param source URI reference of the producing service, e.g. {@code /newsflow/ingest-service}
 */
public record CloudEvent(String id, String source, EventType type, Instant time) {

    public static CloudEvent of(EventType type, String source, Instant time) {
        return new CloudEvent(UUID.randomUUID().toString(), source, type, time);
    }

    /** Header name to value, in a stable order; the caller turns them into transport headers. */
    public Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(EventHeaders.ID, id);
        headers.put(EventHeaders.SOURCE, source);
        headers.put(EventHeaders.TYPE, type.ceType());
        headers.put(EventHeaders.SPEC_VERSION, EventHeaders.SPEC_VERSION_1_0);
        headers.put(EventHeaders.TIME, time.toString());
        headers.put(EventHeaders.CONTENT_TYPE, EventHeaders.JSON);
        return headers;
    }
}
