package dev.newsflow.formats.html;

import org.jsoup.nodes.Element;

/**
 * Where the chosen container's edges really are: a parent that scores better than it, the one {@code <article>}
 * inside it when the rest is teasers, the article's cell when it is a layout table's row. {@link MainContent} picks
 * the container by score; this class moves its edges by the page's structure.
 */
final class ContainerBounds {

    // an article's own text links a word here and there; teaser cards link every headline
    private static final double TEASER_LINK_DENSITY = 0.1;

    private final TextStats stats;
    private final ContentScores scores;
    private final FinalScores finalScores;

    ContainerBounds(TextStats stats, ContentScores scores, FinalScores finalScores) {
        this.stats = stats;
        this.scores = scores;
        this.finalScores = finalScores;
    }

    /**
     * The one {@code <article>} inside the chosen container, when what the container holds beside it reads as
     * teasers, not prose: a short article in a main region with a grid of story cards scores below the region, whose
     * card summaries add up. Cards link their headlines, so their text is link-heavy where an article's continuation
     * is not; a container with prose beside its article, or with several articles (a live blog), stays whole.
     */
    Element markedArticle(Element top) {
        if (top.normalName().equals("article") || stats.of(top).articles != 1) {
            return top;
        }
        Element article = top;
        while (!article.normalName().equals("article")) {
            Element inside = null;
            for (Element child : article.children()) {
                if (child.normalName().equals("article") || stats.of(child).articles == 1) {
                    inside = child;
                    break;
                }
            }
            if (inside == null) {
                return top; // removed on the way (a furniture subtree held it)
            }
            article = inside;
        }
        TextStats.Of all = stats.of(top);
        TextStats.Of own = stats.of(article);
        int besideText = all.text - own.text;
        int besideLinks = all.links - own.links;
        boolean teasersBeside = besideText > 0 && besideLinks >= besideText * TEASER_LINK_DENSITY;
        return teasersBeside && scores.of(article) != 0 ? article : top;
    }

    /** A layout table's row holds the navigation cell beside the article cell: the cell with most prose is it. */
    Element bestCell(Element row) {
        Element best = row;
        int bestProse = -1;
        for (Element cell : row.children()) {
            TextStats.Of text = stats.of(cell);
            if (text.text - text.links > bestProse) {
                bestProse = text.text - text.links;
                best = cell;
            }
        }
        return best;
    }

    /** A parent that scores better than its best child is the real container (the article, not one section). */
    Element widened(Element top, Element body) {
        Element chosen = top;
        double last = finalScores.of(top);
        double threshold = last / 3;
        for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
            if (scores.of(parent) == 0) {
                continue;
            }
            double score = finalScores.of(parent);
            if (score < threshold) {
                break;
            }
            if (score > last) {
                chosen = parent;
                break;
            }
            last = score;
        }
        while (chosen.parent() != null && chosen.parent() != body && isOnlyChild(chosen)) {
            chosen = chosen.parent();
        }
        return chosen;
    }

    /** No element beside it: asked without childrenSize(), which builds the parent's list of child elements. */
    private static boolean isOnlyChild(Element element) {
        return element.previousElementSibling() == null && element.nextElementSibling() == null;
    }
}
