package dev.newsflow.store.consume;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;

import java.time.Duration;
import java.util.Collection;
import java.util.UUID;

import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * On PostgreSQL (NEWSFLOW_TEST_DB_URL, as CI sets it) the store consumes with two threads, each with partitions of its
 * own, and stores a backlog in polls larger than Kafka's default of 500 records: PostgreSQL takes more articles per
 * second in fewer, larger transactions (BENCHMARKS.md, "Store write path").
 */
@EnabledIfEnvironmentVariable(named = "NEWSFLOW_TEST_DB_URL", matches = ".+")
@SpringBootTest(properties = {
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "spring.datasource.url=${NEWSFLOW_TEST_DB_URL}",
        "spring.datasource.username=${NEWSFLOW_TEST_DB_USER:news}",
        "spring.datasource.password=${NEWSFLOW_TEST_DB_PASSWORD:news}",
        "spring.datasource.hikari.schema=store_threads_test",
        "spring.flyway.schemas=store_threads_test"})
@EmbeddedKafka
@AutoConfigureMetrics
@DirtiesContext
class StoreConsumerOnPostgresTest {

    /** Some 800 per partition, so that a poll of one partition alone can hold more than 500. */
    private static final int BACKLOG = 2400;

    private final KafkaListenerEndpointRegistry listeners;
    private final KafkaTemplate<String, byte[]> kafka;
    private final JdbcClient jdbc;
    private final MeterRegistry meters;

    StoreConsumerOnPostgresTest(KafkaListenerEndpointRegistry listeners, KafkaTemplate<String, byte[]> kafka,
            JdbcClient jdbc, MeterRegistry meters) {
        this.listeners = listeners;
        this.kafka = kafka;
        this.jdbc = jdbc;
        this.meters = meters;
    }

    @Test
    void twoConsumersShareTheTopicsPartitions() {
        var container = (ConcurrentMessageListenerContainer<?, ?>) listeners.getListenerContainer(EnrichedArticleListener.ID);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            var consumers = container.getContainers();
            assertThat(consumers).hasSize(2);
            consumers.forEach(consumer -> assertThat(consumer.getAssignedPartitions()).isNotEmpty());
            assertThat(consumers.stream().map(c -> c.getAssignedPartitions()).flatMap(Collection::stream).collect(toSet()))
                    .hasSize(3);
        });
    }

    @Test
    void aBacklogIsStoredInPollsOfMoreThan500Records() {
        // the schema outlives the test run: this run's articles are told by their title
        String title = "Harbour ferry backlog " + UUID.randomUUID();
        Backlog.sendWhileStopped(kafka, listeners.getListenerContainer(EnrichedArticleListener.ID), title, BACKLOG);

        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql("SELECT COUNT(*) FROM article WHERE title LIKE :title")
                .param("title", title + " %").query(Long.class).single() == BACKLOG);
        assertThat(meters.summary("newsflow.store.batch.size").max()).isGreaterThan(500);
    }
}
