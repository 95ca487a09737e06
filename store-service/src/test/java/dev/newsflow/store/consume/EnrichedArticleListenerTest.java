package dev.newsflow.store.consume;

import dev.newsflow.events.ArticleEnriched;
import dev.newsflow.events.CloudEvent;
import dev.newsflow.kafka.CloudEventRecords;
import dev.newsflow.events.EntityType;
import dev.newsflow.events.EventType;
import dev.newsflow.events.SampleEvents;
import dev.newsflow.events.Topics;
import dev.newsflow.store.TestArticles;
import dev.newsflow.store.article.ArticleWriter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The consumer against a real in-process broker and the embedded database: enriched event in, article out. */
@SpringBootTest(properties = {
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "spring.datasource.url=jdbc:h2:mem:store-consumer;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "newsflow.store.retry.initial-interval=50ms",
        "newsflow.store.retry.max-interval=200ms"})
@EmbeddedKafka
@AutoConfigureMockMvc
@AutoConfigureMetrics
@DirtiesContext
class EnrichedArticleListenerTest {

    private static final String DEAD_LETTERS = Topics.deadLetter(Topics.ENRICHED_ARTICLES);

    private final KafkaTemplate<String, byte[]> kafka;
    private final EmbeddedKafkaBroker broker;
    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final MeterRegistry meters;
    @MockitoSpyBean
    ArticleWriter writer;

    private Consumer<String, byte[]> deadLetterReader;

    EnrichedArticleListenerTest(KafkaTemplate<String, byte[]> kafka, EmbeddedKafkaBroker broker, MockMvc mvc, JdbcClient jdbc, MeterRegistry meters) {
        this.kafka = kafka;
        this.broker = broker;
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.meters = meters;
    }

