package dev.newsflow.system.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import dev.newsflow.events.Topics;
import dev.newsflow.system.harness.ArticleFiles;
import dev.newsflow.system.harness.ArticleFormats;
import dev.newsflow.system.harness.ExactlyOnce;
import dev.newsflow.system.harness.GeneratedArticles;
import dev.newsflow.system.harness.LocalPipeline;
import dev.newsflow.system.harness.MidStream;
import dev.newsflow.system.harness.PublisherCounts;
import dev.newsflow.system.harness.Service;
import dev.newsflow.system.harness.SharedPipeline;
import dev.newsflow.system.harness.TopicOffsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 9, scenario 3: ingest-service crashes (SIGKILL) while Kafka has taken part of a multi-article file. Ingest
 * publishes a file in a Kafka transaction, so what Kafka took before the kill is never committed: the restarted
 * instance (same transactional id) aborts it and publishes the file again, and a read_committed consumer sees every
 * article exactly once, on the raw topic and on the enriched topic.
 */
@ExtendWith(SharedPipeline.class)
class IngestCrashIT {

    private static final int ARTICLES = 2_000;

    @Test
    void everyArticleIsCommittedOnceWhenIngestIsKilledWhilePublishingAFile(LocalPipeline pipeline) {
        GeneratedArticles articles = GeneratedArticles.of("Ingest crash", ARTICLES);
        ExactlyOnce check = ExactlyOnce.of("ingest crash", pipeline);

        try (TopicOffsets raw = new TopicOffsets(pipeline.bootstrapServers(), Topics.RAW_ARTICLES)) {
            long before = raw.total();
            ArticleFiles.dropAs(pipeline.home(), ArticleFormats.JSON_LINES, "ingest-crash", articles.all());
            long seen = MidStream.awaitBetween("records of the file written to the raw topic", () -> raw.total() - before,
                    1, ARTICLES - 1, Duration.ofMillis(2));
            pipeline.kill(Service.INGEST);
            long written = raw.total() - before;
            long committed = PublisherCounts.onTopic(pipeline.bootstrapServers(), Topics.RAW_ARTICLES,
                    articles.publisher()).size();
            System.out.printf("[ingest crash] killed ingest when %d of the file's %d articles were written to the raw "
                    + "topic; %d written, %d committed after the kill%n", seen, ARTICLES, written, committed);
            assertThat(written).as("records Kafka had taken when the kill landed").isBetween(1L, (long) ARTICLES);
            assertThat(committed).as("articles of the half-published file a read_committed consumer sees").isZero();
        }

        pipeline.restart(Service.INGEST);
        Map<String, Long> published = check.assertAll(articles);
        assertThat(published).as("committed raw records per article").allSatisfy((id, count) ->
                assertThat(count).as(id).isEqualTo(1L));
    }
}
