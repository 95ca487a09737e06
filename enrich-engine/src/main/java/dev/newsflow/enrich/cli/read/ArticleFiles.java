package dev.newsflow.enrich.cli.read;

import dev.newsflow.enrich.cli.read.TextArticleParser.ParsedText;
import dev.newsflow.events.ArticleId;
import dev.newsflow.events.ArticleIngested;
import dev.newsflow.events.ArticleOrigin;
import dev.newsflow.events.EventJson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads article files for the command line: {@code .jsonl} (one raw article object per line, as in the benchmark
 * corpus) and {@code .json} (one object) with at least {@code title} and {@code body}; any other file as plain text.
 */
public final class ArticleFiles {

    private final TextArticleParser textParser = new TextArticleParser();
    private final EventJson json = new EventJson();
    private final Clock clock;

    public ArticleFiles(Clock clock) {
        this.clock = clock;
    }

    /** The files named, with each directory replaced by the regular, non-hidden files in it, sorted by name. */
    public static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> children = Files.list(path)) {
                    children.filter(Files::isRegularFile)
                            .filter(child -> !child.getFileName().toString().startsWith("."))
                            .sorted()
                            .forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    /**
     * The articles in one file.
     *
     * @throws IOException              when the file cannot be read
     * @throws IllegalArgumentException when it holds no article in a layout we know
     */
    public List<ArticleIngested> read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String fileName = file.getFileName().toString();
        String extension = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        String text = new String(bytes, StandardCharsets.UTF_8);
        ArticleOrigin origin = new ArticleOrigin(fileName, extension.equals("jsonl") || extension.equals("json")
                ? extension : "txt", bytes.length, ArticleId.sha256Hex(bytes));
        return switch (extension) {
            case "jsonl" -> text.lines().filter(line -> !line.isBlank()).map(line -> fromJson(line, origin)).toList();
            case "json" -> List.of(fromJson(text, origin));
            default -> {
                ParsedText parsed = textParser.parse(text);
                yield List.of(article(parsed.title(), parsed.body(), parsed.source(), null, origin));
            }
        };
    }

    private ArticleIngested fromJson(String line, ArticleOrigin origin) {
        JsonArticle article = json.read(line, JsonArticle.class);
        if (article.title() == null || article.body() == null) {
            throw new IllegalArgumentException("a JSON article needs a title and a body");
        }
        String source = article.source() instanceof String name ? name : null; // corpora put provenance objects here
        return article(article.title(), article.body(), source, article.url(), origin);
    }

    private ArticleIngested article(String title, String body, String source, String url, ArticleOrigin origin) {
        return new ArticleIngested(ArticleId.of(title, body), title, body, source, url, null, null, null, origin,
                clock.instant());
    }

    /** The fields of a JSON article the command line uses; others are ignored. */
    record JsonArticle(String title, String body, Object source, String url) {
    }
}
