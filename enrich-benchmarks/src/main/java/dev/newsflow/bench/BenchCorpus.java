package dev.newsflow.bench;

import dev.newsflow.events.EventJson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The articles of a JSON Lines corpus ({@code title} and {@code body} of each line), read once per trial. */
record BenchCorpus(List<Article> articles) {

    static BenchCorpus read(Path jsonl) throws IOException {
        if (!Files.isRegularFile(jsonl)) {
            throw new IllegalArgumentException("no corpus at " + jsonl.toAbsolutePath()
                    + "; pass one with -p corpus=PATH (JSON Lines with title and body)");
        }
        EventJson json = new EventJson();
        List<Article> articles = Files.readAllLines(jsonl).stream()
                .filter(line -> !line.isBlank())
                .map(line -> json.read(line, Article.class))
                .toList();
        return new BenchCorpus(articles);
    }

    record Article(String title, String body) {
    }
}
