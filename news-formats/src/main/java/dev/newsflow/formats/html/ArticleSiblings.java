package dev.newsflow.formats.html;

import dev.newsflow.formats.html.metadata.DateLine;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * The chosen container and those of its siblings that are more of the article, Readability's way: a sibling that
 * scores well enough (better still when it shares the container's class), or a paragraph that reads as prose
 * ({@link ProseParagraphs}), but not a date line ({@link DateLine}) or a byline before it.
 */
final class ArticleSiblings {

    private ArticleSiblings() {
    }

    static List<Element> of(Element top, TextStats stats, ContentScores scores, FinalScores finalScores) {
        Element parent = top.parent();
        if (parent == null || top.normalName().equals("body")) {
            return List.of(top);
        }
        double topScore = finalScores.of(top);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> parts = new ArrayList<>();
        boolean beforeTop = true;
        for (Element sibling = parent.firstElementChild(); sibling != null; sibling = sibling.nextElementSibling()) {
            if (sibling == top) {
                parts.add(sibling);
                beforeTop = false;
                continue;
            }
            if (beforeTop && (DateLine.is(sibling) || ContentCleaning.isBylineLine(sibling, stats, true))) {
                // "Published 9:47 a.m. ET Feb. 21, 2024", "By Ines Roth": sentences by Readability's test, no text
                continue;
            }
            double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * 0.2 : 0;
            if (scores.of(sibling) != 0 && finalScores.of(sibling) + bonus >= threshold && mayContinue(top, sibling)) {
                parts.add(sibling);
            } else if (ProseParagraphs.isProse(sibling, stats)) {
                parts.add(sibling);
            }
        }
        return parts;
    }

    /**
     * A page that marks its article with {@code <article>} says where the article ends: a container beside it (a
     * grid of teaser cards, more stories from the section) is not more of it, however well its summaries score.
     * Another {@code <article>} (a live blog's entries side by side) still is, and so is a loose paragraph of prose.
     */
    private static boolean mayContinue(Element top, Element sibling) {
        return !top.normalName().equals("article") || sibling.normalName().equals("article");
    }
}
