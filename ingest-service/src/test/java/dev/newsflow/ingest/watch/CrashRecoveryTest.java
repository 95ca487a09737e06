package dev.newsflow.ingest.watch;

import dev.newsflow.events.EventJson;
import dev.newsflow.formats.ArticleFormats;
import dev.newsflow.ingest.IngestSettings;
import dev.newsflow.ingest.claim.ClaimAttempts;
import dev.newsflow.ingest.claim.FileClaimer;
import dev.newsflow.ingest.claim.FileDisposition;
import dev.newsflow.ingest.metrics.IngestMetrics;
import dev.newsflow.ingest.process.FileIngestor;
import dev.newsflow.ingest.process.Ingestion;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.ingest.read.ArticleReading;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** A file that takes the service down while it is read must not do so on every start. */
class CrashRecoveryTest {

    @TempDir
    Path home;

    final FatalErrors fatal = mock(FatalErrors.class);

    @Test
    void aFileThatCrashedTheReaderTwiceGoesToFailedOnTheNextStartInsteadOfBeingReadAgain() throws IOException {
        IngestSettings settings = new IngestSettings(home.resolve("inbox"), home.resolve("processing"),
                home.resolve("processed"), home.resolve("failed"), "default", Duration.ofSeconds(1),
                Duration.ofMillis(50), 10, IngestSettings.Cleanup.MOVE, false, List.of(), List.of(),
                DataSize.ofMegabytes(50), DataSize.ofKilobytes(512), DataSize.ofMegabytes(100), Duration.ofSeconds(5), DataSize.ofMegabytes(8));
        // left by the first crash: claimed, never finished
        Path claimed = Files.writeString(Files.createDirectories(settings.claimFolder()).resolve("huge.jsonl"), "{}\n");
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        ArticleReading crashing = mock(ArticleReading.class);
        when(crashing.maxFileBytes()).thenReturn(1L << 20);
        when(crashing.read(anyString(), any())).thenThrow(new OutOfMemoryError("Java heap space (simulated)"));

        InboxPoller secondRun = poller(settings, meters, crashing);
        secondRun.start();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> verify(crashing).read(anyString(), any()));
        secondRun.stop();
        assertThat(claimed).exists();
        verify(fatal).stop(org.mockito.ArgumentMatchers.eq(claimed), any(OutOfMemoryError.class));

        ArticleReading untouched = mock(ArticleReading.class);
        InboxPoller thirdRun = poller(settings, meters, untouched);
        thirdRun.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(settings.failed().resolve("huge.jsonl.error.json")));
        thirdRun.stop();

        assertThat(claimed).doesNotExist();
        assertThat(Files.readString(settings.failed().resolve("huge.jsonl.error.json")))
                .contains("\"reason\" : \"reader-crashed\"");
        verify(untouched, org.mockito.Mockito.never()).read(anyString(), any());
        assertThat(meters.counter("newsflow.ingest.articles.rejected", "reason", "reader-crashed").count()).isEqualTo(1);
        assertThat(settings.claimFolder()).isEmptyDirectory();
    }

    private InboxPoller poller(IngestSettings settings, SimpleMeterRegistry meters, ArticleReading reading) {
        Clock clock = Clock.systemUTC();
        IngestMetrics metrics = new IngestMetrics(meters);
        FileIngestor ingestor = new FileIngestor(new Ingestion(reading, mock(ArticlePublisher.class), metrics),
                new FileDisposition(settings, new EventJson(), clock), clock, settings);
        return new InboxPoller(settings, clock, new FileClaimer(settings), ingestor, metrics,
                new ClaimAttempts(settings), new ArticleFormats(settings.limits()), fatal, mock(ArticlePublisher.class));
    }
}
