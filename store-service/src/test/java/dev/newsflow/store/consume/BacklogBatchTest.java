package dev.newsflow.store.consume;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * On H2 a backlog is stored in transactions of at most 200 articles: larger ones cost more CPU per article, as H2
 * writes their pages to its file in the middle of the transaction and again at its commit (H2Dialect).
 */
@SpringBootTest(properties = {
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "spring.datasource.url=jdbc:h2:mem:store-backlog;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        // more threads asked for, by the store's setting and by Boot's: H2 still gets one
        "newsflow.store.concurrency=3", "spring.kafka.listener.concurrency=3"})
@EmbeddedKafka
@AutoConfigureMetrics
@DirtiesContext
class BacklogBatchTest {

    private static final int BACKLOG = 1200;

    private final KafkaTemplate<String, byte[]> kafka;
    private final KafkaListenerEndpointRegistry listeners;
    private final JdbcClient jdbc;
    private final MeterRegistry meters;

    BacklogBatchTest(KafkaTemplate<String, byte[]> kafka, KafkaListenerEndpointRegistry listeners, JdbcClient jdbc,
            MeterRegistry meters) {
        this.kafka = kafka;
        this.listeners = listeners;
        this.jdbc = jdbc;
        this.meters = meters;
    }

    @Test
    void aBacklogIsStoredInTransactionsOfAtMost200Articles() {
        Backlog.sendWhileStopped(kafka, listeners.getListenerContainer(EnrichedArticleListener.ID),
                "Harbour ferry report number", BACKLOG);

        await().atMost(Duration.ofSeconds(60))
                .until(() -> jdbc.sql("SELECT COUNT(*) FROM article").query(Long.class).single() == BACKLOG);
        var batches = meters.summary("newsflow.store.batch.size");
        assertThat(batches.max()).isLessThanOrEqualTo(200);
        assertThat(batches.totalAmount()).isEqualTo(BACKLOG);
    }

    /** H2's upserts are not safe from each other's (SqlDialect#upsertsConcurrently): one thread, whatever is asked. */
    @Test
    void onH2OneConsumerTakesEveryPartition() {
        var container = (ConcurrentMessageListenerContainer<?, ?>) listeners.getListenerContainer(EnrichedArticleListener.ID);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(container.getContainers()).hasSize(1);
            assertThat(container.getAssignedPartitions()).hasSize(3);
        });
    }
}
