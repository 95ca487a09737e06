package dev.newsflow.formats.json;

import dev.newsflow.formats.dates.Dates;
import dev.newsflow.formats.html.HtmlText;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The field names accepted for each article field in JSON, JSONL and Markdown front matter, first match wins: the
 * project's own, common APIs' and schema.org's ({@code headline}, {@code articleBody}, {@code datePublished}).
 * Keys are matched case-insensitively.
 */
public record FieldAliases(Map<String, Object> values) {

    // the end of a block articles are written in: a body holding one is HTML (a tag's name alone may be a word of
    // plain text, "use a <button> for actions, a <table> for data", and raw WordPress content has its paragraphs as
    // blank lines, its inline tags as written)
    private static final Pattern HTML = Pattern.compile("</(?:p|div|ul|ol|li|h[1-6]|blockquote|figure|table)>",
            Pattern.CASE_INSENSITIVE);
    // HTML written on one line with inline tags only, a line break or the end of a link or of emphasis, as APIs
    // write a body: text of several lines (a poem, Markdown, raw WordPress content with its blank-line paragraphs)
    // that holds such a tag stays as written, its lines being its own
    private static final Pattern INLINE_HTML = Pattern.compile("<br\\s*/?>|</(?:a|strong|em|b|i|span)>",
            Pattern.CASE_INSENSITIVE);
    // NewsAPI's "content" is the text's first 200 characters and this count of the rest, at the text's end
    private static final Pattern CUT_NOTE = Pattern.compile("\\[\\+\\d+ chars]");
    // a byline field as printed, "By Ines Roth" (the New York Times' "original"): the name
    private static final Pattern BY = Pattern.compile("^(?i:by)\\s+(?=\\S)");

    // the Guardian's and the New York Times' content APIs' own names after the common ones: webTitle, bodyText,
    // webUrl, webPublicationDate; abstract, lead_paragraph, web_url, pub_date (their headline and byline are objects)
    static final List<String> TITLE = List.of("title", "headline", "webTitle");
    static final List<String> BODY = List.of("body", "text", "content", "articleBody", "html", "bodyText");
    // the body of a record that has none: its lead or teaser (a news API's description, a blog's excerpt)
    static final List<String> SUMMARY = List.of("description", "summary", "excerpt", "lead_paragraph", "abstract");
    static final List<String> SOURCE = List.of("source", "publisher", "site");
    static final List<String> URL = List.of("url", "link", "webUrl", "web_url");
    static final List<String> AUTHOR = List.of("author", "byline", "authors", "creator");
    // WordPress's REST API writes its site's clock in "date" and UTC in "date_gmt", neither with a zone; a record's
    // creation last (Hacker News', dev.to's, Drupal's), when nothing says it was published
    static final List<String> PUBLISHED =
            List.of("published_at", "publishedAt", "published", "datePublished", "date_published", "publish_date",
                    "publishDate", "pubDate", "webPublicationDate", "pub_date", "date_gmt", "date", "created_at",
                    "createdAt", "created");
    static final List<String> LANGUAGE = List.of("language", "lang", "inLanguage");
    // a post its own system does not show: WordPress's and Ghost's status (a private post is not public either),
    // Drupal's status false, Hugo's and Astro's draft: true, Jekyll's published: false
    private static final Set<String> UNPUBLISHED = Set.of("draft", "auto-draft", "pending", "private", "future",
            "scheduled", "trash", "unpublished");

    /** @param raw a JSON object's or a YAML mapping's fields; a YAML key may be a number or a boolean (2024:, on:) */
    public static FieldAliases of(Map<?, ?> raw) {
        Map<String, Object> caseless = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        raw.forEach((key, value) -> caseless.putIfAbsent(Objects.toString(key), value));
        return new FieldAliases(caseless);
    }

    public String title() {
        return HtmlText.unescaped(text(TITLE));
    }

    /**
     * The body as text: HTML in a plain string field (a CMS's export, a news API's description) read as HTML, and a
     * news API's note that it cut the text ({@code … [+2310 chars]}) left out.
     */
    String body() {
        Object raw = first(BODY, value -> true);
        String body = raw instanceof List<?> blocks ? paragraphs(blocks) : text(raw);
        body = body == null || body.isBlank() ? text(SUMMARY) : body;
        if (body == null) {
            return null;
        }
        if (HTML.matcher(body).find() || body.indexOf('\n') < 0 && INLINE_HTML.matcher(body).find()) {
            body = HtmlText.ofFragment(body);
        } else {
            body = HtmlText.unescapedStrictly(body); // plain text may still carry entities (&quot;), as titles do
        }
        return withoutCutNote(body);
    }

