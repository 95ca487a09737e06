package dev.newsflow.formats.html;

import dev.newsflow.formats.html.names.TagNames;
import dev.newsflow.formats.text.CleanText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeVisitor;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Readable text of HTML: every block element (paragraph, heading, list item, quote, table row, division) becomes a
 * paragraph separated by a blank line, {@code <br>} a line break, table cells are separated by a space, and text
 * anywhere is kept, so a page that writes paragraphs as bare {@code div}s or text runs reads as well as one with
 * {@code <p>}s.
 */
public final class HtmlText {

    private static final Set<String> BLOCKS = TagNames.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "figure",
            "figcaption", "header", "footer", "address", "hr", "details", "summary", "caption", "center", "form",
            "fieldset");
    private static final Set<String> CELLS = TagNames.of("td", "th");
    private static final String NOT_ARTICLE_TEXT = "script, style, noscript, template, iframe, svg, form, button, "
            + "nav, aside, [aria-hidden=true], .ad, .ads, .advert, .advertisement, .share, .social, .related";

    private static final int DEFAULT_LENGTH = 4096;
    // a guess, not a limit: past it the builder grows as usual
    private static final int MAX_PRESIZED = 1 << 20;
    // 1/32 = 3 %: more than any saved page's text was beyond its count
    private static final int MARGIN = 32;

    // an entity written whole, with its semicolon: "&copy day" or a query's "&region=" is not one
    private static final Pattern ENTITY = Pattern.compile("&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);");

    private HtmlText() {
    }

    /**
     * Plain text that HTML's entities were written into, unescaped ({@code Don&#8217;t}, {@code Caf&eacute;}: an HTML
     * site's titles and names exported as they were stored); a bare {@code &} stays as it is.
     */
    public static String unescaped(String text) {
        return unescaped(text, false);
    }

    /**
     * {@link #unescaped} by the rules HTML reads an attribute by: an entity written without its semicolon before a
     * letter, a digit or {@code =} stays as written, as in an address's query ({@code ?id=1&section=2&copy=3}).
     */
    public static String unescapedStrictly(String text) {
        return unescaped(text, true);
    }

    private static String unescaped(String text, boolean asAttribute) {
        return text == null || text.indexOf('&') < 0 || !ENTITY.matcher(text).find() ? text
                : Parser.unescapeEntities(text, asAttribute);
    }

    /** Text of an HTML fragment (a feed item's content, a Markdown HTML block) as {@link #paragraphs(Element)}. */
    public static String ofFragment(String html) {
        return paragraphs(Jsoup.parseBodyFragment(html).body());
    }

    /** Text of an HTML fragment (a feed item's content) without scripts, navigation, share and ad boxes. */
    public static String paragraphs(Element root) {
        root.select(NOT_ARTICLE_TEXT).remove();
        return render(List.of(root));
    }

    static String render(List<Element> parts) {
        return rendered(parts).text();
    }

    /** {@link #render}'s text, and whether it is all ASCII. */
    static Rendered rendered(List<Element> parts) {
        return rendered(parts, null);
    }

    /** @param stats counted over the parts (or null): text it found plain is appended without a second look */
    static Rendered rendered(List<Element> parts, TextStats stats) {
        Collector collector = new Collector(stats, expectedLength(parts, stats));
        for (Element part : parts) {
            walk(part, collector);
            collector.out.breakParagraph();
        }
        return new Rendered(collector.out.text(), collector.out.isAscii());
    }

    /**
     * The parts' text as counted, with room for paragraph breaks and a margin; the default size when they were not
     * counted. The count leaves out the space a text node starts with, which rendering keeps between two inline
     * elements ({@code <a>..</a> and}): the text of one saved page in ten came out up to 2.4 % longer than counted,
     * and a builder one char short doubles and copies the whole article.
     */
    private static int expectedLength(List<Element> parts, TextStats stats) {
        long counted = 0;
        for (Element part : parts) {
            TextStats.Of of = stats == null ? null : stats.of(part);
            if (of == null || of.position < 0) {
                return DEFAULT_LENGTH;
            }
            counted += of.text + 2L * (of.paragraphs + of.items) + 16;
        }
        return (int) Math.min(counted + counted / MARGIN, MAX_PRESIZED);
    }

    /**
     * {@link Element#traverse}'s order (each node, then its children, then its end) without its checks for a visitor
     * that changes the tree, which this one does not, and each node's children by index, without sibling lookups:
     * every node of the article text passes here. A parsed page is at most 512 elements deep (jsoup's limit).
     */
    private static void walk(Node node, Collector collector) {
        collector.head(node, 0);
        for (int i = 0; i < node.childNodeSize(); i++) {
            walk(node.childNode(i), collector);
        }
        collector.tail(node, 0);
    }

    /**
     * A page's article text. Most is printable ASCII, known so while it was gathered: its clean form (what
     * {@link CleanText#of} gives, as stored) then is the text itself, without another read of every character.
     */
    record Rendered(String text, boolean ascii) {

        static final Rendered NONE = new Rendered("", true);

        String clean() {
            return ascii ? text : CleanText.of(text);
        }

        int length() {
            return text.length();
        }
    }

    private static final class Collector implements NodeVisitor {

        private final Paragraphs out;
        private final TextStats stats;
        private int preformatted;

        Collector(TextStats stats, int expectedLength) {
            this.stats = stats;
            this.out = new Paragraphs(expectedLength);
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                if (stats != null && isPlain(stats.of(text.parentElement()))) {
                    out.appendPlain(text.getWholeText());
                } else {
                    out.append(text.getWholeText(), preformatted > 0);
                }
            } else if (node instanceof Element element) {
                String name = element.normalName();
                if (name.equals("br")) {
                    out.lineBreak();
                } else if (CELLS.contains(name)) {
                    out.space();
                } else if (BLOCKS.contains(name)) {
                    out.breakParagraph();
                }
                if (name.equals("pre")) {
                    preformatted++;
                }
            }
        }

        private static boolean isPlain(TextStats.Of parent) {
            return parent.position >= 0 && parent.plainText;
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                String name = element.normalName();
                if (name.equals("pre")) {
                    preformatted--;
                }
                if (BLOCKS.contains(name)) {
                    out.breakParagraph();
                }
            }
        }
    }
}
