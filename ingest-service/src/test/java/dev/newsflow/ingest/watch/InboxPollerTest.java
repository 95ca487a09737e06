package dev.newsflow.ingest.watch;

import dev.newsflow.formats.ArticleFormats;
import dev.newsflow.ingest.IngestSettings;
import dev.newsflow.ingest.claim.ClaimAttempts;
import dev.newsflow.ingest.claim.FileClaimer;
import dev.newsflow.ingest.metrics.IngestMetrics;
import dev.newsflow.ingest.process.FileIngestor;
import dev.newsflow.ingest.publish.ArticlePublisher;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

@ExtendWith(OutputCaptureExtension.class)
class InboxPollerTest {

    @TempDir
    Path home;

    @Test
    void aBurstLargerThanOneBatchIsTakenByOnePollInBatchesNotOneBatchPerPollInterval() throws IOException {
        IngestSettings settings = TestSettings.under(home, Duration.ofHours(1), 10);
        Path inbox = Files.createDirectories(settings.inbox());
        for (int i = 0; i < 25; i++) {
            Files.writeString(inbox.resolve("article-" + i + ".txt"), "Title " + i + "\n\nBody.");
        }
        List<Integer> batches = new CopyOnWriteArrayList<>();
        FileIngestor ingestor = mock(FileIngestor.class);
        doAnswer(call -> batches.add(call.<List<?>>getArgument(0).size())).when(ingestor).ingestAll(any(), any(), any());
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        InboxPoller poller = poller(settings, new FileClaimer(settings), ingestor, meters);

        poller.start();
        try {
            // the first poll runs at once, the next one an hour later
            await().atMost(Duration.ofSeconds(60)).until(() -> batches.stream().mapToInt(Integer::intValue).sum() == 25);
        } finally {
            poller.stop();
        }

        assertThat(batches).containsExactly(10, 10, 5);
    }

    @Test
    void anEntryThatCannotBeClaimedIsLoggedOnceCountedAndSkippedSoTheFilesAfterItStillFlow(CapturedOutput log)
            throws IOException {
        IngestSettings settings = TestSettings.under(home, Duration.ofMillis(20), 1);
        Path locked = Files.writeString(Files.createDirectories(settings.inbox()).resolve("locked.txt"), "T\n\nB.");
        Files.setLastModifiedTime(locked, FileTime.from(Instant.now().minusSeconds(60)));
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        FileClaimer claimer = mock(FileClaimer.class);
        when(claimer.unfinished(anyInt())).thenReturn(List.of());
        when(claimer.claim(any())).thenThrow(new UncheckedIOException(new AccessDeniedException(locked.toString())));
        InboxPoller poller = poller(settings, claimer, mock(FileIngestor.class), meters);

        poller.start();
        try {
            await().atMost(Duration.ofSeconds(30)).until(
                    () -> meters.get("newsflow.ingest.inbox.stuck").gauge().value() == 1.0);
        } finally {
            poller.stop();
        }

        assertThat(log.getOut().split("outcome=stuck", -1)).hasSize(2);
        assertThat(log.getOut()).contains("file=locked.txt outcome=stuck reason=AccessDeniedException");
    }

    @Test
    void filesClaimedBeforeAScanFailsAreStillPublishedNotLeftInTheClaimFolder(CapturedOutput log) throws IOException {
        IngestSettings settings = TestSettings.under(home, Duration.ofHours(1), 10);
        Path inbox = Files.createDirectories(settings.inbox());
        for (String name : List.of("first.txt", "second.txt", "third.txt")) {
            Files.writeString(inbox.resolve(name), "Title\n\nBody.");
        }
        // the first claim succeeds, the second fails in a way the poller does not expect (not an I/O error on one
        // file): the scan ends there, with one file claimed into a batch that is not full
        FileClaimer real = new FileClaimer(settings);
        FileClaimer claimer = mock(FileClaimer.class);
        when(claimer.unfinished(anyInt())).thenReturn(List.of());
        when(claimer.claim(any())).thenAnswer(call -> real.claim(call.getArgument(0)))
                .thenThrow(new IllegalStateException("claim folder vanished"));
        List<List<FileIngestor.Claim>> batches = new CopyOnWriteArrayList<>();
        FileIngestor ingestor = mock(FileIngestor.class);
        doAnswer(call -> batches.add(List.copyOf(call.<List<FileIngestor.Claim>>getArgument(0))))
                .when(ingestor).ingestAll(any(), any(), any());
        InboxPoller poller = poller(settings, claimer, ingestor, new SimpleMeterRegistry());

        poller.start();
        try {
            // the next poll is an hour away: only the failed scan itself can have handed the claimed file on
            await().atMost(Duration.ofSeconds(30)).until(() -> !batches.isEmpty());
        } finally {
            poller.stop();
        }

        assertThat(batches).singleElement().satisfies(batch -> assertThat(batch).singleElement()
                .satisfies(claim -> assertThat(claim.claimed().getParent()).isEqualTo(settings.claimFolder())));
        assertThat(log.getOut()).contains("inbox scan failed", "claim folder vanished");
    }

    @Test
    void anInboxFolderThatGoesIsSaidOnceAndItsFilesFlowAgainOnceItIsBack(CapturedOutput log) throws IOException {
        IngestSettings settings = TestSettings.under(home, Duration.ofMillis(20), 10);
        List<Integer> batches = new CopyOnWriteArrayList<>();
        FileIngestor ingestor = mock(FileIngestor.class);
        doAnswer(call -> batches.add(call.<List<?>>getArgument(0).size()))
                .when(ingestor).ingestAll(any(), any(), any());
        InboxPoller poller = poller(settings, new FileClaimer(settings), ingestor, new SimpleMeterRegistry());

        poller.start();
        try {
            Files.delete(settings.inbox()); // made by start(), empty
            await().atMost(Duration.ofSeconds(30)).until(() -> log.getOut().contains("outcome=missing"));
            Files.writeString(Files.createDirectories(settings.inbox()).resolve("back.txt"), "Title\n\nBody.");
            await().atMost(Duration.ofSeconds(30)).until(() -> !batches.isEmpty());
        } finally {
            poller.stop();
        }

        // polled every 20 ms meanwhile, said once
        assertThat(log.getOut().split("outcome=missing", -1)).hasSize(2);
        assertThat(log.getOut()).contains("outcome=back");
        assertThat(batches).containsExactly(1);
    }

    private static InboxPoller poller(IngestSettings settings, FileClaimer claimer, FileIngestor ingestor,
                                      SimpleMeterRegistry meters) {
        return new InboxPoller(settings, Clock.systemUTC(), claimer, ingestor, new IngestMetrics(meters),
                new ClaimAttempts(settings), new ArticleFormats(settings.limits()), mock(FatalErrors.class),
                mock(ArticlePublisher.class));
    }
}
