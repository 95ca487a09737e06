package dev.newsflow.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Binds every consumer of Boot's consumer factory with {@link PromptConsumerMetrics}, refreshed on one thread of its
 * own, which stops with the application context. Not a scheduler bean, so nothing else picks the thread up.
 */
final class PromptConsumerMetricsCustomizer implements DefaultKafkaConsumerFactoryCustomizer, AutoCloseable {

    private final MeterRegistry registry;
    private final Duration refresh;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            task -> Thread.ofPlatform().daemon().name("kafka-consumer-metrics").unstarted(task));

    PromptConsumerMetricsCustomizer(MeterRegistry registry, Duration refresh) {
        this.registry = registry;
        this.refresh = refresh;
    }

    @Override
    public void customize(DefaultKafkaConsumerFactory<?, ?> factory) {
        bind(factory);
    }

    private <K, V> void bind(DefaultKafkaConsumerFactory<K, V> factory) {
        factory.addListener(new PromptConsumerMetrics<>(registry, scheduler, refresh));
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
