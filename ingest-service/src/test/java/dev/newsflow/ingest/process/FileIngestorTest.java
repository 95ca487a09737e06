package dev.newsflow.ingest.process;

import dev.newsflow.events.EventJson;
import dev.newsflow.formats.ArticleFormats;
import dev.newsflow.ingest.IngestSettings;
import dev.newsflow.ingest.claim.FileDisposition;
import dev.newsflow.ingest.metrics.IngestMetrics;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.ingest.publish.PublishFailedException;
import dev.newsflow.ingest.read.ArticleReading;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import dev.newsflow.formats.FormatResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

@ExtendWith(OutputCaptureExtension.class)
class FileIngestorTest {

    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    @TempDir
    Path home;

    @Test
    void whenKafkaDoesNotAcknowledgeTheFileGoesBackToItsOwnFolderToWaitOutMinAgeAndIsCountedAsRetry() throws IOException {
        IngestSettings settings = new IngestSettings(home.resolve("inbox"), home.resolve("processing"),
                home.resolve("processed"), home.resolve("failed"), "default", Duration.ofSeconds(1),
                Duration.ofMillis(100), 10, IngestSettings.Cleanup.MOVE, true, List.of(), List.of(),
                DataSize.ofMegabytes(50), DataSize.ofKilobytes(512), DataSize.ofMegabytes(100), Duration.ofSeconds(30), DataSize.ofMegabytes(8));
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        IngestMetrics metrics = new IngestMetrics(meters);
        ArticlePublisher publisher = mock(ArticlePublisher.class);
        org.mockito.Mockito.doThrow(new PublishFailedException("broker down", null)).when(publisher).publishAll(any());
        FileIngestor ingestor = new FileIngestor(new Ingestion(new ArticleReading(new ArticleFormats(settings.limits()), clock, metrics,
                new dev.newsflow.events.validation.RecordValidator(), new EventJson()),
                publisher, metrics), new FileDisposition(settings, new EventJson(), clock), clock, settings);
        Path claimed = Files.createDirectories(settings.claimFolder()).resolve("bridge.txt");
        Files.writeString(claimed, "Bridge reopens to cyclists\n\nThe repaired deck carries bikes again.");
        Files.setLastModifiedTime(claimed, FileTime.from(NOW.minusSeconds(3600)));
        Path wire = Files.createDirectories(settings.inbox().resolve("wire"));

        ingestor.ingest(claimed, wire);

        assertThat(claimed).doesNotExist();
        assertThat(Files.getLastModifiedTime(wire.resolve("bridge.txt")).toInstant()).isEqualTo(NOW);
        assertThat(meters.counter("newsflow.ingest.files", "outcome", "retry").count()).isEqualTo(1);
        assertThat(home.resolve("failed")).doesNotExist();
    }
    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a FIFO opened for reading would block
    void linksFifosAndDirectoriesGoToFailedUnopenedWithAReasonAMetricAndALogLine(CapturedOutput log) throws Exception {
        IngestSettings settings = settings();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        ArticlePublisher publisher = mock(ArticlePublisher.class);
        FileIngestor ingestor = ingestor(settings, meters, publisher);
        Path secret = Files.writeString(home.resolve("secret.txt"), "Root password list\n\nnever to be published");
        Path claim = Files.createDirectories(settings.claimFolder());
        Files.createSymbolicLink(claim.resolve("passwd.txt"), secret);
        Files.createDirectories(claim.resolve("folder.txt"));
        new ProcessBuilder("mkfifo", claim.resolve("pipe.txt").toString()).start().waitFor();

        for (String name : List.of("passwd.txt", "folder.txt", "pipe.txt")) {
            ingestor.ingest(claim.resolve(name), settings.inbox());
        }

        Path failed = settings.failed();
        assertThat(Files.isSymbolicLink(failed.resolve("passwd.txt"))).isTrue();
        assertThat(failed.resolve("folder.txt")).isDirectory();
        assertThat(Files.isRegularFile(failed.resolve("pipe.txt"), java.nio.file.LinkOption.NOFOLLOW_LINKS)).isFalse();
        for (String name : List.of("passwd.txt", "folder.txt", "pipe.txt")) {
            assertThat(Files.readString(failed.resolve(name + ".error.json")))
                    .contains("\"reason\" : \"not-regular-file\"").doesNotContain("password");
        }
        verifyNoInteractions(publisher);
        assertThat(meters.counter("newsflow.ingest.articles.rejected", "reason", "not-regular-file").count()).isEqualTo(3);
        assertThat(log.getOut()).contains("file=passwd.txt outcome=failed reason=not-regular-file");
    }

    @Test
    void problemsOfAHugeFileAreCountedInTheReportButListedOnlyUpToTheCap(CapturedOutput log) throws IOException {
        IngestSettings settings = settings();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        FileIngestor ingestor = ingestor(settings, meters, mock(ArticlePublisher.class));
        Path claimed = Files.createDirectories(settings.claimFolder()).resolve("empty.jsonl");
        Files.writeString(claimed, "{}\n".repeat(200_000));

        ingestor.ingest(claimed, settings.inbox());

        String report = Files.readString(settings.failed().resolve("empty.jsonl.error.json"));
        assertThat(report).contains("\"reason\" : \"no-articles\"", "\"problemCount\" : 200000");
        assertThat(new EventJson().mapper().readTree(report).get("problems")).hasSize(FormatResult.MAX_LISTED_PROBLEMS);
        assertThat(meters.counter("newsflow.ingest.articles.rejected", "reason", "invalid-record").count())
                .isEqualTo(200_000);
        assertThat(log.getOut()).contains("file=empty.jsonl outcome=failed reason=no-articles message=\"no usable"
                + " article in the file (200000 problems, the first: line 1: no title or text)\"");
    }