    @BeforeEach
    void readDeadLetters() {
        var props = KafkaTestUtils.consumerProps(broker, "dlt-reader-" + System.nanoTime(), false);
        deadLetterReader = new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(),
                new ByteArrayDeserializer()).createConsumer();
        deadLetterReader.subscribe(List.of(DEAD_LETTERS));
    }

    @AfterEach
    void closeReader() {
        deadLetterReader.close();
    }

    @Test
    void anEnrichedEventIsStoredAndServed() throws Exception {
        ArticleEnriched article = SampleEvents.enriched();
        send(article.id(), TestArticles.json(article));

        await().untilAsserted(() -> mvc.perform(get("/api/articles/{id}", article.id()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value(SampleEvents.TITLE))
                .andExpect(jsonPath("$.entities[0].name").value("Anna de Vries")));
        mvc.perform(get("/api/articles").param("entity", "de Vries"))
                .andExpect(jsonPath("$.items[0].id").value(article.id()));
    }

    @Test
    void aRedeliveredEventIsStoredOnce() throws Exception {
        ArticleEnriched article = TestArticles.article("Ferry timetable changes for winter").build();
        double storedBefore = stored();
        send(article.id(), TestArticles.json(article));
        send(article.id(), TestArticles.json(article));

        await().untilAsserted(() -> assertThat(stored()).isEqualTo(storedBefore + 2));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM article WHERE id = :id").param("id", article.id())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheBatchGoesOn() throws Exception {
        ArticleEnriched good = TestArticles.article("Bridge repairs finish early").build();
        double deadLettersBefore = meters.counter("newsflow.deadletters", "topic", DEAD_LETTERS).count();
        send("garbage", "{ not json".getBytes(StandardCharsets.UTF_8));
        send(good.id(), TestArticles.json(good));

        await().untilAsserted(() -> mvc.perform(get("/api/articles/{id}", good.id())).andExpect(status().isOk()));
        ConsumerRecord<String, byte[]> dead = deadLetter("garbage");
        assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("{ not json");
        assertThat(header(dead, "kafka_dlt-exception-fqcn")).isEqualTo(InvalidArticleException.class.getName());
        assertThat(header(dead, "kafka_dlt-exception-message")).contains("Not an enriched article");
        await().untilAsserted(() -> assertThat(meters.counter("newsflow.deadletters", "topic", DEAD_LETTERS).count())
                .isEqualTo(deadLettersBefore + 1));
    }

    @Test
    void anInvalidArticleIsDeadLetteredWithTheReason() {
        String badId = new String(TestArticles.json(TestArticles.article("Tram line extended").build()),
                StandardCharsets.UTF_8).replaceFirst("\"id\":\"[0-9a-f]+\"", "\"id\":\"NOT-AN-ID\"");
        send("NOT-AN-ID", badId.getBytes(StandardCharsets.UTF_8));

        ConsumerRecord<String, byte[]> dead = deadLetter("NOT-AN-ID");
        assertThat(header(dead, "kafka_dlt-exception-message")).contains("NOT-AN-ID");
    }

    @Test
    void anArticleWithABadOptionalPartIsStoredWithoutItNotDeadLettered() throws Exception {
        ArticleEnriched unlabelled = TestArticles.article("Dockers vote on new shifts")
                .entity("Port Workers Union", EntityType.ORGANIZATION, 2, 0.1).build();
        String json = new String(TestArticles.json(unlabelled), StandardCharsets.UTF_8)
                .replace("{\"label\":\"positive\",\"score\":0.1}", "{\"score\":0.1}");
        assertThat(json).contains("{\"score\":0.1}");
        double deadLettersBefore = meters.counter("newsflow.deadletters", "topic", DEAD_LETTERS).count();
        send(unlabelled.id(), json.getBytes(StandardCharsets.UTF_8));

        await().untilAsserted(() -> mvc.perform(get("/api/articles/{id}", unlabelled.id()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entities[0].name").value("Port Workers Union"))
                .andExpect(jsonPath("$.entities[0].sentiment").doesNotExist()));
        assertThat(meters.counter("newsflow.store.parts.dropped", "part", "entity.sentiment").count()).isEqualTo(1);
        assertThat(meters.counter("newsflow.deadletters", "topic", DEAD_LETTERS).count()).isEqualTo(deadLettersBefore);
    }

    @Test
    void theDatabaseBeingDownPausesConsumptionAndLosesNothing() throws Exception {
        AtomicBoolean databaseDown = new AtomicBoolean(true);
        doAnswer(call -> {
            if (databaseDown.get()) {
                throw new CannotGetJdbcConnectionException("database down (simulated)");
            }
            return call.callRealMethod();
        }).when(writer).storeAll(any());
        double deadLettersBefore = meters.counter("newsflow.deadletters", "topic", DEAD_LETTERS).count();
        ArticleEnriched article = TestArticles.article("Harbour crane toppled by gale").build();
        send(article.id(), TestArticles.json(article));

        verify(writer, timeout(30_000).atLeast(3)).storeAll(any());
        mvc.perform(get("/api/articles/{id}", article.id())).andExpect(status().isNotFound());
        databaseDown.set(false);

        await().untilAsserted(() -> mvc.perform(get("/api/articles/{id}", article.id())).andExpect(status().isOk()));
        assertThat(meters.counter("newsflow.deadletters", "topic", DEAD_LETTERS).count()).isEqualTo(deadLettersBefore);
    }

    @Test
    void storeMetricsAreExportedUnderTheirDocumentedNames() throws Exception {
        ArticleEnriched article = TestArticles.article("Lifeboat crew honoured").ingested(Instant.now()).build();
        send(article.id(), TestArticles.json(article));
        await().untilAsserted(() -> mvc.perform(get("/api/articles/{id}", article.id())).andExpect(status().isOk()));

        mvc.perform(get("/actuator/prometheus"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("newsflow_store_articles_total{application=\"store-service\",outcome=\"stored\"}")))
                .andExpect(content().string(containsString("newsflow_store_articles_total{application=\"store-service\",outcome=\"failed\"}")))
                .andExpect(content().string(containsString("newsflow_store_batch_time_seconds_count")))
                .andExpect(content().string(containsString("newsflow_store_batch_size_count")))
                .andExpect(content().string(containsString("newsflow_pipeline_latency_seconds_bucket")))
                // Prometheus gets the histogram buckets (quantiles via histogram_quantile), not client-side percentiles
                .andExpect(content().string(containsString("newsflow_pipeline_latency_seconds_count")))
                .andExpect(content().string(containsString("newsflow_deadletters_total{application=\"store-service\",topic=\"" + DEAD_LETTERS + "\"}")));
    }

    @Test
    void theConsumerLagOfEachPartitionReadIsExportedWithinSecondsOfTheFirstFetch() throws Exception {
        ArticleEnriched article = TestArticles.article("Harbour lights relit").build();
        send(article.id(), TestArticles.json(article));
        await().untilAsserted(() -> mvc.perform(get("/api/articles/{id}", article.id())).andExpect(status().isOk()));

        // the series the dashboard plots; Micrometer's default refresh found it only up to a minute after the fetch
        await().atMost(Duration.ofSeconds(25)).untilAsserted(() -> assertThat(Arrays.stream(
                        mvc.perform(get("/actuator/prometheus")).andReturn().getResponse().getContentAsString().split("\n"))
                .filter(line -> line.startsWith("kafka_consumer_fetch_manager_records_lag{")
                        && line.contains("topic=\"" + Topics.ENRICHED_ARTICLES + "\"")))
                .isNotEmpty());
    }

    /**
     * docs/monitoring.md: {@code spring_kafka_listener_seconds}, one observation per article, the one that carries the
     * article's trace. The container's own timer of whole batches, under the same name with other tags, kept it out of
     * the registry.
     */
    @Test
    void eachStoredArticleIsOneObservationOfTheListenerTimer() throws Exception {
        double before = listenerObservations();
        ArticleEnriched first = TestArticles.article("Lock gates replaced on the canal").build();
        ArticleEnriched second = TestArticles.article("Canal towpath reopens to cyclists").build();
        send(first.id(), TestArticles.json(first));
        send(second.id(), TestArticles.json(second));

        await().untilAsserted(() -> assertThat(listenerObservations()).isEqualTo(before + 2));
    }

    /** {@code spring_kafka_listener_seconds_count} of the store's listener as scraped, 0 before the first. */
    private double listenerObservations() throws Exception {
        String scrape = mvc.perform(get("/actuator/prometheus")).andReturn().getResponse().getContentAsString();
        return Arrays.stream(scrape.split("\n"))
                .filter(line -> line.startsWith("spring_kafka_listener_seconds_count{")
                        && line.contains("spring_kafka_listener_id=\"" + EnrichedArticleListener.ID + "\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    private void send(String key, byte[] value) {
        kafka.send(CloudEventRecords.record(
                CloudEvent.of(EventType.ARTICLE_ENRICHED, "/newsflow/enrich-service", Instant.now()), key, value)).join();
    }

    /** The dead letter with this key; earlier tests' dead letters are skipped. */
    private ConsumerRecord<String, byte[]> deadLetter(String key) {
        List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
        return await().until(() -> {
            deadLetterReader.poll(Duration.ofMillis(200)).forEach(seen::add);
            return seen.stream().filter(r -> key.equals(r.key())).findFirst();
        }, Optional::isPresent).orElseThrow();
    }

    private double stored() {
        return meters.counter("newsflow.store.articles", "outcome", "stored").count();
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        return CloudEventRecords.header(record, name);
    }
}
