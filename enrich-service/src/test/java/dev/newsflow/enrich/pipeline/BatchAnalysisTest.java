package dev.newsflow.enrich.pipeline;

import dev.newsflow.enrich.contract.InvalidEnrichmentException;
import dev.newsflow.enrich.TestArticles;
import dev.newsflow.enrich.contract.SchemaGuard;
import dev.newsflow.enrich.engine.FixedAnalyzer;
import dev.newsflow.enrich.metrics.EnrichMetrics;
import dev.newsflow.events.EventJson;
import dev.newsflow.events.Topics;
import dev.newsflow.events.validation.RecordValidator;
import dev.newsflow.nlp.Analysis;
import dev.newsflow.nlp.ArticleAnalyzer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BatchAnalysisTest {

    private final EventJson json = new EventJson();
    private final FixedAnalyzer ferryStory = FixedAnalyzer.ferryStory();
    private BatchAnalysis analysis;

    @AfterEach
    void stop() {
        analysis.close();
    }

    @Test
    void analysesTheArticlesOfABatchSideBySideAndHandsThemBackInTheBatchOrder() {
        CountDownLatch bothStarted = new CountDownLatch(2);
        analysis = analysis(new ArticleAnalyzer() {
            @Override
            public Analysis analyze(String title, String body, String source) {
                bothStarted.countDown();
                awaitOrFail(bothStarted);
                return ferryStory.analyze(title, body);
            }

            @Override
            public String version() {
                return ferryStory.version();
            }
        }, 2);

        List<BatchAnalysis.Analysed> done = analysis.analyse(List.of(raw(0, "Ferry line approved"),
                raw(1, "Ferry fares fall")));

        assertThat(done).extracting(d -> d.poison() == null ? null : d.poison().getMessage()).containsOnlyNulls();
        assertThat(done).extracting(d -> d.valid().article().title())
                .containsExactly("Ferry line approved", "Ferry fares fall");
    }

    @Test
    void aPoisonRecordCarriesItsReasonAndTheOthersAreStillAnalysed() {
        analysis = analysis(ferryStory, 2);
        var garbage = new ConsumerRecord<>(Topics.RAW_ARTICLES, 0, 1, "garbage",
                "[not an article".getBytes(StandardCharsets.UTF_8));

        List<BatchAnalysis.Analysed> done = analysis.analyse(List.of(raw(0, "Ferry line approved"), garbage,
                raw(2, "Ferry fares fall")));

        assertThat(done).extracting(BatchAnalysis.Analysed::record).extracting(ConsumerRecord::offset)
                .containsExactly(0L, 1L, 2L);
        assertThat(done.get(1).poison()).isInstanceOf(InvalidArticleException.class);
        assertThat(done.get(2).valid().article().title()).isEqualTo("Ferry fares fall");
    }

    @Test
    void anArticleEnrichedBeyondWhatTheProducerCanSendIsPoisonAloneAndTheOthersArePublished() {
        analysis = analysis(ferryStory, 2);
        // room for a few bytes more than a short record: its enrichedAt may print with more or fewer digits
        int fits = analysis.analyse(List.of(raw(0, "Ferry line approved"))).getFirst().valid().json().length + 20;
        analysis.close();
        analysis = analysis(ferryStory, 2, new PublishLimit(fits));

        List<BatchAnalysis.Analysed> done = analysis.analyse(List.of(raw(0, "Ferry line approved"),
                raw(1, "Ferry line approved after a long night of talks " + "in the harbour office ".repeat(8)),
                raw(2, "Ferry line rejected")));

        assertThat(done.get(1).poison()).isInstanceOf(InvalidEnrichmentException.class)
                .hasMessageContaining("bytes, more than the " + fits + " the producer can send");
        assertThat(done.get(0).valid().article().title()).isEqualTo("Ferry line approved");
        assertThat(done.get(2).valid().article().title()).isEqualTo("Ferry line rejected");
    }

    @Test
    void anyOtherFailureIsThrownAsOnTheListenersThread() {
        analysis = analysis(new ArticleAnalyzer() {
            @Override
            public Analysis analyze(String title, String body, String source) {
                return ferryStory.analyze(title, body);
            }

            @Override
            public String version() {
                throw new IllegalStateException("no version");
            }
        }, 2);

        assertThatThrownBy(() -> analysis.analyse(List.of(raw(0, "Ferry line approved"))))
                .isInstanceOf(IllegalStateException.class).hasMessage("no version");
    }

    private BatchAnalysis analysis(ArticleAnalyzer analyzer, int threads) {
        return analysis(analyzer, threads, new PublishLimit(Integer.MAX_VALUE));
    }

    private BatchAnalysis analysis(ArticleAnalyzer analyzer, int threads, PublishLimit limit) {
        var enricher = new ArticleEnricher(analyzer, new EnrichMetrics(new SimpleMeterRegistry()), Clock.systemUTC());
        var validator = new RecordValidator();
        return new BatchAnalysis(new RawArticleReader(json, validator), enricher, new SchemaGuard(validator, json),
                new EnrichSettings(1, 200, threads, new EnrichSettings.Retry(0, Duration.ZERO)), limit);
    }

    private ConsumerRecord<String, byte[]> raw(long offset, String title) {
        var article = TestArticles.raw(title);
        return new ConsumerRecord<>(Topics.RAW_ARTICLES, 0, offset, article.id(), json.write(article));
    }

    private static void awaitOrFail(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other article of the batch was not being analysed meanwhile");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
