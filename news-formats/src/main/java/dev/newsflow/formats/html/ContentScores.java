package dev.newsflow.formats.html;

import dev.newsflow.formats.html.names.TagNames;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Readability's content score (Arc90, now Mozilla's Readability.js), computed in one pass: every paragraph of 25
 * characters or more scores 1, plus one per comma, plus one per 100 characters (at most 3), and gives its score to
 * its parent, half to its grandparent and a shrinking share to three more ancestors. An ancestor starts from its tag
 * and its class and id ({@link ContainerWeights}).
 */
final class ContentScores {

    private static final Set<String> SCORED = TagNames.of("p", "pre", "td", "section", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> BLOCKS = TagNames.of("blockquote", "dl", "div", "img", "ol", "p", "pre", "table",
            "ul", "section", "article", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "aside",
            "form");
    // elements read as one paragraph however they break their lines
    private static final Set<String> PARAGRAPHS = TagNames.of("p", "pre", "h1", "h2", "h3", "h4", "h5", "h6");
    private static final int MIN_PARAGRAPH = 25;
    private static final int ANCESTOR_LEVELS = 5;

    // a score held in a mutable box: each paragraph adds to five ancestors, and a Double per addition was most of
    // what scoring allocated
    private final Map<Element, Score> scores = new IdentityHashMap<>();
    // the same elements in a fixed order: the map's iteration order is its keys' identity hashes, which change
    // with whatever the JVM did before
    private final List<Element> candidates = new ArrayList<>();
    private final ContainerWeights weights;

    ContentScores(TextStats stats, boolean weighClasses) {
        this.weights = new ContainerWeights(weighClasses);
        for (Element element : stats.elements()) {
            String name = element.normalName();
            TextStats.Of text = stats.of(element);
            if (text.lineBreakRuns > 0 && !PARAGRAPHS.contains(name)) {
                scoreLineBreakParagraphs(element, stats);
                if (name.equals("div") || name.equals("section")) {
                    continue; // a container of paragraphs now, not one paragraph
                }
            }
            if (SCORED.contains(name) ? !name.equals("section") || hasNoBlockChild(element) : name.equals("div")) {
                // a div that holds only inline content is a paragraph (many sites write them that way); one that
                // mixes loose text with blocks scores its loose text
                boolean whole = !name.equals("div") || hasNoBlockChild(element);
                int length = whole ? text.text : text.ownText;
                if (length >= MIN_PARAGRAPH) {
                    score(element.parent(), length, whole ? text.commas : text.ownCommas);
                }
            }
        }
    }

    /** Every element with a score, in the order scoring first reached it: the same order on every run. */
    List<Element> candidates() {
        return candidates;
    }

    double of(Element element) {
        Score score = scores.get(element);
        return score == null ? 0 : score.value;
    }

    /** Class and id say content (+25) or furniture (-25); zero when class weighing is off. */
    int classWeight(Element element) {
        return weights.classWeight(element);
    }

    /**
     * Readability first turns each run of text between two or more {@code <br>}s into a paragraph of the element the
     * breaks are in, so an article written that way scores paragraph by paragraph, as if written with {@code <p>}s;
     * taken as one paragraph it would score no more than a single one and lose to a sidebar of short blurbs. A run
     * also ends at a block element, which scores on its own.
     */
    private void scoreLineBreakParagraphs(Element element, TextStats stats) {
        int length = 0;
        int commas = 0;
        int breaks = 0;
        for (int i = 0; i < element.childNodeSize(); i++) {
            Node node = element.childNode(i);
            if (node instanceof Element child) {
                String name = child.normalName();
                if (name.equals("br")) {
                    breaks++;
                    continue;
                }
                boolean block = BLOCKS.contains(name);
                if (breaks >= 2 || block) {
                    scoreRun(element, length, commas);
                    length = 0;
                    commas = 0;
                }
                breaks = 0;
                if (!block) {
                    TextStats.Of text = stats.of(child);
                    length += text.text;
                    commas += text.commas;
                }
            } else if (node instanceof TextNode text && !text.isBlank()) {
                if (breaks >= 2) {
                    scoreRun(element, length, commas);
                    length = 0;
                    commas = 0;
                }
                breaks = 0;
                long measured = TextMeasure.of(text.getWholeText());
                length += TextMeasure.length(measured);
                commas += TextMeasure.commas(measured);
            }
        }
        scoreRun(element, length, commas);
    }

    private void scoreRun(Element container, int length, int commas) {
        if (length >= MIN_PARAGRAPH) {
            score(container, length, commas);
        }
    }

    /** Scores a paragraph: all of it to its container, a share to each of the container's ancestors. */
    private void score(Element container, int length, int commas) {
        double score = 1 + commas + Math.min(length / 100, 3);
        Element ancestor = container;
        for (int level = 0; level < ANCESTOR_LEVELS && ancestor != null && ancestor.parent() != null; level++) {
            double share = level == 0 ? score : level == 1 ? score / 2 : score / (level * 3);
            Score total = scores.get(ancestor);
            if (total == null) {
                candidates.add(ancestor);
                total = new Score(weights.initial(ancestor)); // the start value (tag and class weights) only for a new candidate
                scores.put(ancestor, total);
            }
            total.value += share;
            ancestor = ancestor.parent();
        }
    }

    /** Whether {@code element} holds only inline content: Readability reads such a {@code <div>} as a paragraph. */
    static boolean hasNoBlockChild(Element element) {
        // a walk over the child elements, not children(), which copies them into a new list for each element scored
        for (Element child = element.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (BLOCKS.contains(child.normalName())) {
                return false;
            }
        }
        return true;
    }

    private static final class Score {
        double value;

        Score(double initial) {
            value = initial;
        }
    }
}
