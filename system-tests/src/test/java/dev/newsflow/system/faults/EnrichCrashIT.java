package dev.newsflow.system.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import dev.newsflow.events.Topics;
import dev.newsflow.system.harness.ExactlyOnce;
import dev.newsflow.system.harness.GeneratedArticles;
import dev.newsflow.system.harness.LocalPipeline;
import dev.newsflow.system.harness.MetricValue;
import dev.newsflow.system.harness.MidStream;
import dev.newsflow.system.harness.PublisherCounts;
import dev.newsflow.system.harness.Service;
import dev.newsflow.system.harness.SharedPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 9, scenario 2: enrich-service crashes (SIGKILL) with part of the stream enriched and comes back. Its
 * read-process-write is a Kafka transaction, so every article comes out enriched exactly once and is stored once.
 */
@ExtendWith(SharedPipeline.class)
class EnrichCrashIT {

    private static final int ARTICLES = 1_000;

    @Test
    void noArticleIsLostOrDuplicatedWhenEnrichIsKilledWithWorkInFlight(LocalPipeline pipeline) {
        GeneratedArticles articles = GeneratedArticles.of("Enrich crash", ARTICLES);
        ExactlyOnce check = ExactlyOnce.of("enrich crash", pipeline);
        String enrich = pipeline.baseUrl(Service.ENRICH);
        double before = enriched(enrich);

        FaultDrops.jsonLines(pipeline, "enrich-crash", articles, 100);
        long seen = MidStream.awaitBetween("articles enriched (enrich's own count)",
                () -> (long) (enriched(enrich) - before), ARTICLES / 4, ARTICLES * 6 / 10, Duration.ofMillis(50));
        pipeline.kill(Service.ENRICH);

        long committed = PublisherCounts.onTopic(pipeline.bootstrapServers(), Topics.ENRICHED_ARTICLES,
                articles.publisher()).size();
        System.out.printf("[enrich crash] killed enrich when it had counted %d of %d enriched; %d committed on the "
                + "enriched topic%n", seen, ARTICLES, committed);
        assertThat(committed).as("enriched and committed when the kill landed").isBetween(ARTICLES / 5L, ARTICLES * 4L / 5);

        pipeline.restart(Service.ENRICH);
        check.assertAll(articles);
    }

    private static double enriched(String enrich) {
        return MetricValue.sum(enrich, "newsflow_enrich_articles_total", "outcome=\"enriched\"");
    }
}
