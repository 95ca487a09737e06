package dev.newsflow.formats;

import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A feed item's link made absolute, as feed readers make it: {@code /news/ferry} means nothing without the site. By
 * RFC 3986, through jsoup's resolver ({@code java.net.URI} follows the older RFC 2396 and refuses links with a space).
 * And any article's link, whatever its format, only where it can locate the article ({@link #located}).
 */
public final class Links {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    // links that run code where they are opened, as HTML sanitizers list them: never where an article is
    private static final Pattern SCRIPT_SCHEME = Pattern.compile("^(?i:javascript|vbscript|data):");

    private Links() {
    }

    /**
     * @param bases what the link may be relative to, most specific first (an {@code xml:base}, the feed's own link);
     *              the first absolute http(s) one is used, a relative one is resolved against those after it
     * @return the link resolved, else as given: already absolute, or no base to resolve it against
     */
    public static String resolve(String link, String... bases) {
        if (link == null || link.isBlank() || SCHEME.matcher(link.strip()).find()) {
            return link == null ? null : link.strip();
        }
        for (int i = 0; i < bases.length; i++) {
            String base = absoluteHttp(bases, i);
            if (base != null) {
                String resolved = against(base, link.strip());
                if (!resolved.isEmpty()) {
                    return resolved;
                }
            }
        }
        return link.strip();
    }

    /**
     * The link as an article's location, or null when it is none: its scheme runs code instead of locating a page
     * ({@code javascript:alert(1)} in a feed's {@code <link>}, a {@code data:} URL in a page's canonical tag), which a
     * consumer showing the article's link would run.
     */
    public static String located(String link) {
        return link == null || SCRIPT_SCHEME.matcher(link).find() ? null : link;
    }

    /** The base at {@code i}, made absolute against the ones after it when it is relative; null if it cannot be. */
    private static String absoluteHttp(String[] bases, int i) {
        String base = bases[i];
        if (base == null || base.isBlank()) {
            return null;
        }
        if (base.strip().toLowerCase(Locale.ROOT).matches("https?:.*")) {
            return base.strip();
        }
        if (SCHEME.matcher(base.strip()).find() || i + 1 >= bases.length) {
            return null;
        }
        String against = null; // the next base that is or can be made absolute: a missing one is skipped
        for (int j = i + 1; against == null && j < bases.length; j++) {
            against = absoluteHttp(bases, j);
        }
        String resolved = against == null ? "" : against(against, base.strip());
        return resolved.isEmpty() ? null : resolved;
    }

    /** jsoup's resolution of a link on a page at {@code base}; empty when it cannot resolve it. */
    private static String against(String base, String link) {
        Element anchor = new Element("a").attr("href", link);
        anchor.setBaseUri(base);
        return anchor.absUrl("href");
    }
}
