package dev.newsflow.store.consume;

import dev.newsflow.events.ArticleEnriched;
import dev.newsflow.events.CloudEvent;
import dev.newsflow.events.EventType;
import dev.newsflow.kafka.CloudEventRecords;
import dev.newsflow.store.TestArticles;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A backlog is stored in transactions larger than Kafka's default poll of 500 records: on H2 a commit's page writes
 * are shared by the articles of its transaction, so fewer, larger transactions cost less CPU per article.
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
    void aBacklogIsStoredInPollsOfMoreThan500Records() {
        var container = listeners.getListenerContainer(EnrichedArticleListener.ID);
        await().until(container::isRunning);
        container.stop();
        List<CompletableFuture<?>> sent = new ArrayList<>();
        for (int i = 0; i < BACKLOG; i++) {
            ArticleEnriched article = TestArticles.article("Harbour ferry report number " + i).build();
            sent.add(kafka.send(CloudEventRecords.record(CloudEvent.of(EventType.ARTICLE_ENRICHED,
                    "/newsflow/enrich-service", Instant.now()), article.id(), TestArticles.json(article))));
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();

        // the whole backlog is on the broker before the consumer starts: its first fetch finds all of it
        container.start();

        await().atMost(Duration.ofSeconds(60))
                .until(() -> jdbc.sql("SELECT COUNT(*) FROM article").query(Long.class).single() == BACKLOG);
        assertThat(meters.summary("newsflow.store.batch.size").max()).isGreaterThan(500);
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
