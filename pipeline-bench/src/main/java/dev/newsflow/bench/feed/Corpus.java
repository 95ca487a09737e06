package dev.newsflow.bench.feed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a JSON Lines corpus: one object per line with at least {@code title} and {@code body}. */
public final class Corpus {

    private final JsonMapper json;

    public Corpus(JsonMapper json) {
        this.json = json;
    }

    /** @throws IllegalArgumentException naming the line when one is not an article */
    public List<SourceArticle> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the corpus " + file, e);
        }
        List<SourceArticle> articles = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                articles.add(parse(lines.get(i), file, i + 1));
            }
        }
        if (articles.isEmpty()) {
            throw new IllegalArgumentException(file + " holds no article");
        }
        return articles;
    }

    private SourceArticle parse(String line, Path file, int number) {
        try {
            JsonNode node = json.readTree(line);
            String title = node.path("title").asString("");
            String body = node.path("body").asString("");
            if (title.isBlank() || body.isBlank()) {
                throw new IllegalArgumentException(file + ":" + number + ": needs a non-blank title and body");
            }
            return new SourceArticle(title, body);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(file + ":" + number + ": not a JSON object: " + e.getOriginalMessage(), e);
        }
    }
}
