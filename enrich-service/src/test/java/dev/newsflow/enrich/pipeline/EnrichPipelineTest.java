package dev.newsflow.enrich.pipeline;

import dev.newsflow.enrich.KafkaTestClient;
import dev.newsflow.enrich.TestArticles;
import dev.newsflow.enrich.engine.ScriptedAnalyzer;
import dev.newsflow.nlp.Analysis;
import dev.newsflow.nlp.ArticleAnalyzer;
import dev.newsflow.nlp.NewsAnalyzer;
import dev.newsflow.events.ArticleEnriched;
import dev.newsflow.events.ArticleIngested;
import dev.newsflow.events.EventHeaders;
import dev.newsflow.events.EventJson;
import dev.newsflow.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.convention.TestBean;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static dev.newsflow.enrich.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;

/** The service against an in-process broker: raw articles in, enriched articles and dead letters out. */
@SpringBootTest(properties = {
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "newsflow.enrich.concurrency=2",
        "newsflow.enrich.max-batch=50",
        "newsflow.enrich.retry.attempts=1",
        "newsflow.enrich.retry.backoff=10ms"})
// the raw topic exists before the service starts, with more partitions than the DLT the service then creates
@EmbeddedKafka(topics = Topics.RAW_ARTICLES, partitions = EnrichPipelineTest.RAW_PARTITIONS)
@DirtiesContext
@Import(CrashingPublisher.Configuration.class)
class EnrichPipelineTest {

    static final int RAW_PARTITIONS = 5;
    private static final String DEAD_LETTERS = Topics.deadLetter(Topics.RAW_ARTICLES);
    private static final NewsAnalyzer ENGINE = NewsAnalyzer.load();

    private final EventJson json = new EventJson();
    private KafkaTestClient kafka;

    @TestBean
    ArticleAnalyzer articleAnalyzer;

    static ArticleAnalyzer articleAnalyzer() {
        return new ScriptedAnalyzer(ENGINE);
    }

