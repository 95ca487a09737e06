package dev.newsflow.system.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dev.newsflow.events.Topics;
import dev.newsflow.system.harness.ArticleFiles;
import dev.newsflow.system.harness.Http;
import dev.newsflow.system.harness.LocalPipeline;
import dev.newsflow.system.harness.Service;
import dev.newsflow.system.harness.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fault injection: enrich-service crashes (SIGKILL) mid-stream and comes back. Its read-process-write is a Kafka
 * transaction, so every article must come out enriched exactly once and end up in the store.
 */
class EnrichCrashIT {

    private static final int BEFORE_CRASH = 20;
    private static final int DURING_OUTAGE = 20;
    // an open transaction of the killed instance can hold back read_committed consumers until it times out
    private static final Duration RECOVERY = Duration.ofMinutes(3);

    private static LocalPipeline pipeline;

    @BeforeAll
    static void startOwnPipeline() {
        // not the shared pipeline: this test kills a service
        pipeline = LocalPipeline.start();
    }

    @AfterAll
    static void stopPipeline() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void noArticleIsLostOrDuplicatedWhenEnrichCrashesMidStream() {
        dropArticles(0, BEFORE_CRASH);
        await("the first enriched article").atMost(RECOVERY)
                .until(() -> !TopicReader.readAll(pipeline.bootstrapServers(), Topics.ENRICHED_ARTICLES).isEmpty());

        pipeline.kill(Service.ENRICH);
        dropArticles(BEFORE_CRASH, BEFORE_CRASH + DURING_OUTAGE);
        int total = BEFORE_CRASH + DURING_OUTAGE;
        await("ingest to publish every article while enrich is down").atMost(RECOVERY)
                .until(() -> keyCounts(Topics.RAW_ARTICLES).size() == total);
        pipeline.restart(Service.ENRICH);

        await("every article enriched").atMost(RECOVERY)
                .until(() -> keyCounts(Topics.ENRICHED_ARTICLES).keySet(), ids -> ids.size() == total);
        Map<String, Long> enriched = keyCounts(Topics.ENRICHED_ARTICLES);
        assertThat(enriched.keySet()).isEqualTo(keyCounts(Topics.RAW_ARTICLES).keySet());
        assertThat(enriched).as("committed enriched records per article").allSatisfy((id, count) ->
                assertThat(count).as(id).isEqualTo(1L));
        await("the store to have every article").atMost(RECOVERY).untilAsserted(() ->
                assertThat(enriched.keySet()).allSatisfy(id ->
                        assertThat(Http.status(pipeline.baseUrl(Service.STORE) + "/api/articles/" + id)).isEqualTo(200)));
    }

    private static void dropArticles(int from, int to) {
        IntStream.range(from, to).forEach(n -> ArticleFiles.dropText(pipeline, "council-" + n + ".txt",
                "Town council of Bramfield approves budget item " + n, "Bramfield Observer", List.of(
                        "The council of Bramfield voted on item " + n + " of the yearly budget on Tuesday evening.",
                        "Councillor Ruth Okafor said item " + n + " would pay for repairs to the market square.")));
    }

    private static Map<String, Long> keyCounts(String topic) {
        return TopicReader.readAll(pipeline.bootstrapServers(), topic).stream()
                .map(ConsumerRecord::key)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }
}
