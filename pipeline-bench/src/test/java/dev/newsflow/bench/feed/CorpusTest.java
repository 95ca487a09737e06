package dev.newsflow.bench.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.events.EventJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {

    @TempDir
    Path dir;

    private final Corpus corpus = new Corpus(new EventJson().mapper());

    @Test
    void readsTitleAndBodyOfEveryLineAndSkipsBlankOnes() throws IOException {
        Path file = write("""
                {"id": "a", "title": "Harbour reopens", "body": "Ships left at dawn."}

                {"title": "Mill closes", "body": "The owners blamed costs.", "extra": 1}
                """);

        assertThat(corpus.read(file)).containsExactly(
                new SourceArticle("Harbour reopens", "Ships left at dawn."),
                new SourceArticle("Mill closes", "The owners blamed costs."));
    }

    @Test
    void namesTheLineThatIsNotJson() throws IOException {
        Path file = write("{\"title\": \"Fine\", \"body\": \"Fine.\"}\nnot json\n");

        assertThatThrownBy(() -> corpus.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(":2:");
    }

    @Test
    void refusesAnArticleWithoutBody() throws IOException {
        Path file = write("{\"title\": \"Only a title\"}\n");

        assertThatThrownBy(() -> corpus.read(file)).hasMessageContaining(":1: needs a non-blank title and body");
    }

    @Test
    void refusesAnEmptyCorpus() throws IOException {
        Path file = write("\n\n");

        assertThatThrownBy(() -> corpus.read(file)).hasMessageContaining("holds no article");
    }

    private Path write(String content) throws IOException {
        return Files.writeString(dir.resolve("corpus.jsonl"), content);
    }
}