    @BeforeEach
    void connect(@Autowired EmbeddedKafkaBroker broker) {
        kafka = new KafkaTestClient(broker.getBrokersAsString());
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void publishesTheEnrichedArticleUnderTheSameKeyWithEnrichedCloudEventsHeaders() {
        ArticleIngested raw = TestArticles.raw("Lakeview approves a ferry line across the bay");

        kafka.sendRaw(raw);
        ConsumerRecord<String, byte[]> out = kafka.awaitRecord(Topics.ENRICHED_ARTICLES, raw.id());

        ArticleEnriched enriched = json.read(out.value(), ArticleEnriched.class);
        assertThat(out.key()).isEqualTo(raw.id());
        assertThat(header(out, EventHeaders.TYPE)).isEqualTo("dev.newsflow.article.enriched.v1");
        assertThat(header(out, EventHeaders.SOURCE)).isEqualTo("/newsflow/enrich-service");
        assertThat(header(out, EventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(header(out, EventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
        assertThat(header(out, EventHeaders.ID)).isNotBlank();
        assertThat(Instant.parse(header(out, EventHeaders.TIME))).isEqualTo(enriched.enrichedAt());
        assertThat(enriched)
                .extracting(ArticleEnriched::id, ArticleEnriched::title, ArticleEnriched::body,
                        ArticleEnriched::source, ArticleEnriched::url, ArticleEnriched::author,
                        ArticleEnriched::publishedAt, ArticleEnriched::origin, ArticleEnriched::ingestedAt)
                .containsExactly(raw.id(), raw.title(), raw.body(), raw.source(), raw.url(), raw.author(),
                        raw.publishedAt(), raw.origin(), raw.ingestedAt());
    }

    @Test
    void carriesWhatTheRealEngineFindsAndItsVersion() {
        ArticleIngested raw = TestArticles.raw("Ferry line wins council vote in Lakeview");
        Analysis expected = ENGINE.analyze(raw.title(), raw.body());

        kafka.sendRaw(raw);
        ArticleEnriched enriched = json.read(kafka.awaitRecord(Topics.ENRICHED_ARTICLES, raw.id()).value(),
                ArticleEnriched.class);

        assertThat(enriched.entities()).isEqualTo(expected.entities());
        assertThat(enriched.sentiment()).isEqualTo(expected.sentiment());
        assertThat(enriched.keywords()).isEqualTo(expected.keywords());
        assertThat(enriched.wordCount()).isEqualTo(expected.wordCount());
        assertThat(enriched.enricherVersion()).isEqualTo(ENGINE.version());
    }

    @Test
    void consumesWithTheConfiguredNumberOfThreads(@Autowired KafkaListenerEndpointRegistry listeners) {
        var container = (ConcurrentMessageListenerContainer<?, ?>) listeners.getListenerContainer(EnrichListener.ID);

        assertThat(container.getContainers()).hasSize(2);
    }

    @Test
    void pollsAtMostTheConfiguredBatch(@Autowired KafkaListenerEndpointRegistry listeners) {
        var container = (ConcurrentMessageListenerContainer<?, ?>) listeners.getListenerContainer(EnrichListener.ID);

        assertThat(container.getContainers()).allSatisfy(consumer -> assertThat(consumer.getContainerProperties()
                .getKafkaConsumerProperties().getProperty(ConsumerConfig.MAX_POLL_RECORDS_CONFIG)).isEqualTo("50"));
    }

    @Test
    void continuesTheTraceTheRawArticleArrivedIn() {
        ArticleIngested raw = TestArticles.raw("Ferry timetable published for Lakeview");
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";

        kafka.sendRaw(raw, "00-" + traceId + "-00f067aa0ba902b7-01");
        ConsumerRecord<String, byte[]> out = kafka.awaitRecord(Topics.ENRICHED_ARTICLES, raw.id());

        assertThat(header(out, EventHeaders.TRACEPARENT)).startsWith("00-" + traceId + "-")
                .doesNotContain("00f067aa0ba902b7");
    }

    @Test
    void deadLettersAnUndecodableRecordAsItCameAndKeepsEnriching() {
        byte[] garbage = "{\"id\": \"abc\", \"title\": ".getBytes(StandardCharsets.UTF_8);
        ArticleIngested next = TestArticles.raw("Ferry tickets go on sale next spring");

        kafka.send(Topics.RAW_ARTICLES, "undecodable-1", garbage);
        kafka.sendRaw(next);

        ConsumerRecord<String, byte[]> dead = kafka.awaitRecord(DEAD_LETTERS, "undecodable-1");
        assertThat(dead.value()).isEqualTo(garbage);
        assertThat(header(dead, KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN))
                .isEqualTo(InvalidArticleException.class.getName());
        assertThat(header(dead, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).contains("is not a valid raw article");
        assertThat(header(dead, KafkaHeaders.DLT_EXCEPTION_STACKTRACE)).isNotBlank();
        assertThat(header(dead, KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo(Topics.RAW_ARTICLES);
        assertThat(kafka.awaitRecord(Topics.ENRICHED_ARTICLES, next.id()).key()).isEqualTo(next.id());
    }

    @Test
    void deadLettersARecordFromAPartitionNumberItsDeadLetterTopicDoesNotHave() {
        int lastPartition = RAW_PARTITIONS - 1;
        assertThat(kafka.partitions(DEAD_LETTERS)).isLessThanOrEqualTo(lastPartition);

        kafka.send(new ProducerRecord<>(Topics.RAW_ARTICLES, lastPartition, "high-partition",
                "not an article".getBytes(StandardCharsets.UTF_8)));

        ConsumerRecord<String, byte[]> dead = kafka.awaitRecord(DEAD_LETTERS, "high-partition");
        assertThat(dead.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_PARTITION).value())
                .isEqualTo(ByteBuffer.allocate(Integer.BYTES).putInt(lastPartition).array());
        assertThat(header(dead, KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN))
                .isEqualTo(InvalidArticleException.class.getName());
    }

    @Test
    void deadLettersAnEventThatBreaksTheContract() {
        byte[] noTitle = "{\"id\": \"no-title\", \"body\": \"Text.\", \"ingestedAt\": \"2026-03-02T08:00:00Z\"}"
                .getBytes(StandardCharsets.UTF_8);

        kafka.send(Topics.RAW_ARTICLES, "no-title", noTitle);

        ConsumerRecord<String, byte[]> dead = kafka.awaitRecord(DEAD_LETTERS, "no-title");
        assertThat(header(dead, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).contains("title");
        assertThat(header(dead, KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN))
                .isEqualTo(InvalidArticleException.class.getName());
    }

    @Test
    void deadLettersAnArticleTheEngineFailsOnAndWritesNoOutputForIt() {
        ArticleIngested raw = TestArticles.raw("Ferry budget questioned " + ScriptedAnalyzer.ENGINE_FAILS);

        kafka.sendRaw(raw);

        ConsumerRecord<String, byte[]> dead = kafka.awaitRecord(DEAD_LETTERS, raw.id());
        assertThat(json.read(dead.value(), ArticleIngested.class)).isEqualTo(raw);
        assertThat(header(dead, EventHeaders.TYPE)).isEqualTo("dev.newsflow.article.raw.v1");
        assertThat(header(dead, KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN))
                .isEqualTo(EnrichmentFailedException.class.getName());
        assertThat(header(dead, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).contains("engine broke on purpose");
        assertThat(kafka.records(Topics.ENRICHED_ARTICLES, raw.id(), IsolationLevel.READ_UNCOMMITTED)).isEmpty();
    }

    @Test
    void publishesAnArticleWhoseEnrichmentBreaksTheSchemaWithoutTheBrokenPart() {
        ArticleIngested raw = TestArticles.raw("Ferry to the coast " + ScriptedAnalyzer.PLACE_WITHOUT_COORDINATES);
        Analysis expected = ENGINE.analyze(raw.title(), raw.body());

        kafka.sendRaw(raw);
        ArticleEnriched enriched = json.read(kafka.awaitRecord(Topics.ENRICHED_ARTICLES, raw.id()).value(),
                ArticleEnriched.class);

        assertThat(enriched.entities()).hasSize(expected.entities().size() + 1);
        assertThat(enriched.entities().getLast().name()).isEqualTo(ScriptedAnalyzer.NAN_PLACE);
        assertThat(enriched.entities().getLast().geo()).isNull();
        assertThat(enriched.entities().subList(0, expected.entities().size())).isEqualTo(expected.entities());
        assertThat(kafka.records(DEAD_LETTERS, raw.id(), IsolationLevel.READ_UNCOMMITTED)).isEmpty();
    }

    @Test
    void anOutputWrittenByAnAbortedTransactionIsNeverVisibleToReadCommittedConsumers() {
        ArticleIngested raw = TestArticles.raw("Ferry pier inspection " + CrashingPublisher.CRASH_BEFORE_COMMIT);

        kafka.sendRaw(raw);
        kafka.awaitRecord(DEAD_LETTERS, raw.id());

        // the enriched record was written (once per attempt) but every attempt was rolled back
        assertThat(kafka.records(Topics.ENRICHED_ARTICLES, raw.id(), IsolationLevel.READ_UNCOMMITTED)).isNotEmpty();
        assertThat(kafka.records(Topics.ENRICHED_ARTICLES, raw.id(), IsolationLevel.READ_COMMITTED)).isEmpty();
    }

    @Test
    void aBatchThatKeepsFailingToCommitGoesWholeToTheDeadLetterTopicWithTheFailure() {
        ArticleIngested partner = TestArticles.raw("Ferry pier reopens to passengers");
        ArticleIngested crashing = TestArticles.raw("Ferry pier closed again " + CrashingPublisher.CRASH_BEFORE_COMMIT);

        kafka.sendTogether(List.of(kafka.rawRecord(partner, 2), kafka.rawRecord(crashing, 2)));

        ConsumerRecord<String, byte[]> dead = kafka.awaitRecord(DEAD_LETTERS, partner.id());
        assertThat(json.read(dead.value(), ArticleIngested.class)).isEqualTo(partner);
        assertThat(header(dead, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).contains("crashed after writing, before committing");
        assertThat(kafka.records(DEAD_LETTERS, crashing.id(), IsolationLevel.READ_COMMITTED)).hasSize(1);
        assertThat(kafka.records(Topics.ENRICHED_ARTICLES, partner.id(), IsolationLevel.READ_COMMITTED)).isEmpty();
    }

    @Test
    void aBatchWithPoisonRecordsInBetweenEnrichesEveryGoodArticleOnceAndDeadLettersEveryPoisonRecordOnce() {
        List<ArticleIngested> good = IntStream.rangeClosed(1, 4)
                .mapToObj(n -> TestArticles.raw("Ferry crossing number " + n + " added to the timetable"))
                .toList();
        ArticleIngested engineFails = TestArticles.raw("Ferry fares disputed " + ScriptedAnalyzer.ENGINE_FAILS);
        byte[] garbage = "[not an article".getBytes(StandardCharsets.UTF_8);

        kafka.sendTogether(List.of(
                kafka.rawRecord(good.get(0), 1),
                new ProducerRecord<>(Topics.RAW_ARTICLES, 1, "interleaved-garbage", garbage),
                kafka.rawRecord(good.get(1), 1),
                kafka.rawRecord(engineFails, 1),
                kafka.rawRecord(good.get(2), 1),
                kafka.rawRecord(good.get(3), 1)));

        good.forEach(article -> kafka.awaitRecord(Topics.ENRICHED_ARTICLES, article.id()));
        kafka.awaitRecord(DEAD_LETTERS, "interleaved-garbage");
        kafka.awaitRecord(DEAD_LETTERS, engineFails.id());
        for (ArticleIngested article : good) {
            // read_uncommitted: not even a rolled-back copy, so the poison records never cost the batch a retry
            assertThat(kafka.records(Topics.ENRICHED_ARTICLES, article.id(), IsolationLevel.READ_UNCOMMITTED))
                    .hasSize(1);
            assertThat(kafka.records(DEAD_LETTERS, article.id(), IsolationLevel.READ_UNCOMMITTED)).isEmpty();
        }
        assertThat(kafka.records(DEAD_LETTERS, "interleaved-garbage", IsolationLevel.READ_UNCOMMITTED))
                .singleElement().extracting(ConsumerRecord::value).isEqualTo(garbage);
        assertThat(kafka.records(DEAD_LETTERS, engineFails.id(), IsolationLevel.READ_UNCOMMITTED)).hasSize(1);
        assertThat(kafka.records(Topics.ENRICHED_ARTICLES, engineFails.id(), IsolationLevel.READ_UNCOMMITTED))
                .isEmpty();
    }
}