    /**
     * The text without a cut note at its end. Found from the end, not by a pattern with white space before it
     * searched from the start: over a long run of white space that costs time in the square of its length.
     */
    private static String withoutCutNote(String body) {
        String text = body.stripTrailing();
        int open = text.endsWith(" chars]") ? text.lastIndexOf("[+") : -1;
        return open >= 0 && CUT_NOTE.matcher(text).region(open, text.length()).matches()
                ? text.substring(0, open).stripTrailing() : body;
    }

    /** Whether a body field (not a summary: a listing's own description) is there, with something in it. */
    boolean hasBody() {
        Object body = first(BODY, value -> true);
        return body != null && !Objects.toString(body).isBlank();
    }

    public String source() {
        return HtmlText.unescaped(text(SOURCE));
    }

    public String url() {
        return text(URL);
    }

    /**
     * The first of the names that gives one: a number is none (WordPress's REST API gives its author's id there, a
     * byline beside it is read), nor is a boolean, an object without a name or an empty list.
     */
    public String author() {
        return AUTHOR.stream().map(values::get)
                .filter(value -> !(value instanceof Number) && !(value instanceof Boolean)).map(FieldAliases::text)
                .filter(name -> name != null && !name.isBlank()).findFirst()
                .map(name -> BY.matcher(HtmlText.unescaped(name).strip()).replaceFirst("")).orElse(null);
    }

    /** The first of the names that reads as a date: an empty or junk one does not hide the next. */
    public Instant publishedAt() {
        return PUBLISHED.stream().map(values::get).filter(Objects::nonNull).map(Dates::parse).flatMap(Optional::stream)
                .findFirst().orElse(null);
    }

    public String language() {
        return text(LANGUAGE);
    }

    /** Why the record is no published article, in its own fields' words ({@code status: draft}); else null. */
    public String unpublished() {
        Object status = values.get("status");
        if (Boolean.FALSE.equals(status)
                || status instanceof String word && UNPUBLISHED.contains(word.strip().toLowerCase(Locale.ROOT))) {
            return "status: " + Objects.toString(status).strip();
        }
        if (Boolean.TRUE.equals(values.get("draft"))) {
            return "draft: true";
        }
        return Boolean.FALSE.equals(values.get("published")) ? "published: false" : null;
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
            case List<?> list -> {
                List<String> names = list.stream().map(FieldAliases::named).filter(Objects::nonNull).toList();
                yield names.isEmpty() ? null : String.join(", ", names);
            }
            case Map<?, ?> map when map.get("rendered") != null -> HtmlText.ofFragment(map.get("rendered").toString());
            // Drupal's JSON:API: the text as filtered for display, else as written
            case Map<?, ?> map when map.get("processed") != null ->
                    HtmlText.ofFragment(map.get("processed").toString());
            case Map<?, ?> map when map.get("value") instanceof String written -> written;
            // the New York Times' headline ("main") and byline ("original")
            case Map<?, ?> map when map.get("main") instanceof String main -> main;
            case Map<?, ?> map when map.get("original") instanceof String original -> original;
            case Map<?, ?> map -> named(map);
            case Object scalar -> scalar.toString();
        };
    }

    /**
     * A body written as a list of blocks, a paragraph each: a string, an object's {@code text}, or the texts of its
     * {@code children} (Sanity's Portable Text, Strapi's blocks).
     */
    private static String paragraphs(List<?> blocks) {
        return blocks.stream().map(FieldAliases::blockText).filter(text -> text != null && !text.isBlank())
                .collect(Collectors.joining("\n\n"));
    }

    private static String blockText(Object block) {
        return switch (block) {
            case String text -> text;
            case Map<?, ?> map when map.get("text") instanceof String text -> text;
            case Map<?, ?> map when map.get("children") instanceof List<?> children -> children.stream()
                    .map(child -> child instanceof Map<?, ?> span && span.get("text") instanceof String text
                            ? text : "")
                    .collect(Collectors.joining());
            case null, default -> null;
        };
    }

    /**
     * An item of a list as a name: a string, or an object's {@code name} (else schema.org's {@code givenName} and
     * {@code familyName}); a number, a boolean or an object without a name (a user's id and slug) is none.
     */
    private static String named(Object item) {
        return switch (item) {
            case String name -> name;
            case Map<?, ?> map when map.get("name") != null -> map.get("name").toString();
            case Map<?, ?> map when map.get("givenName") != null || map.get("familyName") != null -> String.join(" ",
                    Stream.of(map.get("givenName"), map.get("familyName")).filter(Objects::nonNull)
                            .map(Object::toString).toList());
            case null, default -> null;
        };
    }
}
