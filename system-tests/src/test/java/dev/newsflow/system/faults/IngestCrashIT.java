package dev.newsflow.system.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

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
 * Issue 9, scenario 3: ingest-service crashes (SIGKILL) while Kafka has taken part of a multi-article file. The file
 * is still in {@code processing/}, so the restarted ingest publishes it again; the same ids make that harmless.
 */
@ExtendWith(SharedPipeline.class)
class IngestCrashIT {

    private static final int ARTICLES = 2_000;

    @Test
    void noArticleIsMissingOrStoredTwiceWhenIngestIsKilledWhilePublishingAFile(LocalPipeline pipeline) {
        GeneratedArticles articles = GeneratedArticles.of("Ingest crash", ARTICLES);
        ExactlyOnce check = ExactlyOnce.of("ingest crash", pipeline);

        try (TopicOffsets raw = new TopicOffsets(pipeline.bootstrapServers(), Topics.RAW_ARTICLES)) {
            long before = raw.total();
            ArticleFiles.dropAs(pipeline.home(), ArticleFormats.JSON_LINES, "ingest-crash", articles.all());
            long seen = MidStream.awaitBetween("records of the file on the raw topic", () -> raw.total() - before,
                    1, ARTICLES - 1, Duration.ofMillis(2));
            pipeline.kill(Service.INGEST);
            long published = PublisherCounts.onTopic(pipeline.bootstrapServers(), Topics.RAW_ARTICLES,
                    articles.publisher()).size();
            System.out.printf("[ingest crash] killed ingest when %d of the file's %d articles were on the raw topic; "
                    + "%d there after the kill%n", seen, ARTICLES, published);
            assertThat(published).as("articles Kafka had taken when the kill landed").isBetween(1L, ARTICLES - 1L);
        }

        pipeline.restart(Service.INGEST);
        check.assertStoredOnceEnrichedAtLeastOnce(articles);
    }
}
