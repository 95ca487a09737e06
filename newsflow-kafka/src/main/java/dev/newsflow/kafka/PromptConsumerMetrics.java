package dev.newsflow.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import org.apache.kafka.clients.consumer.Consumer;
import org.springframework.kafka.core.MicrometerConsumerListener;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Spring Kafka's consumer metrics binder with a short refresh. Micrometer binds the metrics a Kafka client has when it
 * is created and looks for new ones once a minute by default; the per-partition ones, among them
 * {@code records-lag} ({@code kafka_consumer_fetch_manager_records_lag}), only come into being after the partitions
 * are assigned and first fetched, so with the default they were missing from every scrape for up to a minute after
 * start-up and after each rebalance. Each series is bound once, under the real topic name ({@link DeprecatedTopicMetrics}).
 */
final class PromptConsumerMetrics<K, V> extends MicrometerConsumerListener<K, V> {

    private final ScheduledExecutorService scheduler;
    private final Duration refresh;

    PromptConsumerMetrics(MeterRegistry registry, ScheduledExecutorService scheduler, Duration refresh) {
        super(registry);
        this.scheduler = scheduler;
        this.refresh = refresh;
    }

    @Override
    protected MeterBinder createClientMetrics(Consumer<K, V> consumer, List<Tag> tags) {
        return new KafkaClientMetrics(DeprecatedTopicMetrics.withoutCopies(consumer), tags, scheduler, refresh);
    }
}
