package dev.newsflow.enrich.pipeline;

import dev.newsflow.enrich.KafkaTestClient;
import dev.newsflow.enrich.TestArticles;
import dev.newsflow.nlp.NewsAnalyzer;
import dev.newsflow.events.ArticleEnriched;
import dev.newsflow.events.ArticleIngested;
import dev.newsflow.events.EventHeaders;
import dev.newsflow.events.EventJson;
import dev.newsflow.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.test.annotation.DirtiesContext;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

import java.nio.charset.StandardCharsets;

import static dev.newsflow.enrich.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;

/** The service, untouched, against a real Apache Kafka broker in a container; skipped where Docker is missing. */
@SpringBootTest
@Testcontainers(disabledWithoutDocker = true)
@DirtiesContext
class EnrichPipelineContainerTest {

    @Container
    @ServiceConnection
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.2");

    @Test
    void enrichesARawArticleAndDeadLettersARecordThatIsNotOne() {
        ArticleIngested raw = TestArticles.raw("Lakeview ferry line opens to passengers");
        try (var kafka = new KafkaTestClient(KAFKA.getBootstrapServers())) {
            kafka.send(Topics.RAW_ARTICLES, "not-an-article", "plain text".getBytes(StandardCharsets.UTF_8));
            kafka.sendRaw(raw);

            ConsumerRecord<String, byte[]> out = kafka.awaitRecord(Topics.ENRICHED_ARTICLES, raw.id());
            ArticleEnriched enriched = new EventJson().read(out.value(), ArticleEnriched.class);
            assertThat(header(out, EventHeaders.TYPE)).isEqualTo("dev.newsflow.article.enriched.v1");
            assertThat(enriched.title()).isEqualTo(raw.title());
            assertThat(enriched.enricherVersion()).isEqualTo(NewsAnalyzer.load().version());
            assertThat(kafka.awaitRecord(Topics.deadLetter(Topics.RAW_ARTICLES), "not-an-article").value())
                    .asString(StandardCharsets.UTF_8).isEqualTo("plain text");
        }
    }
}
