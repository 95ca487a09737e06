package dev.newsflow.store.db;

import dev.newsflow.events.ArticleEnriched;
import dev.newsflow.events.Topics;
import dev.newsflow.store.TestArticles;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 9: the store starts while its database is unreachable (an H2 server not yet listening on the URL's port),
 * reports DOWN and consumes nothing; once the database answers it migrates, reports UP and stores what waited.
 */
@SpringBootTest(properties = {
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "spring.datasource.hikari.connection-timeout=1000",
        "management.endpoint.health.show-components=always",
        "newsflow.store.retry.initial-interval=100ms",
        "newsflow.store.retry.max-interval=500ms"})
@EmbeddedKafka
@AutoConfigureMockMvc
@DirtiesContext
class StartWhileDatabaseDownTest {

    private static final int PORT = freePort();
    private static Server database;

    private final MockMvc mvc;
    private final KafkaTemplate<String, byte[]> kafka;
    private final KafkaListenerEndpointRegistry listeners;

    StartWhileDatabaseDownTest(MockMvc mvc, KafkaTemplate<String, byte[]> kafka, KafkaListenerEndpointRegistry listeners) {
        this.mvc = mvc;
        this.kafka = kafka;
        this.listeners = listeners;
    }

    @DynamicPropertySource
    static void unreachableDatabase(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", () -> "jdbc:h2:tcp://localhost:" + PORT
                + "/mem:store-down;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }

    @AfterAll
    static void stopDatabase() {
        if (database != null) {
            database.stop();
        }
    }

    @Test
    void startsDownConsumesNothingThenMigratesAndStoresOnceTheDatabaseAnswers() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.components.migration.status").value("DOWN"));
        assertThat(listeners.getListenerContainers()).isNotEmpty().noneMatch(MessageListenerContainer::isRunning);
        ArticleEnriched article = TestArticles.article("Sea wall survives spring tide").build();
        kafka.send(Topics.ENRICHED_ARTICLES, article.id(), TestArticles.json(article)).join();

        database = Server.createTcpServer("-tcpPort", String.valueOf(PORT), "-ifNotExists").start();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.components.migration.status").value("UP")));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> mvc.perform(get("/api/articles/{id}", article.id()))
                .andExpect(status().isOk()));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
