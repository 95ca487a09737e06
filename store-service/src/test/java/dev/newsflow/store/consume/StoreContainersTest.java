package dev.newsflow.store.consume;

import dev.newsflow.events.ArticleEnriched;
import dev.newsflow.events.Topics;
import dev.newsflow.store.TestArticles;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The production shape in containers: Apache Kafka and PostgreSQL. Skipped where no Docker engine runs. */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest
@AutoConfigureMockMvc
class StoreContainersTest {

    @Container
    @ServiceConnection
    // the parent pom's kafka.image (Surefire passes it): one Kafka version for every variant and docker compose
    static final KafkaContainer KAFKA = new KafkaContainer(System.getProperty("newsflow.kafka-image"));

    @Container
    @ServiceConnection
    static final PostgreSQLContainer POSTGRES = new PostgreSQLContainer("postgres:17-alpine");

    private final KafkaTemplate<String, byte[]> kafka;
    private final MockMvc mvc;

    StoreContainersTest(KafkaTemplate<String, byte[]> kafka, MockMvc mvc) {
        this.kafka = kafka;
        this.mvc = mvc;
    }

    @Test
    void anEnrichedEventIsStoredInPostgresAndFoundByFullTextSearch() {
        ArticleEnriched article = TestArticles.article("Glacier retreat measured by survey team").build();
        kafka.send(Topics.ENRICHED_ARTICLES, article.id(), TestArticles.json(article)).join();

        await().untilAsserted(() -> mvc.perform(get("/api/articles").param("q", "glaciers"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value(article.id())));
    }
}
