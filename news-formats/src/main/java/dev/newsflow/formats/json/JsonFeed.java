package dev.newsflow.formats.json;

import dev.newsflow.formats.ArticleCollector;
import dev.newsflow.formats.Links;
import dev.newsflow.formats.dates.Dates;
import dev.newsflow.formats.html.HtmlText;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A JSON Feed (jsonfeed.org, versions 1 and 1.1: what static site generators and micro-blogs publish beside RSS): every
 * item an article, by the spec's own field names. Body: {@code content_text}, else {@code content_html} as text, else
 * {@code summary}; an item without a title (the spec allows it) is titled by its first sentence, as an RSS item is.
 */
final class JsonFeed {

    private static final Pattern VERSION = Pattern.compile("https?://jsonfeed\\.org/version/.*");

    private JsonFeed() {
    }

    static boolean is(Map<?, ?> object) {
        return object.get("version") instanceof String version && VERSION.matcher(version).matches()
                && object.get("items") instanceof List<?>;
    }

    static void read(Map<?, ?> feed, ArticleCollector out) {
        List<?> items = (List<?>) feed.get("items");
        String source = text(feed.get("title"));
        String feedAuthors = authors(feed);
        for (int i = 0; i < items.size(); i++) {
            ArticleCollector.RecordLocation at = ArticleCollector.RecordLocation.index(i);
            if (!(items.get(i) instanceof Map<?, ?> item)) {
                out.problem(at, "record is not a JSON object");
                continue;
            }
            String body = body(item);
            String title = text(item.get("title"));
            String authors = authors(item);
            String language = nonBlank(item, "language");
            out.add(new ArticleCollector.Fields(title, body, source,
                    Links.resolve(url(item), text(feed.get("home_page_url"))), authors != null ? authors : feedAuthors,
                    date(item),
                    language != null ? language : text(feed.get("language"))), at);
        }
    }

    /** The item's own page: {@code url}, else an {@code id} that is a web address, else the page it links to. */
    private static String url(Map<?, ?> item) {
        String url = nonBlank(item, "url");
        String id = nonBlank(item, "id");
        return url != null ? url : id != null && id.matches("(?i)https?://\\S+") ? id : nonBlank(item, "external_url");
    }

    private static String body(Map<?, ?> item) {
        String text = text(item.get("content_text"));
        if (text != null && !text.isBlank()) {
            return text;
        }
        String html = text(item.get("content_html"));
        if (html != null && !html.isBlank()) {
            return HtmlText.ofFragment(html);
        }
        return text(item.get("summary"));
    }

    /**
     * Version 1.1's {@code authors} (a list of objects with a name), else version 1's {@code author}; of an item, or of
     * the feed, whose authors are its items' when they name none.
     */
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

    private static String nonBlank(Map<?, ?> item, String name) {
        String value = text(item.get(name));
        return value == null || value.isBlank() ? null : value;
    }

    private static String text(Object value) {
        return value instanceof String || value instanceof Number ? value.toString() : null;
    }
}
