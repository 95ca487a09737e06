package dev.newsflow.cli.evaluate;

import dev.newsflow.cli.read.ArticleFiles;
import dev.newsflow.events.ArticleIngested;
import dev.newsflow.events.EventJson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A gold article and the file its text is in ({@code <id>.txt} of the set's text directory), which may be missing.
 */
public record GoldText(GoldArticle article, Path file) {

    /** The articles of one gold file, one JSON object a line, with their texts looked for in {@code texts}. */
    public static List<GoldText> read(Path gold, Path texts) throws IOException {
        EventJson json = new EventJson();
        return Files.readAllLines(gold).stream()
                .filter(line -> !line.isBlank())
                .map(line -> json.read(line, GoldArticle.class))
                .map(article -> new GoldText(article, texts.resolve(article.id() + ".txt")))
                .toList();
    }

    public boolean hasText() {
        return Files.isRegularFile(file);
    }

    /** The article the text file holds, read as ingest reads it. */
    public ArticleIngested text(ArticleFiles files) throws IOException {
        return files.read(file).articles().getFirst();
    }
}
