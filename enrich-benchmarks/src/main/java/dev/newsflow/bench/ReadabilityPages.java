package dev.newsflow.bench;

import org.jsoup.Jsoup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Loads a suite laid out as Mozilla Readability's {@code test/test-pages}: one folder per page with {@code source.html},
 * {@code expected.html} (the main text) and {@code expected-metadata.json} ({@code title}, {@code byline},
 * {@code siteName}, {@code publishedTime}, {@code lang}).
 */
final class ReadabilityPages {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ReadabilityPages() {
    }

    static List<SuitePage> load(Path root) throws IOException {
        List<Path> folders;
        try (Stream<Path> list = Files.list(root)) {
            folders = list.filter(p -> Files.exists(p.resolve("source.html"))).sorted().toList();
        }
        List<SuitePage> pages = new ArrayList<>();
        for (Path folder : folders) {
            JsonNode expected = JSON.readTree(folder.resolve("expected-metadata.json").toFile());
            Path body = folder.resolve("expected.html");
            String text = Files.exists(body) ? Jsoup.parse(Files.readString(body)).text() : null;
            pages.add(new SuitePage(folder.getFileName().toString(), Files.readAllBytes(folder.resolve("source.html")),
                    text(expected, "title"), text(expected, "byline"), text(expected, "siteName"),
                    text(expected, "publishedTime"), text(expected, "lang"), text, null));
        }
        return pages;
    }

    /** A field's text; a list (some references give several bylines) as its items joined by ", ". */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value != null && value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.asString()));
            value = items.isEmpty() ? null : JSON.getNodeFactory().stringNode(String.join(", ", items));
        }
        return value == null || value.isNull() || value.asString().isBlank() ? null : value.asString();
    }
}
