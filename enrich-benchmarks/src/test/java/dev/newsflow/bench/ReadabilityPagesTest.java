package dev.newsflow.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ReadabilityPagesTest {

    @Test
    void aReferenceListingSeveralBylinesGivesThemJoined(@TempDir Path root) throws IOException {
        Path page = Files.createDirectories(root.resolve("journal"));
        Files.writeString(page.resolve("source.html"), "<html><p>Text.</p></html>");
        Files.writeString(page.resolve("expected-metadata.json"), """
                {"title": "Values apart", "byline": ["Ada Quill", "Ben Marsh"], "siteName": null, "lang": "en"}""");

        assertThat(ReadabilityPages.load(root)).singleElement().satisfies(loaded -> {
            assertThat(loaded.title()).isEqualTo("Values apart");
            assertThat(loaded.byline()).isEqualTo("Ada Quill, Ben Marsh");
            assertThat(loaded.siteName()).isNull();
            assertThat(loaded.text()).isNull();
        });
    }
}
