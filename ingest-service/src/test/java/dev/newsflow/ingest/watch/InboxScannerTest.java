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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class InboxScannerTest {

    static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");

    @TempDir
    Path home;

    @Test
    void oneScanHandsOnEveryReadyFileWhateverTheBatchSizeAndCountsThemAll() throws IOException {
        for (int i = 0; i < 25; i++) {
            file("inbox/article-" + i + ".txt", NOW.minusSeconds(60));
        }
        List<Path> ready = new ArrayList<>();

        long seen = scanner(10, false, List.of(), List.of()).scan(Set.of(), (file, size) -> ready.add(file)).seen();

        assertThat(ready).hasSize(25);
        assertThat(seen).isEqualTo(25);
    }

    @Test
    void aTakerThatSaysStopEndsTheScan() throws IOException {
        for (int i = 0; i < 5; i++) {
            file("inbox/article-" + i + ".txt", NOW.minusSeconds(60));
        }
        List<Path> ready = new ArrayList<>();

        scanner(10, false, List.of(), List.of()).scan(Set.of(), (file, size) -> ready.add(file) && ready.size() < 2);

        assertThat(ready).hasSize(2);
    }

    @Test
    void aRecentlyModifiedFileWaitsForTheMinimumAge() throws IOException {
        file("inbox/settled.txt", NOW.minusSeconds(5));
        file("inbox/fresh.txt", NOW.minusMillis(200));

        List<Path> ready = new ArrayList<>();
        long seen = scanner(100, false, List.of(), List.of()).scan(Set.of(), (file, size) -> ready.add(file)).seen();

        assertThat(ready).extracting(p -> p.getFileName().toString()).containsExactly("settled.txt");
        assertThat(seen).isEqualTo(2);
    }

    @Test
    void aScanTellsWhenTheFirstWaitingFileBecomesReadySoTheNextScanNeedNotWaitAWholePollInterval() throws IOException {
        file("inbox/settled.txt", NOW.minusSeconds(5));
        file("inbox/fresher.txt", NOW.minusMillis(100));
        file("inbox/fresh.txt", NOW.minusMillis(300));
        InboxScanner scanner = scanner(100, false, List.of(), List.of());

        // min-age 1s: fresh.txt, modified 300 ms ago, is the first ready, 700 ms from now
        assertThat(scanner.scan(Set.of(), (file, size) -> true).nextReady()).isEqualTo(NOW.plusMillis(700));
        Files.delete(home.resolve("inbox/fresh.txt"));
        Files.delete(home.resolve("inbox/fresher.txt"));
        assertThat(scanner.scan(Set.of(), (file, size) -> true).nextReady()).isNull();
    }

    @Test
    void recursiveWatchingHonoursIncludeAndExcludeGlobsAndSkipsHiddenFolders() throws IOException {
        file("inbox/wire/today.jsonl", NOW.minusSeconds(60));
        file("inbox/wire/notes.docx", NOW.minusSeconds(60));
        file("inbox/wire/draft-today.jsonl", NOW.minusSeconds(60));
        file("inbox/.sync/hidden.jsonl", NOW.minusSeconds(60));

        List<Path> flat = ready(scanner(100, false, List.of("*.jsonl"), List.of("draft-*")));
        List<Path> deep = ready(scanner(100, true, List.of("*.jsonl"), List.of("draft-*")));

        assertThat(flat).isEmpty();
        assertThat(deep).extracting(p -> home.resolve("inbox").relativize(p).toString()).containsExactly("wire/today.jsonl");
    }

    @Test
    @org.junit.jupiter.api.Timeout(value = 60, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void linksSpecialFilesAndDirectoriesNamedLikeArticlesAreReturnedToBeRefusedButNeverEntered() throws Exception {
        Path outside = file("outside/secret.txt", NOW.minusSeconds(60));
        Path inbox = Files.createDirectories(home.resolve("inbox"));
        Files.createSymbolicLink(inbox.resolve("passwd.txt"), outside);
        Files.createDirectories(inbox.resolve("folder.txt"));
        Files.createSymbolicLink(inbox.resolve("linked-folder"), outside.getParent());
        Files.createDirectories(inbox.resolve("plain-folder"));
        Path fifo = inbox.resolve("pipe.txt");
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
        for (String name : List.of("passwd.txt", "folder.txt", "linked-folder", "plain-folder", "pipe.txt")) {
            // touch -h sets the entry's own time without opening it (Java's setTimes opens it: a FIFO would block)
            new ProcessBuilder("touch", "-h", "-d", "@" + NOW.minusSeconds(60).getEpochSecond(),
                    inbox.resolve(name).toString()).start().waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
        }

        List<String> flat = names(ready(scanner(100, false, List.of(), List.of())));
        List<String> deep = names(ready(scanner(100, true, List.of(), List.of())));

        assertThat(flat).containsExactlyInAnyOrder("passwd.txt", "folder.txt", "linked-folder", "pipe.txt");
        assertThat(deep).containsExactlyInAnyOrder("passwd.txt", "linked-folder", "pipe.txt")
                .noneMatch(name -> name.contains("secret"));
    }

    private static List<Path> ready(InboxScanner scanner) {
        List<Path> ready = new ArrayList<>();
        scanner.scan(Set.of(), (file, size) -> ready.add(file));
        return ready;
    }

    private List<String> names(List<Path> paths) {
        return paths.stream().map(p -> home.resolve("inbox").relativize(p).toString()).toList();
    }

    private InboxScanner scanner(int batch, boolean recursive, List<String> include, List<String> exclude) {
        IngestSettings settings = new IngestSettings(home.resolve("inbox"), home.resolve("processing"),
                home.resolve("processed"), home.resolve("failed"), "default", Duration.ofSeconds(1),
                Duration.ofMillis(100), batch, IngestSettings.Cleanup.MOVE, recursive, include, exclude,
                DataSize.ofMegabytes(50), DataSize.ofKilobytes(512), DataSize.ofMegabytes(100), Duration.ofSeconds(30), DataSize.ofMegabytes(8));
        return new InboxScanner(settings, Clock.fixed(NOW, ZoneOffset.UTC), name -> name.endsWith(".txt"));
    }

    private Path file(String relative, Instant modified) throws IOException {
        Path file = home.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "Headline\n\nBody.");
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }
}
