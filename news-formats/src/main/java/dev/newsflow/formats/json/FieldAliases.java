package dev.newsflow.formats.json;

import dev.newsflow.formats.dates.Dates;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The field names accepted for each article field in JSON, JSONL and Markdown front matter, first match wins.
 * Keys are matched case-insensitively.
 */
public record FieldAliases(Map<String, Object> values) {

    static final List<String> TITLE = List.of("title", "headline");
    static final List<String> BODY = List.of("body", "text", "content");
    static final List<String> SOURCE = List.of("source", "publisher", "site");
    static final List<String> URL = List.of("url", "link");
    static final List<String> AUTHOR = List.of("author", "byline");
    static final List<String> PUBLISHED = List.of("published_at", "publishedAt", "published", "date");
    static final List<String> LANGUAGE = List.of("language", "lang");

    /** @param raw a JSON object's or a YAML mapping's fields; a YAML key may be a number or a boolean (2024:, on:) */
    public static FieldAliases of(Map<?, ?> raw) {
        Map<String, Object> caseless = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        raw.forEach((key, value) -> caseless.putIfAbsent(Objects.toString(key), value));
        return new FieldAliases(caseless);
    }

    public String title() {
        return text(TITLE);
    }

    String body() {
        return text(BODY);
    }

    public String source() {
        return text(SOURCE);
    }

    public String url() {
        return text(URL);
    }

    public String author() {
        return text(AUTHOR);
    }

    public Instant publishedAt() {
        return Dates.parse(first(PUBLISHED)).orElse(null);
    }

    public String language() {
        return text(LANGUAGE);
    }

    private Object first(List<String> names) {
        return names.stream().map(values::get).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** Scalars as text; a list (several authors) joined; a nested object ({@code "source": {"name": ..}}) by name. */
    private String text(List<String> names) {
        return switch (first(names)) {
            case null -> null;
            case List<?> list -> String.join(", ", list.stream().map(Objects::toString).toList());
            case Map<?, ?> map -> map.get("name") == null ? null : map.get("name").toString();
            case Object value -> value.toString();
        };
    }
}
