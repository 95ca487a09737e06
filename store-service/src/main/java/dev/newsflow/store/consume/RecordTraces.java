package dev.newsflow.store.consume;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;

/**
 * Continues each record's trace ({@code traceparent} header) around the work done for it. Spring Kafka observes only
 * record listeners; a batch listener gets no per-record span, so without this an article's trace would end at the
 * enriched topic and the store's log lines would not carry its trace id.
 */
@Component
class RecordTraces {

    private final Tracer tracer;
    private final Propagator propagator;

    RecordTraces(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        this.tracer = tracer.getIfAvailable(() -> Tracer.NOOP);
        this.propagator = propagator.getIfAvailable(() -> Propagator.NOOP);
    }

    void inTraceOf(ConsumerRecord<?, ?> record, String spanName, Runnable work) {
        Span span = propagator.extract(record.headers(), RecordTraces::lastHeader).name(spanName).start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            work.run();
        } finally {
            span.end();
        }
    }

    private static String lastHeader(Headers headers, String key) {
        Header header = headers.lastHeader(key);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
