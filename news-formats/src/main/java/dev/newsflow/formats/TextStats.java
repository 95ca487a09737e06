package dev.newsflow.formats;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Text length, link text length, commas and counts of paragraphs, images and list items of every element under a
 * root, gathered in one walk so that scoring and cleaning look them up instead of re-reading each subtree (which
 * made reading a page quadratic in its nesting depth). Lengths count runs of whitespace as one character, as
 * rendered text has them.
 */
final class TextStats {

    /** Totals for one element's subtree; {@code ownText} and {@code ownCommas} count only its direct text. */
    static final class Of {
        int text;
        int ownText;
        int links;
        int commas;
        int ownCommas;
        int paragraphs;
        int images;
        int items;

        double linkDensity() {
            return text == 0 ? 0 : Math.min(1, (double) links / text);
        }
    }

    private static final Of NONE = new Of();

    private final Map<Element, Of> stats = new IdentityHashMap<>();

    TextStats(Element root) {
        root.traverse(new Walker());
    }

    Of of(Element element) {
        return stats.getOrDefault(element, NONE);
    }

    private final class Walker implements NodeVisitor {

        private int linkDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element element) {
                stats.put(element, new Of());
                if (element.normalName().equals("a")) {
                    linkDepth++;
                }
            } else if (node instanceof TextNode text && node.parent() instanceof Element parent) {
                Of of = stats.get(parent);
                if (of != null) {
                    count(text.getWholeText(), of);
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element element)) {
                return;
            }
            String name = element.normalName();
            if (name.equals("a")) {
                linkDepth--;
            }
            Of child = stats.get(element);
            Of parent = element.parent() == null ? null : stats.get(element.parent());
            if (parent == null) {
                return;
            }
            parent.text += child.text;
            parent.links += child.links;
            parent.commas += child.commas;
            parent.paragraphs += child.paragraphs + (name.equals("p") ? 1 : 0);
            parent.images += child.images + (name.equals("img") ? 1 : 0);
            parent.items += child.items + (name.equals("li") ? 1 : 0);
        }

        private void count(String text, Of of) {
            int length = 0;
            int commas = 0;
            boolean space = true;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c > ' ' && c < 0x7F && c != ',') {
                    length++; // most characters are printable ASCII: no whitespace lookup for them
                    space = false;
                } else if (Character.isWhitespace(c) || c == '\u00A0') {
                    if (!space) {
                        length++;
                        space = true;
                    }
                } else {
                    length++;
                    space = false;
                    if (c == ',' || c == '，' || c == '、' || c == '،') {
                        commas++;
                    }
                }
            }
            of.text += length;
            of.ownText += length;
            of.commas += commas;
            of.ownCommas += commas;
            if (linkDepth > 0) {
                of.links += length;
            }
        }
    }
}
