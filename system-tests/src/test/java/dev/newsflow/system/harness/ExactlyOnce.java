package dev.newsflow.system.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import dev.newsflow.events.Topics;

/**
 * The promise every scenario checks from outside, once the pipeline has settled: each of the publisher's articles is
 * in the store API once and on the enriched topic once for a read_committed consumer, and nothing else is. Prints the
 * counts and how long the scenario took.
 */
public final class ExactlyOnce {

    private static final Duration SETTLE = Duration.ofMinutes(5);

    private final String scenario;
    private final String bootstrapServers;
    private final String storeUrl;
    private final long startedNanos = System.nanoTime();

    public ExactlyOnce(String scenario, String bootstrapServers, String storeUrl) {
        this.scenario = scenario;
        this.bootstrapServers = bootstrapServers;
        this.storeUrl = storeUrl;
    }

    public static ExactlyOnce of(String scenario, LocalPipeline pipeline) {
        return new ExactlyOnce(scenario, pipeline.bootstrapServers(), pipeline.baseUrl(Service.STORE));
    }

    /** @return the records per article id on the raw topic */
    public Map<String, Long> assertAll(GeneratedArticles articles) {
        Counted counted = settle(articles);
        assertThat(counted.enriched()).as("committed enriched records per article").allSatisfy((id, count) ->
                assertThat(count).as(id).isEqualTo(1L));
        return counted.raw();
    }

    private Counted settle(GeneratedArticles articles) {
        int expected = articles.count();
        long[] stored = {-1};
        await(scenario + ": the store to hold all " + expected + " articles of " + articles.publisher())
                .atMost(SETTLE).pollInterval(Duration.ofSeconds(1))
                .until(() -> stored[0] = PublisherCounts.storedCount(storeUrl, articles.publisher()), count -> count >= expected);
        Map<String, Long> raw = PublisherCounts.onTopic(bootstrapServers, Topics.RAW_ARTICLES, articles.publisher());
        Map<String, Long> enriched = PublisherCounts.onTopic(bootstrapServers, Topics.ENRICHED_ARTICLES, articles.publisher());
        List<String> listed = PublisherCounts.listedByStore(storeUrl, articles.publisher());
        Counted counted = new Counted(raw, enriched, listed);
        System.out.printf("[%s] %d articles in %.1f s: raw topic %d ids (%d records), enriched topic %d ids "
                        + "(%d records), store %d (%d listed)%n", scenario, expected,
                (System.nanoTime() - startedNanos) / 1e9, raw.size(), total(raw), enriched.size(), total(enriched),
                stored[0], listed.size());

        assertThat(raw).as("articles ingest published").hasSize(expected);
        assertThat(enriched.keySet()).as("enriched articles").isEqualTo(raw.keySet());
        assertThat(listed).as("articles the store lists").hasSize(expected).doesNotHaveDuplicates();
        assertThat(new HashSet<>(listed)).as("stored articles").isEqualTo(raw.keySet());
        assertThat(stored[0]).as("the store's count").isEqualTo(expected);
        return counted;
    }

    private static long total(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private record Counted(Map<String, Long> raw, Map<String, Long> enriched, List<String> listed) {
    }
}
