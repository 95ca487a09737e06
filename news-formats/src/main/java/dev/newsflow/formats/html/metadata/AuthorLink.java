package dev.newsflow.formats.html.metadata;

import org.jsoup.nodes.Element;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A link to the author's archive page ({@code <a href="/author/ines-roth">Ines Roth</a>}, {@code /authors/},
 * {@code /people/}, {@code /byline/}, {@code /users/} ...): many templates mark the byline with nothing else. The
 * link's text is taken as the author's name only when it looks like one and is what the address's last part spells
 * ("Ines Roth" for {@code ines-roth} or {@code rothines}), so "More stories", a tag link or a section link is none.
 */
final class AuthorLink {

    // not "person": topic pages file people under it (/topic/person/<name>); a byline links to the writer's archive
    private static final Set<String> ARCHIVE_SEGMENTS = Set.of("author", "authors", "people", "by",
            "byline", "bylines", "profile", "profiles", "user", "users", "writer", "writers", "staff", "contributor",
            "contributors", "journalist", "journalists", "reporter", "reporters", "columnist", "columnists");
    // Ines Roth, Ines van Roth, O'Neill, Jarvis-Gibson, J. R. Roth: each word capitalised, particles aside
    private static final Pattern NAME = Pattern.compile(
            "\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|de|van|von|der|den|da|di|du|le|la|del|dos|bin))*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final int MAX_NAME = 60;

    private AuthorLink() {
    }

    /** The author's name this link gives, or null when it is no link to an author's page. */
    static String name(Element link) {
        String href = link.attr("href");
        if (href.length() < 8 || !mayPointToArchive(href)) {
            return null;
        }
        String slug = slug(href);
        String text = link.text().strip();
        if (slug == null || text.isEmpty() || text.length() > MAX_NAME || !NAME.matcher(text).matches()) {
            return null;
        }
        String spelled = letters(slug);
        for (String word : text.split("\\s+")) {
            String part = letters(word);
            if (!part.isEmpty() && !spelled.contains(part)) {
                return null;
            }
        }
        return text;
    }

    /**
     * In the site's own header, navigation or footer rather than the article's: account links ("Log In" under
     * {@code /user/login}) and menus live there, on every page of the site.
     */
    static boolean inPageChrome(Element link) {
        Element chrome = link.closest("header, nav, footer, [role=banner], [role=navigation]");
        return chrome != null && (!chrome.nameIs("header") || chrome.closest("article, main, [role=main]") == null);
    }

    /**
     * Inside running text ("the mayor, <a href=/people/jane-doe>Jane Doe</a>, said ..."): a person the article is
     * about, not its writer. A byline's link stands nearly alone in its line ("By Jane Doe", "Jane Doe | May 4").
     */
    static boolean inRunningText(Element link) {
        Element line = link.parent();
        return line != null && line.text().length() > 3 * link.text().length() + 40;
    }

    /** Cheap test asked of every link: a path segment an author's archive lives under may be in it. */
    private static boolean mayPointToArchive(String href) {
        for (String segment : ARCHIVE_SEGMENTS) {
            // every occurrence: the first may be inside a longer word ("by" of nearby.com/by/jane)
            for (int at = href.indexOf(segment, 1); at > 0; at = href.indexOf(segment, at + 1)) {
                if (href.charAt(at - 1) == '/' && at + segment.length() < href.length()
                        && href.charAt(at + segment.length()) == '/') {
                    return true;
                }
            }
        }
        return false;
    }

    /** The part after the archive segment ("ines-roth" in {@code https://x.org/author/ines-roth/}), or null. */
    private static String slug(String href) {
        String path = href.replaceFirst("^[a-zA-Z][a-zA-Z+.-]*://[^/]*", "").replaceFirst("[?#].*$", "");
        String[] segments = path.split("/");
        for (int i = 0; i < segments.length - 1; i++) {
            if (ARCHIVE_SEGMENTS.contains(segments[i].toLowerCase(Locale.ROOT)) && !segments[i + 1].isEmpty()) {
                try {
                    return URLDecoder.decode(segments[i + 1], StandardCharsets.UTF_8);
                } catch (IllegalArgumentException badEscape) {
                    return segments[i + 1];
                }
            }
        }
        return null;
    }

    /** Lower-case letters only, accents dropped: "José" and "jose" spell alike. */
    private static String letters(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder letters = new StringBuilder(plain.length());
        plain.codePoints().filter(Character::isLetter).map(Character::toLowerCase).forEach(letters::appendCodePoint);
        return letters.toString();
    }
}
