package dev.newsflow.ingest.claim;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class FreeNameTest {

    @Test
    void aTakenNameGetsASuffixBeforeTheExtensions(@TempDir Path dir) throws IOException {
        Path target = Files.createDirectories(dir.resolve("processed"));
        Files.writeString(target.resolve("feed.json.gz"), "first");
        Path second = Files.writeString(dir.resolve("feed.json.gz"), "second");

        Path moved = FreeName.moveInto(second, target, "feed.json.gz");

        assertThat(moved.getFileName().toString()).isEqualTo("feed-1.json.gz");
        assertThat(Files.readString(target.resolve("feed.json.gz"))).isEqualTo("first");
        assertThat(FreeName.suffixed("README", 2)).isEqualTo("README-2");
    }
}
