package dev.newsflow.formats.html;

import org.jsoup.nodes.Element;

import java.util.regex.Pattern;

/**
 * What Readability reads as a paragraph of the article's prose. Before scoring it rewrites the page: a {@code <div>}
 * whose children are all inline becomes a {@code <p>}, and a {@code <div>} around a single {@code <p>} (no text of its
 * own, under a quarter of it link text) is replaced by that {@code <p>}. Beside the container it chose, such a
 * paragraph is taken when it reads as prose; inside it, a long one is not cleaned away for a class that names
 * furniture. A story's lead written that way (beside a container holding the rest behind "read more", or in a
 * "media" box) stays part of the article.
 */
final class ProseParagraphs {

    private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");
    private static final double PROSE_LINK_DENSITY = 0.25;
    private static final int LONG = 80;

    private ProseParagraphs() {
    }

    /** Readability's test for a container's siblings: long with few links, or a short sentence with none. */
    static boolean isProse(Element element, TextStats stats) {
        if (!isParagraph(element, stats)) {
            return false;
        }
        TextStats.Of text = stats.of(element);
        return text.text > LONG ? text.linkDensity() < PROSE_LINK_DENSITY
                : text.text > 0 && text.links == 0 && SENTENCE_END.matcher(element.text()).find();
    }

    /**
     * Over 80 characters with no more link text than the cleaning allows a container: a short line ("5 min read.",
     * "Photo: A. Jones/Reuters") is not enough to outweigh a class that names furniture.
     */
    static boolean isLongProse(Element element, TextStats stats) {
        TextStats.Of text = stats.of(element);
        return text.text > LONG && text.linkDensity() <= ContentCleaning.MAX_LINK_DENSITY
                && isParagraph(element, stats);
    }

    /**
     * A {@code <p>}, or a {@code <div>} whose children are all inline: asked before the page's text is measured. Only
     * the div's children are asked, not all it holds (Readability asks about every descendant): a div of inline
     * elements around an image passes, and is then judged by its images and links as any container is.
     */
    static boolean isWrittenAsParagraph(Element element) {
        return element.nameIs("p") || element.nameIs("div") && ContentScores.hasNoBlockChild(element);
    }

    private static boolean isParagraph(Element element, TextStats stats) {
        return isWrittenAsParagraph(element) || element.nameIs("div") && isAroundOneParagraph(element, stats);
    }

    private static boolean isAroundOneParagraph(Element div, TextStats stats) {
        Element only = div.firstElementChild();
        TextStats.Of text = stats.of(div);
        return only != null && only == div.lastElementChild() && only.nameIs("p") && text.ownText == 0
                && text.linkDensity() < PROSE_LINK_DENSITY;
    }
}
