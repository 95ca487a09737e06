package dev.newsflow.system.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import dev.newsflow.system.harness.ArticleFiles;
import dev.newsflow.system.harness.ArticleFormats;
import dev.newsflow.system.harness.ExactlyOnce;
import dev.newsflow.system.harness.FreePorts;
import dev.newsflow.system.harness.GeneratedArticles;
import dev.newsflow.system.harness.LocalPipeline;
import dev.newsflow.system.harness.ManagedProcess;
import dev.newsflow.system.harness.MetricValue;
import dev.newsflow.system.harness.Service;
import dev.newsflow.system.harness.SharedPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Issue 9, scenario 8: two ingest instances watch one inbox; a file is claimed by one rename, so published once. */
@ExtendWith(SharedPipeline.class)
class TwoIngestInstancesIT {

    private static final int FILES = 400;

    @Test
    void everyFileIsPublishedOnceWhenTwoInstancesShareTheInbox(LocalPipeline pipeline) {
        GeneratedArticles articles = GeneratedArticles.of("Two ingest instances", FILES);
        ExactlyOnce check = ExactlyOnce.of("two ingest instances", pipeline);
        int port = FreePorts.next();
        String first = pipeline.baseUrl(Service.INGEST);
        String second = "http://localhost:" + port;

        try (ManagedProcess secondInstance = pipeline.startIngestInstance("second", port)) {
            double firstBefore = processed(first);
            ArticleFiles.dropAs(pipeline.home(), ArticleFormats.TXT, "two-instances", articles.all());

            Map<String, Long> published = check.assertAll(articles);
            assertThat(published).as("raw records per article: each file published once").allSatisfy((id, count) ->
                    assertThat(count).as(id).isEqualTo(1L));
            System.out.printf("[two ingest instances] files processed: %.0f by the first, %.0f by the second%n",
                    processed(first) - firstBefore, processed(second));
        }
    }

    private static double processed(String ingest) {
        return MetricValue.sum(ingest, "newsflow_ingest_files_total", "outcome=\"processed\"");
    }
}
