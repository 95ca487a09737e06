package dev.newsflow.formats.html;

import org.jsoup.nodes.Element;

import java.util.regex.Pattern;

/**
 * What Readability reads as a paragraph of the article's prose. Before scoring it rewrites the page: a {@code <div>}
 * of only inline content becomes a {@code <p>}, and a {@code <div>} around a single {@code <p>} (no text of its own,
 * few links) is replaced by that {@code <p>}. Such a paragraph is then neither left out beside the container it
 * chose nor cleaned away with the containers inside it, whatever its class says: a story's lead written that way
 * (in a "media" box, or beside a "read more" container holding the rest) stays part of the article.
 */
final class ProseParagraphs {

    private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");
    private static final double MAX_LINK_DENSITY = 0.25;

    private ProseParagraphs() {
    }

    /** A {@code <p>}, or a {@code <div>} that Readability would have made one. */
    static boolean isParagraph(Element element, TextStats stats) {
        return switch (element.normalName()) {
            case "p" -> true;
            case "div" -> ContentScores.hasNoBlockChild(element) || isAroundOneParagraph(element, stats);
            default -> false;
        };
    }

    /** A paragraph of prose: long with few links, or a short sentence with none. */
    static boolean readsAsProse(Element paragraph, TextStats stats) {
        TextStats.Of text = stats.of(paragraph);
        return text.text > 80 ? text.linkDensity() < MAX_LINK_DENSITY
                : text.text > 0 && text.links == 0 && SENTENCE_END.matcher(paragraph.text()).find();
    }

    private static boolean isAroundOneParagraph(Element div, TextStats stats) {
        Element only = div.firstElementChild();
        TextStats.Of text = stats.of(div);
        return only != null && only == div.lastElementChild() && only.normalName().equals("p") && text.ownText == 0
                && text.linkDensity() < MAX_LINK_DENSITY;
    }
}
