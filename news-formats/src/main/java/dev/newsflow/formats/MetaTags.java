package dev.newsflow.formats;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A page's {@code <meta>} values by key, read once. Open Graph uses {@code property}, most others {@code name}, some
 * {@code itemprop} or {@code http-equiv}; in the wild they are mixed up, so all four are one key space, matched
 * case-insensitively, first tag wins.
 */
final class MetaTags {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final List<String> KEY_ATTRIBUTES = List.of("property", "name", "itemprop", "http-equiv");

    private final Map<String, String> values = new HashMap<>();

    MetaTags(Document page) {
        for (Element meta : page.getElementsByTag("meta")) {
            String content = meta.attr("content").strip();
            if (content.isEmpty()) {
                continue;
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
