package dev.newsflow.ingest.watch;

import dev.newsflow.ingest.IngestSettings;
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

class InboxScannerTest {

    static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");

    @TempDir
    Path home;

    @Test
    void returnsAtMostOneBatchButCountsEveryWaitingFile() throws IOException {
        for (int i = 0; i < 25; i++) {
            file("inbox/article-" + i + ".txt", NOW.minusSeconds(60));
        }

        InboxScanner.Scan scan = scanner(10, false, List.of(), List.of()).scan();

        assertThat(scan.ready()).hasSize(10);
        assertThat(scan.waiting()).isEqualTo(25);
    }

    @Test
    void aRecentlyModifiedFileWaitsForTheMinimumAge() throws IOException {
        file("inbox/settled.txt", NOW.minusSeconds(5));
        file("inbox/fresh.txt", NOW.minusMillis(200));

        InboxScanner.Scan scan = scanner(100, false, List.of(), List.of()).scan();

        assertThat(scan.ready()).extracting(p -> p.getFileName().toString()).containsExactly("settled.txt");
        assertThat(scan.waiting()).isEqualTo(2);
    }

    @Test
    void recursiveWatchingHonoursIncludeAndExcludeGlobsAndSkipsHiddenFolders() throws IOException {
        file("inbox/wire/today.jsonl", NOW.minusSeconds(60));
        file("inbox/wire/notes.docx", NOW.minusSeconds(60));
        file("inbox/wire/draft-today.jsonl", NOW.minusSeconds(60));
        file("inbox/.sync/hidden.jsonl", NOW.minusSeconds(60));

        List<Path> flat = scanner(100, false, List.of("*.jsonl"), List.of("draft-*")).scan().ready();
        List<Path> deep = scanner(100, true, List.of("*.jsonl"), List.of("draft-*")).scan().ready();

        assertThat(flat).isEmpty();
        assertThat(deep).extracting(p -> home.resolve("inbox").relativize(p).toString()).containsExactly("wire/today.jsonl");
    }

    private InboxScanner scanner(int batch, boolean recursive, List<String> include, List<String> exclude) {
        IngestSettings settings = new IngestSettings(home.resolve("inbox"), home.resolve("processing"),
                home.resolve("processed"), home.resolve("failed"), "default", Duration.ofSeconds(1),
                Duration.ofMillis(100), batch, IngestSettings.Cleanup.MOVE, recursive, include, exclude,
                DataSize.ofMegabytes(50), DataSize.ofKilobytes(512), DataSize.ofMegabytes(100), Duration.ofSeconds(30));
        return new InboxScanner(settings, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private void file(String relative, Instant modified) throws IOException {
        Path file = home.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "Headline\n\nBody.");
        Files.setLastModifiedTime(file, FileTime.from(modified));
    }
}
