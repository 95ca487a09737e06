package dev.newsflow.formats.html;

import org.jsoup.nodes.Element;

import java.util.regex.Pattern;

/**
 * What Readability reads as a paragraph of the article's prose. Before scoring it rewrites the page: a {@code <div>}
 * whose children are all inline becomes a {@code <p>}, and a {@code <div>} around a single {@code <p>} (no text of its
 * own, under a quarter of it link text) is replaced by that {@code <p>}. Such a paragraph beside the container it
 * chose is taken when it reads as prose, and inside that container its class is no reason to clean it away: a
 * story's lead written that way (in a "media" box, or beside a container holding the rest behind "read more") stays
 * part of the article.
 */
final class ProseParagraphs {

    private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");
    private static final double MAX_LINK_DENSITY = 0.25;
    private static final int LONG = 80;

    private ProseParagraphs() {
    }

    /** A paragraph that reads as prose, Readability's test for its siblings: long with few links, or a short sentence with none. */
    static boolean isProse(Element element, TextStats stats) {
        if (!isParagraph(element, stats)) {
            return false;
        }
        TextStats.Of text = stats.of(element);
        return text.text > LONG ? text.linkDensity() < MAX_LINK_DENSITY
                : text.text > 0 && text.links == 0 && SENTENCE_END.matcher(element.text()).find();
    }

    /**
     * A paragraph of prose over 80 characters with under a quarter of it link text: a short line ("5 min read.",
     * "Photo: A. Jones/Reuters") is not enough to outweigh a class that names furniture.
     */
    static boolean isLongProse(Element element, TextStats stats) {
        TextStats.Of text = stats.of(element);
        return text.text > LONG && text.linkDensity() < MAX_LINK_DENSITY && isParagraph(element, stats);
    }

    /**
     * A {@code <p>}, or a {@code <div>} that Readability would have made one. Only the div's children are asked, not
     * all it holds (Readability asks about every descendant): a div of inline elements around an image passes, and
     * is then judged by its images and links as any container is.
     */
    static boolean isParagraph(Element element, TextStats stats) {
        return switch (element.normalName()) {
            case "p" -> true;
            case "div" -> ContentScores.hasNoBlockChild(element) || isAroundOneParagraph(element, stats);
            default -> false;
        };
    }

    private static boolean isAroundOneParagraph(Element div, TextStats stats) {
        Element only = div.firstElementChild();
        TextStats.Of text = stats.of(div);
        return only != null && only == div.lastElementChild() && only.normalName().equals("p") && text.ownText == 0
                && text.linkDensity() < MAX_LINK_DENSITY;
    }
}
