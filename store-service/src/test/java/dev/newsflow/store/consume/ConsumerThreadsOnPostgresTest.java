package dev.newsflow.store.consume;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;

import java.time.Duration;
import java.util.Collection;

import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** On PostgreSQL (NEWSFLOW_TEST_DB_URL, as CI sets it) the store consumes with two threads, each with partitions of its own. */
@EnabledIfEnvironmentVariable(named = "NEWSFLOW_TEST_DB_URL", matches = ".+")
@SpringBootTest(properties = {
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "spring.datasource.url=${NEWSFLOW_TEST_DB_URL}",
        "spring.datasource.username=${NEWSFLOW_TEST_DB_USER:news}",
        "spring.datasource.password=${NEWSFLOW_TEST_DB_PASSWORD:news}",
        "spring.datasource.hikari.schema=store_threads_test",
        "spring.flyway.schemas=store_threads_test"})
@EmbeddedKafka
@DirtiesContext
class ConsumerThreadsOnPostgresTest {

    private final KafkaListenerEndpointRegistry listeners;

    ConsumerThreadsOnPostgresTest(KafkaListenerEndpointRegistry listeners) {
        this.listeners = listeners;
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
}
