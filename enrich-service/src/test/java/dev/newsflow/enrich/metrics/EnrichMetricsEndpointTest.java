package dev.newsflow.enrich.metrics;

import dev.newsflow.enrich.KafkaTestClient;
import dev.newsflow.enrich.TestArticles;
import dev.newsflow.enrich.engine.FixedAnalyzer;
import dev.newsflow.nlp.ArticleAnalyzer;
import dev.newsflow.events.ArticleIngested;
import dev.newsflow.events.Topics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** What a Prometheus scrape of the service shows after it enriched one article and dead-lettered another. */
@SpringBootTest(properties = "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}")
@EmbeddedKafka
@AutoConfigureMetrics
@AutoConfigureMockMvc
@DirtiesContext
class EnrichMetricsEndpointTest {

    @TestBean
    ArticleAnalyzer articleAnalyzer;

    static ArticleAnalyzer articleAnalyzer() {
        return FixedAnalyzer.ferryStory();
    }

    @Test
    void scrapeCountsEnrichedAndDeadLetteredArticlesEntitiesToneAndEngineTime(@Autowired EmbeddedKafkaBroker broker,
            @Autowired MockMvc mvc) throws Exception {
        ArticleIngested raw = TestArticles.raw("Lakeview ferry line approved by the council");
        try (var kafka = new KafkaTestClient(broker.getBrokersAsString())) {
            kafka.send(Topics.RAW_ARTICLES, "broken", "not json".getBytes(StandardCharsets.UTF_8));
            kafka.sendRaw(raw);
            kafka.awaitRecord(Topics.ENRICHED_ARTICLES, raw.id());
            kafka.awaitRecord(Topics.deadLetter(Topics.RAW_ARTICLES), "broken");
        }

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            String scrape = scrape(mvc);
            assertThat(sample(scrape, "newsflow_enrich_articles_total", "outcome=\"enriched\"")).isEqualTo(1);
            assertThat(sample(scrape, "newsflow_enrich_articles_total", "outcome=\"dead-lettered\"")).isEqualTo(1);
            assertThat(sample(scrape, "newsflow_enrich_entities_total", "type=\"PERSON\"")).isEqualTo(1);
            assertThat(sample(scrape, "newsflow_enrich_entities_total", "type=\"LOCATION\"")).isEqualTo(1);
            assertThat(sample(scrape, "newsflow_enrich_entities_total", "type=\"ORGANIZATION\"")).isZero();
            assertThat(sample(scrape, "newsflow_enrich_sentiment_total", "label=\"negative\"")).isEqualTo(1);
            assertThat(sample(scrape, "newsflow_enrich_sentiment_total", "label=\"positive\"")).isZero();
            assertThat(sample(scrape, "newsflow_enrich_failures_total", "reason=\"InvalidArticleException\""))
                    .isEqualTo(1);
            // registered at start-up, so the dashboard shows 0 rather than "No data"
            assertThat(sample(scrape, "newsflow_enrich_failures_total", "reason=\"EnrichmentFailedException\""))
                    .isZero();
            assertThat(sample(scrape, "newsflow_enrich_failures_total", "reason=\"InvalidEnrichmentException\""))
                    .isZero();
            assertThat(sample(scrape, "newsflow_enrich_invalid_parts_total", "application=\"enrich-service\""))
                    .isZero();
            assertThat(sample(scrape, "newsflow_deadletters_total", "topic=\"news.articles.raw.v1-dlt\""))
                    .isEqualTo(1);
            assertThat(sample(scrape, "newsflow_enrich_time_seconds_count", "application=\"enrich-service\""))
                    .isEqualTo(1);
            // one observation per record, the one that carries its trace on to the enriched record or dead letter
            // (docs/monitoring.md); the container's own timer of whole batches, under the same name with other tags,
            // kept it out of the registry
            assertThat(sample(scrape, "spring_kafka_listener_seconds_count",
                    "spring_kafka_listener_id=\"enrich-raw-articles\"")).isEqualTo(2);
            // the engine's CPU time next to its wall-clock time: on a busy machine only the former compares with
            // the engine's benchmarks
            assertThat(sample(scrape, "newsflow_enrich_engine_cpu_seconds_total", "application=\"enrich-service\""))
                    .isNotNegative();
        });
        // the consumer lag the dashboard plots, per partition of the raw topic: there within seconds of the first
        // fetch (the Kafka binder's default refresh found it only up to a minute later)
        await().atMost(Duration.ofSeconds(25)).untilAsserted(() -> assertThat(Arrays.stream(scrape(mvc).split("\n"))
                .filter(line -> line.startsWith("kafka_consumer_fetch_manager_records_lag{")
                        && line.contains("topic=\"news.articles.raw.v1\"")))
                .isNotEmpty());
    }

    private static String scrape(MockMvc mvc) throws Exception {
        return mvc.perform(get("/actuator/prometheus")).andReturn().getResponse().getContentAsString();
    }

    /** The value of the one sample of {@code name} whose labels contain {@code label}; fails when there is none. */
    private static double sample(String scrape, String name, String label) {
        Pattern line = Pattern.compile("^" + Pattern.quote(name) + "\\{([^}]*)} (\\S+)$");
        return Arrays.stream(scrape.split("\n"))
                .map(line::matcher)
                .filter(m -> m.matches() && m.group(1).contains(label))
                .mapToDouble(m -> Double.parseDouble(m.group(2)))
                .reduce((a, b) -> {
                    throw new AssertionError("more than one sample of " + name + " with " + label);
                })
                .orElseThrow(() -> new AssertionError("no sample of " + name + " with " + label + " in\n" + scrape));
    }
}