    @Test
    void aFileOfOneUnusableArticleSaysWhyInItsLogLine(CapturedOutput log) throws IOException {
        IngestSettings settings = settings();
        FileIngestor ingestor = ingestor(settings, new SimpleMeterRegistry(), mock(ArticlePublisher.class));
        Path claimed = Files.createDirectories(settings.claimFolder()).resolve("long-read.txt");
        Files.writeString(claimed, "Long read\n\n" + "The harbour board met again. ".repeat(20_000));

        ingestor.ingest(claimed, settings.inbox());

        assertThat(log.getOut()).contains("file=long-read.txt outcome=failed reason=no-articles message=\"no usable"
                + " article in the file: article larger than the limit of 524288 bytes\"");
    }

    @Test
    void aFileNameWithANewlineOrAnEscapeSequenceCannotForgeOrColourALogLine(CapturedOutput log) throws IOException {
        IngestSettings settings = settings();
        FileIngestor ingestor = ingestor(settings, new SimpleMeterRegistry(), mock(ArticlePublisher.class));
        Path claimed = Files.createDirectories(settings.claimFolder())
                .resolve("x.txt\nfile=forged.txt outcome=processed \u001b[31mred.txt");
        Files.writeString(claimed, "");

        ingestor.ingest(claimed, settings.inbox());

        assertThat(log.getOut()).doesNotContain("\nfile=forged.txt").doesNotContain("\u001b")
                .contains("file=\"x.txt\\nfile=forged.txt outcome=processed \\u001b[31mred.txt\" outcome=failed");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFileNameThatIsNotUtf8KeepsItsBytesAndIsPublishedAsAFaithfulUtf8Rendering() throws IOException {
        IngestSettings settings = settings();
        ArticlePublisher publisher = mock(ArticlePublisher.class);
        FileIngestor ingestor = ingestor(settings, new SimpleMeterRegistry(), publisher);
        Path claim = Files.createDirectories(settings.claimFolder());
        // latin\xe9\xff.txt, built from its bytes: a String would re-encode it
        Path claimed = Path.of(java.net.URI.create(claim.toUri() + "latin%E9%FF.txt"));
        Files.writeString(claimed, "Harbour reopens\n\nBoats are back.");

        ingestor.ingest(claimed, settings.inbox());

        org.mockito.ArgumentCaptor<List<List<dev.newsflow.events.ArticleIngested>>> published =
                org.mockito.ArgumentCaptor.forClass(List.class);
        org.mockito.Mockito.verify(publisher).publishAll(published.capture());
        assertThat(published.getValue().getFirst().getFirst().origin().fileName()).isEqualTo("latin\\xE9\\xFF.txt");
        Path day = settings.processed().resolve("2026-03-02");
        try (var moved = Files.list(day)) {
            assertThat(moved.map(p -> p.toUri().toString())).singleElement()
                    .satisfies(uri -> assertThat(uri).endsWith("/latin%E9%FF.txt"));
        }
    }

    @Test
    void theLogLineSaysWhereANameThatIsNotUtf8WentWithItsBytesEscapedAsTheFileIsNamed(CapturedOutput log)
            throws IOException {
        IngestSettings settings = settings();
        FileIngestor ingestor = ingestor(settings, new SimpleMeterRegistry(), mock(ArticlePublisher.class));
        Path claim = Files.createDirectories(settings.claimFolder());
        Path claimed = Path.of(java.net.URI.create(claim.toUri() + "latin%E9%FF.txt"));
        Files.writeString(claimed, "Harbour reopens\n\nBoats are back.");

        ingestor.ingest(claimed, settings.inbox());

        // LogValue quotes a value holding a backslash and doubles it: file= and to= show the same \xHH
        assertThat(log.getOut()).contains("file=\"latin\\\\xE9\\\\xFF.txt\" outcome=processed")
                .contains("/processed/2026-03-02/latin\\\\xE9\\\\xFF.txt\" ms=")
                .doesNotContain("\uFFFD");
    }

    private IngestSettings settings() {
        return new IngestSettings(home.resolve("inbox"), home.resolve("processing"),
                home.resolve("processed"), home.resolve("failed"), "default", Duration.ofSeconds(1),
                Duration.ofMillis(100), 10, IngestSettings.Cleanup.MOVE, false, List.of(), List.of(),
                DataSize.ofMegabytes(50), DataSize.ofKilobytes(512), DataSize.ofMegabytes(100), Duration.ofSeconds(30), DataSize.ofMegabytes(8));
    }

    private static FileIngestor ingestor(IngestSettings settings, SimpleMeterRegistry meters, ArticlePublisher publisher) {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        IngestMetrics metrics = new IngestMetrics(meters);
        return new FileIngestor(new Ingestion(new ArticleReading(new ArticleFormats(settings.limits()), clock, metrics,
                new dev.newsflow.events.validation.RecordValidator(), new EventJson()),
                publisher, metrics), new FileDisposition(settings, new EventJson(), clock), clock, settings);
    }
}
