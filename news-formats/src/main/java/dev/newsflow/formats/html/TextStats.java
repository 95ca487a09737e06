package dev.newsflow.formats.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Text length, link text length, commas and counts of paragraphs, images and list items of every element under a
 * root, gathered in one walk so that scoring and cleaning look them up instead of re-reading each subtree (which
 * made reading a page quadratic in its nesting depth). Lengths are {@link TextMeasure}'s: runs of whitespace as one
 * character, as rendered text has them.
 */
final class TextStats {

    /**
     * Totals for one element's subtree; {@code ownText} and {@code ownCommas} count only its direct text, the
     * element counts (paragraphs, images, list items, articles, all of them) only its descendants; {@code position}
     * is the element's place in {@link #elements()}.
     */
    static final class Of {
        final int position;
        int text;
        int ownText;
        int links;
        int commas;
        int ownCommas;
        int paragraphs;
        int images;
        int items;
        int articles;
        int descendants;
        // text in the lists inside, each list's counted again in every list around it, as Readability sums it
        int listText;
        // places among the direct children where two line breaks or more follow each other: paragraphs written as
        // runs of text between {@code <br><br>}, not as {@code <p>}s
        int lineBreakRuns;
        // every text node directly inside is plain (PlainText): rendering it needs no second look
        boolean plainText = true;

        Of(int position) {
            this.position = position;
        }

        double linkDensity() {
            return text == 0 ? 0 : Math.min(1, (double) links / text);
        }
    }

    // an element the walk did not count: removed, or above the root (the html element, before the body)
    private static final Of NONE = new Of(-1);

    // presized: an article page counts a few hundred elements, and each doubling of the map re-hashes them all
    private final Map<Element, Of> stats = new IdentityHashMap<>(256);
    private final List<Element> elements = new ArrayList<>();

    TextStats(Element root) {
        this(root, element -> false);
    }

    /**
     * Removes what {@code furniture} matches under the root (the root itself stays) in the same walk, which is one
     * walk of the page fewer: a removed subtree is neither looked into nor counted.
     */
    TextStats(Element root, Predicate<Element> furniture) {
        new Walker(furniture).visit(root);
    }

    Of of(Element element) {
        return stats.getOrDefault(element, NONE);
    }

    /** The elements counted, in document order (the root first), as {@link Element#getAllElements()} lists them. */
    List<Element> elements() {
        return elements;
    }

    /**
     * {@code root} and the elements under it, in document order, as {@link Element#getAllElements()} lists them
     * while the tree there is still as the walk found it: a run of {@link #elements()}, no walk and no new list.
     */
    List<Element> subtree(Element root) {
        Of of = of(root);
        return of.position < 0 ? root.getAllElements()
                : elements.subList(of.position, of.position + of.descendants + 1);
    }

    /**
     * Visits each element's children by index, depth first, in document order: no sibling lookups and no checks for
     * a visitor that changes the tree elsewhere (jsoup's traversal makes both for every node, and every node of a
     * page's body passes here). A parsed page is at most 512 elements deep (jsoup's limit), so recursion is safe.
     */
    private final class Walker {

        private final Predicate<Element> furniture;
        private int linkDepth;
        // inside a link to a place on the page itself ("#q1", a footnote, a comment's permalink): such a link's text
        // counts three tenths in link density, as Readability counts it
        private boolean inPageLink;

        Walker(Predicate<Element> furniture) {
            this.furniture = furniture;
        }

        private Of visit(Element element) {
            Of of = new Of(elements.size());
            stats.put(element, of);
            elements.add(element);
            boolean link = element.normalName().equals("a");
            if (link) {
                if (linkDepth == 0) {
                    String href = element.attr("href");
                    inPageLink = href.length() > 1 && href.charAt(0) == '#';
                }
                linkDepth++;
            }
            int breaks = 0; // line breaks in a row, white space between them ignored
            for (int i = 0; i < element.childNodeSize(); i++) {
                Node node = element.childNode(i);
                if (node instanceof Element child) {
                    if (furniture.test(child)) {
                        child.remove(); // a removed subtree is neither looked into nor counted
                        i--;
                    } else {
                        String name = child.normalName();
                        breaks = name.equals("br") ? breaks + 1 : 0;
                        if (breaks == 2) {
                            of.lineBreakRuns++;
                        }
                        add(visit(child), name, of);
                    }
                } else if (node instanceof TextNode text) {
                    String whole = text.getWholeText();
                    if (breaks > 0 && !whole.isBlank()) {
                        breaks = 0;
                    }
                    count(whole, of);
                }
            }
            if (link) {
                linkDepth--;
            }
            return of;
        }

        private static void add(Of child, String name, Of parent) {
            parent.text += child.text;
            parent.links += child.links;
            parent.commas += child.commas;
            parent.paragraphs += child.paragraphs + (name.equals("p") ? 1 : 0);
            parent.images += child.images + (name.equals("img") ? 1 : 0);
            parent.items += child.items + (name.equals("li") ? 1 : 0);
            parent.articles += child.articles + (name.equals("article") ? 1 : 0);
            parent.listText += child.listText + (name.equals("ul") || name.equals("ol") ? child.text : 0);
            parent.descendants += child.descendants + 1;
        }

        private void count(String text, Of of) {
            long measured = TextMeasure.of(text);
            int length = TextMeasure.length(measured);
            int commas = TextMeasure.commas(measured);
            if ((int) measured < 0) {
                of.plainText = false;
            }
            of.text += length;
            of.ownText += length;
            of.commas += commas;
            of.ownCommas += commas;
            if (linkDepth > 0) {
                of.links += inPageLink ? (length * 3 + 5) / 10 : length;
            }
        }
    }
}
