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
import org.junit.jupiter.api.Test;
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
import static org.mockito.Mockito.when;

class FileIngestorTest {

    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    @TempDir
    Path home;

    @Test
    void whenKafkaDoesNotAcknowledgeTheFileGoesBackToItsOwnFolderToWaitOutMinAgeAndIsCountedAsRetry() throws IOException {
        IngestSettings settings = new IngestSettings(home.resolve("inbox"), home.resolve("processing"),
                home.resolve("processed"), home.resolve("failed"), "default", Duration.ofSeconds(1),
                Duration.ofMillis(100), 10, IngestSettings.Cleanup.MOVE, true, List.of(), List.of(),
                DataSize.ofMegabytes(50), DataSize.ofKilobytes(512), DataSize.ofMegabytes(100), Duration.ofSeconds(30));
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        IngestMetrics metrics = new IngestMetrics(meters);
        ArticlePublisher publisher = mock(ArticlePublisher.class);
        when(publisher.publish(any())).thenThrow(new PublishFailedException("broker down", null));
        FileIngestor ingestor = new FileIngestor(new ArticleReading(new ArticleFormats(settings.limits()), clock, metrics),
                publisher, new FileDisposition(settings, new EventJson(), clock), metrics, clock, settings);
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
}
