package dev.newsflow.formats.json;

import dev.newsflow.formats.ArticleCollector;
import dev.newsflow.formats.dates.Dates;
import dev.newsflow.formats.html.HtmlText;
import dev.newsflow.formats.text.FirstSentence;
import org.jsoup.Jsoup;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A JSON Feed (jsonfeed.org, versions 1 and 1.1: what static site generators and micro-blogs publish beside RSS): every
 * item an article, by the spec's own field names. Body: {@code content_text}, else {@code content_html} as text, else
 * {@code summary}; an item without a title (the spec allows it) is titled by its first sentence, as an RSS item is.
 */
final class JsonFeed {

    private static final String VERSION_PREFIX = "https://jsonfeed.org/version/";

    private JsonFeed() {
    }

    static boolean is(Map<?, ?> object) {
        return object.get("version") instanceof String version && version.startsWith(VERSION_PREFIX)
                && object.get("items") instanceof List<?>;
    }

    static void read(Map<?, ?> feed, ArticleCollector out) {
        List<?> items = (List<?>) feed.get("items");
        String source = text(feed.get("title"));
        for (int i = 0; i < items.size(); i++) {
            ArticleCollector.RecordLocation at = ArticleCollector.RecordLocation.index(i);
            if (!(items.get(i) instanceof Map<?, ?> item)) {
                out.problem(at, "record is not a JSON object");
                continue;
            }
            String body = body(item);
            String title = text(item.get("title"));
            out.add(new ArticleCollector.Fields(title == null || title.isBlank() ? FirstSentence.of(body) : title, body,
                    source, first(item, "url", "external_url"), authors(item),
                    date(item), first(item, "language") != null ? first(item, "language") : text(feed.get("language"))),
                    at);
        }
    }

    private static String body(Map<?, ?> item) {
        String text = text(item.get("content_text"));
        if (text != null && !text.isBlank()) {
            return text;
        }
        String html = text(item.get("content_html"));
        if (html != null && !html.isBlank()) {
            return HtmlText.paragraphs(Jsoup.parseBodyFragment(html).body());
        }
        return text(item.get("summary"));
    }

    /** Version 1.1's {@code authors} (a list of objects with a name), else version 1's {@code author}. */
    private static String authors(Map<?, ?> item) {
        if (item.get("authors") instanceof List<?> authors) {
            String names = authors.stream().map(a -> a instanceof Map<?, ?> m ? text(m.get("name")) : null)
                    .filter(Objects::nonNull).collect(Collectors.joining(", "));
            return names.isEmpty() ? null : names;
        }
        return item.get("author") instanceof Map<?, ?> author ? text(author.get("name")) : null;
    }

    private static Instant date(Map<?, ?> item) {
        Instant published = Dates.parse(text(item.get("date_published"))).orElse(null);
        return published != null ? published : Dates.parse(text(item.get("date_modified"))).orElse(null);
    }

    private static String first(Map<?, ?> item, String... names) {
        for (String name : names) {
            String value = text(item.get(name));
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static String text(Object value) {
        return value instanceof String || value instanceof Number ? value.toString() : null;
    }
}
