package dev.newsflow.formats;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A page's {@code <meta>} values by key, read once, in the same walk as the other tags metadata comes from: the
 * canonical link and the JSON-LD blocks (one walk instead of one per kind of tag: pages are read by the thousand). Open Graph uses {@code property}, most others {@code name}, some
 * {@code itemprop} or {@code http-equiv}; in the wild they are mixed up, so all four are one key space, matched
 * case-insensitively, first tag wins.
 */
final class MetaTags {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final List<String> KEY_ATTRIBUTES = List.of("property", "name", "itemprop", "http-equiv");

    private final Map<String, String> values = new HashMap<>();
    private final List<String> jsonLd = new ArrayList<>();
    private String canonical;

    MetaTags(Document page) {
        // a visit, not getAllElements(): no list of every element on the page
        page.traverse((node, depth) -> {
            if (node instanceof Element element) {
                read(element);
            }
        });
    }

    private void read(Element element) {
        switch (element.normalName()) {
            case "meta" -> add(element);
            case "script" -> {
                if (element.attr("type").equalsIgnoreCase("application/ld+json")) {
                    jsonLd.add(element.data());
                }
            }
            case "link" -> {
                if (canonical == null && element.attr("rel").equalsIgnoreCase("canonical")
                        && !element.attr("href").isBlank()) {
                    canonical = element.attr("href");
                }
            }
            default -> {
            }
        }
    }

    /** The text of each {@code <script type="application/ld+json">}, in page order. */
    List<String> jsonLd() {
        return jsonLd;
    }

    /** {@code <link rel=canonical>}'s address, or null. */
    String canonical() {
        return canonical;
    }

    private void add(Element meta) {
        String content = meta.attr("content").strip();
        if (content.isEmpty()) {
            return;
        }
        for (String attribute : KEY_ATTRIBUTES) {
            // property="og:title article:title" happens: each name is a key
            String keys = meta.attr(attribute).strip().toLowerCase(Locale.ROOT);
            if (keys.indexOf(' ') < 0) {
                if (!keys.isEmpty()) {
                    values.putIfAbsent(keys, content);
                }
                continue;
            }
            for (String key : WHITESPACE.split(keys)) {
                values.putIfAbsent(key, content);
            }
        }
    }

    /** The first of {@code keys} the page has a value for, or null. */
    String first(String... keys) {
        for (String key : keys) {
            String value = values.get(key);
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
