package dev.newsflow.system.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import dev.newsflow.system.harness.ArticleFiles;
import dev.newsflow.system.harness.ArticleFormats;
import dev.newsflow.system.harness.ExactlyOnce;
import dev.newsflow.system.harness.GeneratedArticles;
import dev.newsflow.system.harness.LocalPipeline;
import dev.newsflow.system.harness.SharedPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 9, scenario 5: the broker stops for 15 s mid-stream while files keep arriving. Every service waits it out:
 * nothing is lost, nothing goes to {@code failed/}.
 */
@ExtendWith(SharedPipeline.class)
class BrokerOutageIT {

    private static final int BEFORE = 600;
    private static final int DURING = 100;
    private static final Duration OUTAGE = Duration.ofSeconds(15);

    @Test
    void everyArticleIsStoredOnceAfterTheBrokerWasDownFor15Seconds(LocalPipeline pipeline) throws IOException {
        GeneratedArticles articles = GeneratedArticles.of("Broker outage", BEFORE + DURING);
        ExactlyOnce check = ExactlyOnce.of("broker outage", pipeline);

        long seen = FaultDrops.dropAndAwaitPartlyStored(pipeline, "broker-outage",
                new GeneratedArticles(articles.publisher(), BEFORE));
        Instant stopped = Instant.now();
        pipeline.stopBroker();
        System.out.printf("[broker outage] stopped the broker with %d of %d articles stored%n", seen, BEFORE + DURING);
        // single-article files while the broker is away: ingest must hold them back, not fail them
        ArticleFiles.dropAs(pipeline.home(), ArticleFormats.TXT, "broker-outage-during",
                articles.range(BEFORE, BEFORE + DURING));
        Outage.lastUntil(stopped, OUTAGE);
        pipeline.startBroker();

        check.assertAll(articles);
        assertThat(filesIn(pipeline.failed())).as("files in failed/").noneMatch(name -> name.startsWith("broker-outage"));
    }

    private static List<String> filesIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(path -> path.getFileName().toString()).toList();
        }
    }
}
