package dev.newsflow.kafka;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.Measurable;
import org.apache.kafka.common.metrics.Metrics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class PromptConsumerMetricsTest {

    private static final String LAG = "kafka.consumer.fetch.manager.records.lag";

    private final Metrics kafka = new Metrics();
    private final MeterRegistry registry = new SimpleMeterRegistry();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void close() {
        scheduler.shutdownNow();
        kafka.close();
    }

    /** As a Kafka 4.1 consumer reports it: a topic with dots twice (KIP-1109), one with underscores once. */
    @Test
    void eachPartitionsLagIsOneSeriesUnderTheRealTopicName() {
        lag("news.articles.raw.v1", "0", 7);
        lag("news_articles_raw_v1", "0", 7);
        lag("news.articles.raw.v1", "1", 2);
        lag("news_articles_raw_v1", "1", 2);
        lag("legacy_feed", "0", 4);

        MeterBinder binder = new PromptConsumerMetrics<byte[], byte[]>(registry, scheduler, Duration.ofSeconds(5))
                .createClientMetrics(consumer(), List.of());
        binder.bindTo(registry);

        assertThat(registry.find(LAG).gauges()).extracting(g -> g.getId().getTag("topic"),
                        g -> g.getId().getTag("partition"), Gauge::value)
                .containsExactlyInAnyOrder(tuple("news.articles.raw.v1", "0", 7.0), tuple("news.articles.raw.v1", "1", 2.0),
                        tuple("legacy_feed", "0", 4.0));
    }

    private void lag(String topic, String partition, double value) {
        MetricName name = kafka.metricName("records-lag", "consumer-fetch-manager-metrics", "The latest lag",
                Map.of("client-id", "consumer-1", "topic", topic, "partition", partition));
        kafka.addMetric(name, (Measurable) (config, now) -> value);
    }

    private MockConsumer<byte[], byte[]> consumer() {
        return new MockConsumer<>("earliest") {
            @Override
            public synchronized Map<MetricName, ? extends Metric> metrics() {
                return kafka.metrics();
            }
        };
    }
}
