package dev.newsflow.formats;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Readable text of an HTML fragment: block elements become paragraphs separated by a blank line. */
final class HtmlText {

    private static final Pattern SPACES = Pattern.compile("[ \\t]+");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\s*\\n\\s*\\n\\s*");
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre";
    private static final String NOT_ARTICLE_TEXT = "script, style, noscript, template, iframe, svg, form, button, "
            + "nav, header, footer, aside, figure, [role=navigation], [role=banner], [role=contentinfo], "
            + "[role=complementary], [aria-hidden=true], .ad, .ads, .advert, .advertisement, .promo, .newsletter, "
            + ".share, .social, .related, .comments, [class*=sponsor], [id^=ad-], [class^=ad-]";

    private HtmlText() {
    }

    /** Removes page furniture from {@code root} (which is modified) and returns its paragraphs. */
    static String paragraphs(Element root) {
        root.select(NOT_ARTICLE_TEXT).remove();
        Elements blocks = root.select(BLOCKS);
        List<String> paragraphs = new ArrayList<>();
        for (Element block : blocks) {
            // Nested blocks (a <p> inside a <li> or <blockquote>) are read once, from the innermost element.
            if (block.select(BLOCKS).size() == 1) {
                String text = block.text().strip();
                if (!text.isEmpty()) {
                    paragraphs.add(text);
                }
            }
        }
        if (paragraphs.isEmpty()) {
            return PARAGRAPH_BREAK.matcher(SPACES.matcher(root.wholeText()).replaceAll(" ")).replaceAll("\n\n").strip();
        }
        return String.join("\n\n", paragraphs);
    }
}
