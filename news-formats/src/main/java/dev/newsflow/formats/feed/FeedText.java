package dev.newsflow.formats.feed;

import com.rometools.rome.feed.synd.SyndContent;
import dev.newsflow.formats.html.HtmlText;
import dev.newsflow.formats.text.Spaces;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A title (the feed's or an item's), an author and a body written as text as an article's fields. Atom says when a
 * title is HTML or XHTML; RSS does not, and feeds escape HTML into titles ({@code &lt;em&gt;}, a doubly escaped
 * {@code &amp;amp;}): an RSS title holding an inline formatting tag is read as HTML, one holding only entities has
 * them unescaped, as feed readers do. Any other tag stays as written: a title about {@code <script>} or
 * {@code <dialog>} names it, and so does "5 < 6", or an Atom {@code type="text"} title.
 */
final class FeedText {

    private static final Pattern TAG = Pattern.compile("</?([A-Za-z][A-Za-z0-9]*)(?:\\s[^<>]*)?/?>");
    // what feeds put in a headline to style its words; never elements whose content is not text (script, style)
    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "br", "cite", "em", "i", "mark", "q", "s",
            "small", "span", "strong", "sub", "sup", "u");
    // the elements an article's HTML opens with: blocks, not the inline tags a tip about HTML may start with
    private static final Set<String> BODY_TAGS = Set.of("p", "div", "img", "h1", "h2", "h3", "h4", "h5", "h6", "ul",
            "ol", "blockquote", "table", "figure", "section", "article");
    // a tag of the value's own, other than an image (a tracking pixel a feed service appends to escaped content)
    private static final Pattern OWN_TAG = Pattern.compile("<(?!img\\b)/?[A-Za-z][A-Za-z0-9]*(?:\\s[^<>]*)?/?>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BLOCK_END = Pattern.compile(
            "</(?:p|div|li|h[1-6]|blockquote|table|figure)>|<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    // RSS 2.0's <author> is an email address, by convention followed by the name: "jo@example.org (Jo Park)"; mail
    // headers' order, "Jo Park <jo@example.org>", is seen too. Only on authors up to MAX_AUTHOR long: the second
    // form's name and the space before "<" overlap, so backtracking grows with the square of the length
    private static final Pattern NAMED_ADDRESS = Pattern.compile(
            "[^\\s()<>@]+@[^\\s()<>@]+\\s*\\(([^()<>@]+)\\)|([^()<>@]+?)\\s*<[^\\s()<>@]+@[^\\s()<>@]+>");
    private static final int MAX_AUTHOR = 200;
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\r]*\\n");
    private static final String ATOM_03 = "atom_0.3";
    private static final Pattern CDATA = Pattern.compile("<!\\[CDATA\\[(.*?)]]>", Pattern.DOTALL);

    private FeedText() {
    }

    /**
     * @param content  the title with its type, as Rome gives it; may be null
     * @param feedType Rome's name of the feed's dialect: an Atom title without a type is text (Rome gives no type
     *                 then); an Atom 0.3 title is given as written, escapes, CDATA and markup included
     */
    static String title(SyndContent content, String feedType) {
        if (content == null || content.getValue() == null) {
            return null;
        }
        String value = content.getValue();
        if (ATOM_03.equals(feedType)) {
            // Rome drops the title's mode, escaped (HTML in text) or xml (the default: text and markup as elements):
            // either reads as HTML once a CDATA section's text is escaped
            return htmlText(CDATA.matcher(value)
                    .replaceAll(section -> Matcher.quoteReplacement(Entities.escape(section.group(1)))));
        }
        boolean atom = feedType != null && feedType.startsWith("atom");
        String type = content.getType() != null ? content.getType().toLowerCase(Locale.ROOT) : atom ? "text" : "";
        if (type.contains("html") || type.isEmpty() && hasInlineTag(value)) {
            return htmlText(value);
        }
        return type.isEmpty() ? HtmlText.unescaped(value).strip() : value.strip();
    }

    /** A title's HTML as one line of text. */
    private static String htmlText(String html) {
        return Jsoup.parseBodyFragment(html).body().text();
    }

    /** Text that holds no markup as a body: its paragraphs (apart by a blank line), each with its spaces collapsed. */
    static String plain(String text) {
        StringBuilder body = new StringBuilder(text.length());
        for (String paragraph : BLANK_LINE.split(text)) {
            String words = Spaces.collapsed(paragraph.replace('\u00A0', ' ')).strip(); // as HTML's text reads &nbsp;
            if (!words.isEmpty()) {
                body.append(body.isEmpty() ? "" : "\n\n").append(words);
            }
        }
        return body.toString();
    }

    /**
     * Whether a body was HTML escaped twice, as some generators write it ({@code &amp;lt;p&amp;gt;}): the value holds
     * no tag of its own, and its text, read once, opens with a tag articles open with and closes one further on. A
     * body with markup of its own is HTML escaped once (a code sample in {@code <pre>} shows tags as words), and an
     * article about HTML that shows a tag in its words does not open with one.
     */
    static boolean isEscapedHtml(String value, String text) {
        Matcher opening = TAG.matcher(text);
        if (!opening.lookingAt() || opening.group(0).startsWith("</") || text.indexOf("</", opening.end()) < 0
                || OWN_TAG.matcher(value).find()) {
            return false;
        }
        String first = opening.group(1).toLowerCase(Locale.ROOT);
        // an inline tag first ("<strong>PORTMELL</strong> - The ferry", a linked image) only with a block after it:
        // a tip about HTML may open with "<a href>"
        return BODY_TAGS.contains(first) || INLINE.contains(first) && BLOCK_END.matcher(text).find();
    }

    /** The name in an RSS author's one address, else the author as given; an entity escaped twice unescaped. */
    static String author(String written) {
        if (written == null || written.length() > MAX_AUTHOR) {
            return written;
        }
        String author = HtmlText.unescaped(written);
        Matcher named = NAMED_ADDRESS.matcher(author.strip());
        if (!named.matches()) {
            return author;
        }
        return (named.group(1) != null ? named.group(1) : named.group(2)).strip();
    }

    private static boolean hasInlineTag(String value) {
        Matcher tag = TAG.matcher(value);
        while (tag.find()) {
            if (INLINE.contains(tag.group(1).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
