package dev.newsflow.formats;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The schema.org article a page describes in {@code <script type="application/ld+json">}: the first object whose
 * {@code @type} is an article or a posting ({@code NewsArticle}, {@code BlogPosting}, {@code ReportageNewsArticle},
 * ...), found at the top, in an array, in {@code @graph} or nested (a {@code WebPage}'s {@code mainEntity}). Blocks
 * that are not valid JSON are skipped: a broken tag must not cost the page.
 */
record JsonLd(Map<?, ?> article, Map<?, ?> website) {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();
    private static final int MAX_DEPTH = 6;
    private static final JsonLd NONE = new JsonLd(Map.of(), Map.of());

    static JsonLd of(Document page) {
        Map<?, ?> article = null;
        Map<?, ?> website = null;
        for (Element script : page.select("script[type=application/ld+json]")) {
            Object json = parse(script.data());
            if (article == null) {
                article = find(json, 0, true);
            }
            if (website == null) {
                website = find(json, 0, false);
            }
        }
        return article == null && website == null ? NONE
                : new JsonLd(article == null ? Map.of() : article, website == null ? Map.of() : website);
    }

    String headline() {
        return text(article.get("headline")).or(() -> text(article.get("name"))).orElse(null);
    }

    /** One author's name, or several joined by commas; URLs (author pages) are not names. */
    String author() {
        Object author = article.get("author") != null ? article.get("author") : article.get("creator");
        List<?> authors = author instanceof List<?> list ? list : author == null ? List.of() : List.of(author);
        String names = authors.stream()
                .map(a -> a instanceof Map<?, ?> map ? text(map.get("name")).orElse(null) : text(a).orElse(null))
                .filter(Objects::nonNull)
                .filter(name -> !name.startsWith("http"))
                .distinct()
                .collect(Collectors.joining(", "));
        return names.isEmpty() ? null : names;
    }

    String publisher() {
        return article.get("publisher") instanceof Map<?, ?> publisher ? text(publisher.get("name")).orElse(null)
                : text(article.get("publisher")).orElse(null);
    }

    String websiteName() {
        return text(website.get("name")).orElse(null);
    }

    String published() {
        return text(article.get("datePublished")).or(() -> text(article.get("dateCreated"))).orElse(null);
    }

    String language() {
        return text(article.get("inLanguage")).orElse(null);
    }

    private static Object parse(String json) {
        try {
            return MAPPER.readValue(json.strip(), Object.class);
        } catch (JacksonException broken) {
            return null;
        }
    }

    private static Map<?, ?> find(Object json, int depth, boolean article) {
        if (depth > MAX_DEPTH) {
            return null;
        }
        if (json instanceof List<?> list) {
            for (Object item : list) {
                Map<?, ?> found = find(item, depth + 1, article);
                if (found != null) {
                    return found;
                }
            }
        } else if (json instanceof Map<?, ?> map) {
            if (article ? isArticle(map.get("@type")) : isWebsite(map.get("@type"))) {
                return map;
            }
            for (Object value : map.values()) {
                Map<?, ?> found = value instanceof Map || value instanceof List ? find(value, depth + 1, article) : null;
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static boolean isArticle(Object type) {
        return types(type).anyMatch(t -> t.endsWith("article") || t.endsWith("posting") || t.equals("report"));
    }

    private static boolean isWebsite(Object type) {
        return types(type).anyMatch("website"::equals);
    }

    private static Stream<String> types(Object type) {
        List<?> all = type instanceof List<?> list ? list : type == null ? List.of() : List.of(type);
        return all.stream().map(t -> t.toString().toLowerCase(Locale.ROOT));
    }

    private static Optional<String> text(Object value) {
        Object scalar = value instanceof List<?> list && !list.isEmpty() ? list.getFirst() : value;
        return scalar instanceof String s && !s.isBlank() ? Optional.of(Parser.unescapeEntities(s.strip(), false))
                : Optional.empty();
    }
}
