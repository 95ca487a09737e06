package dev.newsflow.enrich.pipeline;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.springframework.kafka.core.ProducerFactory;

/**
 * The largest enriched value the producer can send. A record over the producer's {@code max.request.size} fails the
 * batch's commit, so the whole batch was rolled back, retried and dead-lettered with it: one article that enriches
 * to a large record (a list of thousands of names) took every good article polled with it. Checked per record
 * instead, such an article is dead-lettered alone, like any other record that cannot be published.
 *
 * @param maxValueBytes the producer's {@code max.request.size} less room for the key, headers and batch framing
 */
record PublishLimit(int maxValueBytes) {

    /** Key (32), CloudEvents and trace headers (a few hundred bytes) and batch framing, with room to spare. */
    static final int FRAMING_BYTES = 8 * 1024;

    private static final int KAFKA_DEFAULT = 1024 * 1024;

    static PublishLimit of(ProducerFactory<?, ?> producers) {
        Object configured = producers.getConfigurationProperties().get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG);
        int maxRequest = configured == null ? KAFKA_DEFAULT : Integer.parseInt(configured.toString().strip());
        return new PublishLimit(Math.max(0, maxRequest - FRAMING_BYTES));
    }
}
