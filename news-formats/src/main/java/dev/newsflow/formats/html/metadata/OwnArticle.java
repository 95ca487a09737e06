package dev.newsflow.formats.html.metadata;

import dev.newsflow.formats.text.Spaces;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which of several JSON-LD articles (a graph, an array or another block that lists related stories beside the page's
 * own) the page is about: the one whose {@code url}, {@code @id} or {@code mainEntityOfPage} is the page's address,
 * else the one whose headline the page's {@code og:title} gives, else none (depth decides).
 *
 * @param address the page's canonical address ({@code og:url} when it gives none), or null
 * @param title the page's {@code og:title} or {@code twitter:title}, or null
 */
record OwnArticle(String address, String title) {

    // a title that only starts with a headline this short may be another story's
    private static final int SHORTEST_PREFIX = 20;

    static OwnArticle of(MetaTags meta) {
        return new OwnArticle(PageMetadata.firstNonBlank(meta.canonical(), meta.first("og:url")),
                meta.first("og:title", "twitter:title"));
    }

    /** The article at the page's address, else the one with its title; empty when neither is among them. */
    Optional<Map<?, ?>> own(List<Map<?, ?>> articles) {
        if (address != null) {
            String page = normalized(address);
            for (Map<?, ?> article : articles) {
                for (Object named : List.of(String.valueOf(article.get("url")), String.valueOf(article.get("@id")),
                        article.get("mainEntityOfPage") instanceof Map<?, ?> entity ? String.valueOf(entity.get("@id"))
                                : String.valueOf(article.get("mainEntityOfPage")))) {
                    if (page.equals(normalized(named.toString()))) {
                        return Optional.of(article);
                    }
                }
            }
        }
        if (title != null) {
            String page = Spaces.collapsed(title).strip().toLowerCase(Locale.ROOT);
            for (Map<?, ?> article : articles) {
                String headline = article.get("headline") instanceof String s
                        ? Spaces.collapsed(s).strip().toLowerCase(Locale.ROOT) : "";
                if (!headline.isEmpty() && (page.equals(headline)
                        || headline.length() >= SHORTEST_PREFIX && page.startsWith(headline))) {
                    return Optional.of(article);
                }
            }
        }
        return Optional.empty();
    }

    /** An address without scheme, {@code www.}, query, fragment and trailing slash, in lower case. */
    private static String normalized(String url) {
        String u = url.strip().toLowerCase(Locale.ROOT);
        int cut = u.indexOf('#');
        u = cut >= 0 ? u.substring(0, cut) : u;
        cut = u.indexOf('?');
        u = cut >= 0 ? u.substring(0, cut) : u;
        // prefixes cut by hand: String.replaceFirst compiles its regex on every call, twice per address compared
        u = withoutPrefix(u.startsWith("http://") ? withoutPrefix(u, "http://") : withoutPrefix(u, "https://"), "www.");
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }

    private static String withoutPrefix(String text, String prefix) {
        return text.startsWith(prefix) ? text.substring(prefix.length()) : text;
    }
}
