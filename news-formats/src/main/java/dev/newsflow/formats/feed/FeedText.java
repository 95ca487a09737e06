package dev.newsflow.formats.feed;

import com.rometools.rome.feed.synd.SyndContent;
import org.jsoup.Jsoup;
import org.jsoup.parser.Tag;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A title (the feed's or an item's) and an author as text. Atom says when a title is HTML or XHTML; RSS does not, and
 * feeds escape HTML into titles ({@code &lt;em&gt;}, a doubly escaped {@code &amp;amp;}), so an RSS title holding an
 * HTML tag or entity is read as HTML, as feed readers do; other text, "5 < 6" or an Atom {@code type="text"} title
 * with a {@code <tag>} in its words, stays as written.
 */
final class FeedText {

    private static final Pattern TAG = Pattern.compile("</?([A-Za-z][A-Za-z0-9]*)(?:\\s[^<>]*)?/?>");
    private static final Pattern ENTITY = Pattern.compile("&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);");
    // RSS 2.0's <author> is an email address, by convention followed by the name: "jo@example.org (Jo Park)"; mail
    // headers' order, "Jo Park <jo@example.org>", is seen too
    private static final Pattern NAMED_ADDRESS =
            Pattern.compile("\\S+@\\S+\\s*\\((.+)\\)|(.+?)\\s*<\\S+@\\S+>");

    private FeedText() {
    }

    /** @param content the title with its type, as Rome gives it; may be null */
    static String title(SyndContent content) {
        if (content == null || content.getValue() == null) {
            return null;
        }
        String value = content.getValue();
        String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
        boolean html = type.contains("html") || type.isEmpty() && looksLikeHtml(value);
        return html ? Jsoup.parseBodyFragment(value).body().text() : value.strip();
    }

    /** The name in an RSS author's address, else the author as given. */
    static String author(String author) {
        if (author == null) {
            return null;
        }
        Matcher named = NAMED_ADDRESS.matcher(author.strip());
        if (!named.matches()) {
            return author;
        }
        return named.group(1) != null ? named.group(1).strip() : named.group(2).strip();
    }

    private static boolean looksLikeHtml(String value) {
        if (ENTITY.matcher(value).find()) {
            return true;
        }
        Matcher tag = TAG.matcher(value);
        while (tag.find()) {
            if (Tag.isKnownTag(tag.group(1).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
