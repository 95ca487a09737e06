package dev.newsflow.ingest.claim;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FreeNameTest {

    @Test
    void aTakenNameGetsASuffixBeforeTheExtensions(@TempDir Path dir) throws IOException {
        Path target = Files.createDirectories(dir.resolve("processed"));
        Files.writeString(target.resolve("feed.json.gz"), "first");
        Path second = Files.writeString(dir.resolve("feed.json.gz"), "second");

        Path moved = FreeName.moveInto(second, target);

        assertThat(moved.getFileName().toString()).isEqualTo("feed-1.json.gz");
        assertThat(Files.readString(target.resolve("feed.json.gz"))).isEqualTo("first");
        assertThat(new String(FileNames.compose("README".getBytes(StandardCharsets.UTF_8), "-2", ""),
                StandardCharsets.UTF_8)).isEqualTo("README-2");
    }

    @Test
    void aNameOfTheMaximumLengthTakenAlreadyIsCutShortToFitItsSuffixAndItsReport(@TempDir Path dir) throws IOException {
        String longest = "é".repeat(125) + "a.txt"; // 250 + 1 + 4 = 255 bytes
        Path target = Files.createDirectories(dir.resolve("failed"));
        Files.writeString(target.resolve(longest), "first");
        Path second = Files.writeString(Files.createDirectories(dir.resolve("claim")).resolve(longest), "second");

        Path moved = FreeName.moveInto(second, target);
        Path report = FreeName.free(target, moved, ".error.json");

        assertThat(FileNames.bytes(moved)).hasSizeLessThanOrEqualTo(255);
        assertThat(moved.getFileName().toString()).endsWith("é-1.txt").doesNotContain("\uFFFD");
        assertThat(Files.readString(moved)).isEqualTo("second");
        assertThat(FileNames.bytes(report)).hasSizeLessThanOrEqualTo(255);
        assertThat(report.getFileName().toString()).startsWith("éé").endsWith(".txt.error.json");
        Files.writeString(report, "{}");
        assertThat(report).exists();
    }

    @Test
    void aNameThatIsNotUtf8KeepsItsBytesWhenMovedAndIsShownWithEscapes(@TempDir Path dir) throws IOException {
        byte[] latin = {'l', 'a', 't', 'i', 'n', (byte) 0xE9, (byte) 0xFF, '.', 't', 'x', 't'};
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Path target = Files.createDirectories(dir.resolve("processed"));
        Files.writeString(FileNames.resolve(inbox, latin), "first");
        Files.writeString(FileNames.resolve(target, latin), "taken");

        Path moved = FreeName.moveInto(FileNames.resolve(inbox, latin), target);

        assertThat(FileNames.bytes(moved)).isEqualTo(new byte[] {'l', 'a', 't', 'i', 'n', (byte) 0xE9, (byte) 0xFF,
                '-', '1', '.', 't', 'x', 't'});
        assertThat(Files.readString(moved)).isEqualTo("first");
        assertThat(FileNames.display(moved)).isEqualTo("latin\\xE9\\xFF-1.txt");
        assertThat(FileNames.display(target.resolve("plain é.txt"))).isEqualTo("plain é.txt");
    }

    @Test
    void aFolderThatIsMissingIsMadeWhenTheFileMovesIn(@TempDir Path dir) throws IOException {
        // a new day's processed/ folder, or a folder deleted by hand while the service runs: folders are no longer
        // created before every file, only when a move finds its folder gone
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Path claimed = FreeName.claimInto(Files.writeString(inbox.resolve("a.txt"), "a"), dir.resolve("processing/x"));
        Path moved = FreeName.moveInto(claimed, dir.resolve("processed/2026-12-02"));

        assertThat(moved).isEqualTo(dir.resolve("processed/2026-12-02/a.txt")).hasContent("a");
        assertThat(claimed).doesNotExist();
    }

    @Test
    void aFileThatIsGoneIsStillReportedAsGone(@TempDir Path dir) {
        Path processed = dir.resolve("processed");

        assertThatThrownBy(() -> FreeName.moveInto(dir.resolve("gone.txt"), processed))
                .isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> FreeName.claimInto(dir.resolve("gone.txt"), dir.resolve("inbox")))
                .isInstanceOf(NoSuchFileException.class);
    }
}
