package dev.newsflow.formats;

import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Locale;

/**
 * The {@code <h1>} that shows the article's title: the box that holds it is the article's own or the layout's, never
 * a sidebar, a comment section or a related list, whatever its class says. Layout and state classes name furniture
 * without being it: {@code right-sidebar} and {@code single-sidebar} on the wrapper of a two-column page,
 * {@code commented} on a post that has comments. Looked for only when a furniture-named box is asked about (most
 * pages never ask), then kept for the page.
 */
final class Headline {

    // a shorter title or heading than this is too common to say which heading is the article's
    private static final int SHORTEST_PART = 20;

    private final List<Element> headings;
    private final String title;
    private Element heading;
    private boolean looked;

    /**
     * @param headings the page's {@code <h1>} elements in page order ({@link MetaTags#headings()})
     * @param title the article's title as the metadata reads it, or null
     */
    Headline(List<Element> headings, String title) {
        this.headings = headings;
        this.title = title;
    }

    /** Whether {@code box} holds the headline (a walk up from the headline: a page is at most 512 deep). */
    boolean isIn(Element box) {
        for (Element e = element(); e != null; e = e.parent()) {
            if (e == box) {
                return true;
            }
        }
        return false;
    }

    /** The {@code <h1>} that shows the title, or null when none does. */
    Element element() {
        if (!looked) {
            heading = find(headings, title);
            looked = true;
        }
        return heading;
    }

    /** The first heading that reads as the title, or the start or whole of it; null when none does. */
    private static Element find(List<Element> headings, String title) {
        if (title == null || headings.isEmpty()) {
            return null;
        }
        String wanted = normalized(title);
        for (Element heading : headings) {
            String text = normalized(heading.text());
            if (!text.isEmpty() && (text.equals(wanted) || text.length() >= SHORTEST_PART && wanted.startsWith(text)
                    || wanted.length() >= SHORTEST_PART && text.startsWith(wanted))) {
                return heading;
            }
        }
        return null;
    }

    private static String normalized(String text) {
        return Spaces.collapsed(text).strip().toLowerCase(Locale.ROOT);
    }
}
