package dev.newsflow.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class FileAnalysisTest {

    @Test
    void aDroppedArticleIsReadWholeOnAnAnalysingThread(@TempDir Path dir) throws IOException {
        Path drop = Files.writeString(dir.resolve("a.txt"), "Harbour reopens\n\nThe harbour reopened on Monday.\n");

        assertThat(FileAnalysis.small(drop)).isTrue();
    }

    @Test
    void aCompressedExportIsChunkedHoweverSmallOnDisk(@TempDir Path dir) throws IOException {
        // two thousand records compress to a few KB: read whole on one thread, they would also be held whole
        Path export = dir.resolve("export.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(export))) {
            for (int i = 0; i < 2_000; i++) {
                out.write(("{\"title\":\"Harbour news %d\",\"body\":\"The harbour reopened on Monday.\"}\n"
                        .formatted(i)).getBytes(StandardCharsets.UTF_8));
            }
        }

        assertThat(Files.size(export)).isLessThan(64 * 1024);
        assertThat(FileAnalysis.small(export)).isFalse();
    }
}
