package dev.newsflow.events;

/**
 * Record header names: the CloudEvents Kafka protocol binding in binary mode, plus W3C trace context.
 * Header values are UTF-8 strings.
 */
public final class EventHeaders {

    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String TIME = "ce_time";
    public static final String CONTENT_TYPE = "content-type";
    public static final String TRACEPARENT = "traceparent";

    public static final String SPEC_VERSION_1_0 = "1.0";
    public static final String JSON = "application/json";

    private EventHeaders() {
    }
}
