package dev.newsflow.ingest;

import dev.newsflow.events.ArticleId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The same drop-and-publish path against a containerised Apache Kafka; skipped where no Docker engine runs. */
@SpringBootTest(properties = "newsflow.ingest.poll-interval=100ms")
@Testcontainers(disabledWithoutDocker = true)
class IngestKafkaContainerTest {

    @Container
    @ServiceConnection
    // the parent pom's kafka.image (Surefire passes it): one Kafka version for every variant and docker compose
    static final KafkaContainer KAFKA = new KafkaContainer(System.getProperty("newsflow.kafka-image"));

    @TempDir
    static Path home;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        registry.add("newsflow.home", home::toString);
    }

    @Test
    void aDroppedFileReachesTheTopicAndMovesToProcessed() {
        Inbox folders = new Inbox(home);
        folders.drop("bridge.txt", "Old bridge reopens to traffic\n\nCars crossed the repaired bridge on Thursday.");
        String id = ArticleId.of("Old bridge reopens to traffic", "Cars crossed the repaired bridge on Thursday.");

        try (RawTopic topic = new RawTopic(KAFKA.getBootstrapServers())) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(topic.keys()).contains(id));
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(folders.processedNames()).contains("bridge.txt"));
    }
}
