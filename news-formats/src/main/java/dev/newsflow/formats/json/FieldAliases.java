package dev.newsflow.formats.json;

import dev.newsflow.formats.dates.Dates;
import dev.newsflow.formats.html.HtmlText;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The field names accepted for each article field in JSON, JSONL and Markdown front matter, first match wins: the
 * project's own, common APIs' and schema.org's ({@code headline}, {@code articleBody}, {@code datePublished}).
 * Keys are matched case-insensitively.
 */
public record FieldAliases(Map<String, Object> values) {

    static final List<String> TITLE = List.of("title", "headline");
    static final List<String> BODY = List.of("body", "text", "content", "articleBody");
    // the body of a record that has none: its lead or teaser (a news API's description, a blog's excerpt)
    static final List<String> SUMMARY = List.of("description", "summary", "excerpt");
    static final List<String> SOURCE = List.of("source", "publisher", "site");
    static final List<String> URL = List.of("url", "link");
    static final List<String> AUTHOR = List.of("author", "byline");
    // WordPress's REST API writes its site's clock in "date" and UTC in "date_gmt", neither with a zone
    static final List<String> PUBLISHED =
            List.of("published_at", "publishedAt", "published", "datePublished", "date_gmt", "date");
    static final List<String> LANGUAGE = List.of("language", "lang", "inLanguage");

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
        String body = text(BODY);
        return body == null || body.isBlank() ? text(SUMMARY) : body;
    }

    public String source() {
        return text(SOURCE);
    }

    public String url() {
        return text(URL);
    }

    /** A number is no name: WordPress's REST API gives its author's id there (a byline beside it is read). */
    public String author() {
        return text(first(AUTHOR, value -> !(value instanceof Number)));
    }

    /** The first of the names that reads as a date: an empty or junk one does not hide the next. */
    public Instant publishedAt() {
        return PUBLISHED.stream().map(values::get).filter(Objects::nonNull).map(Dates::parse).flatMap(Optional::stream)
                .findFirst().orElse(null);
    }

    public String language() {
        return text(LANGUAGE);
    }

    private String text(List<String> names) {
        return text(first(names, value -> true));
    }

    /** The value of the first of {@code names} that is present and {@code usable}, or null. */
    private Object first(List<String> names, Predicate<Object> usable) {
        return names.stream().map(values::get).filter(value -> value != null && usable.test(value)).findFirst()
                .orElse(null);
    }

    /**
     * Scalars as text; a list (several authors, as names or as objects with theirs) joined; a nested object by its
     * name ({@code "source": {"name": ..}}) or as the HTML it renders ({@code "title": {"rendered": ..}}, WordPress's
     * REST API) turned into text.
     */
    private static String text(Object value) {
        return switch (value) {
            case null -> null;
            case List<?> list -> String.join(", ", list.stream().filter(Objects::nonNull).map(FieldAliases::named)
                    .map(Objects::toString).toList());
            case Map<?, ?> map when map.get("rendered") != null -> HtmlText.ofFragment(map.get("rendered").toString());
            case Map<?, ?> map -> map.get("name") == null ? null : map.get("name").toString();
            case Object scalar -> scalar.toString();
        };
    }

    private static Object named(Object item) {
        return item instanceof Map<?, ?> map && map.get("name") != null ? map.get("name") : item;
    }
}
