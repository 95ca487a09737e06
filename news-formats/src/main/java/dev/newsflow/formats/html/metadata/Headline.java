package dev.newsflow.formats.html.metadata;

import dev.newsflow.formats.text.Spaces;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The {@code <h1>} that shows the article's title (on a blog, the post's marked {@code <h2>}-{@code <h4>} title under
 * the blog's own {@code <h1>}): the box that holds it is the article's own or the layout's, never
 * a sidebar, a comment section or a related list, whatever its class says. Layout and state classes name furniture
 * without being it: {@code right-sidebar} and {@code single-sidebar} on the wrapper of a two-column page,
 * {@code commented} on a post that has comments. Looked for only when a furniture-named box is asked about (most
 * pages never ask), then kept for the page. The heading shows the headline alone where the declared title may carry
 * the site's name ("Port News | Quay opening delayed"), so the title without it is asked about too.
 */
final class Headline {

    // a shorter title or heading than this is too common to say which heading is the article's
    private static final int SHORTEST_PART = 20;

    private final List<Element> headings;
    private final Supplier<List<String>> titles;
    private Element heading;
    private boolean looked;

    /**
     * @param headings the page's {@code <h1>} elements in page order, then its marked post titles
     *                 ({@link MetaTags#headings()})
     * @param titles the article's title as the metadata reads it, then as the headline may show it (without the
     *               site's name), most deliberate first; made only when the headline is asked for
     */
    Headline(List<Element> headings, Supplier<List<String>> titles) {
        this.headings = headings;
        this.titles = titles;
    }

    /** Whether {@code box} holds the headline (a walk up from the headline: a page is at most 512 deep). */
    boolean isIn(Element box) {
        return PageMetadata.isWithin(element(), box);
    }

    /** The {@code <article>} that holds the headline, or null (none, or no headline). */
    Element article() {
        Element heading = element();
        return heading == null ? null : heading.closest("article");
    }

    /** The heading that shows the title, or null when none does. */
    Element element() {
        if (!looked) {
            heading = headings.isEmpty() ? null : find(headings, titles.get());
            looked = true;
        }
        return heading;
    }

    /**
     * The first heading that reads as the first title it can, or the start or whole of it; null when none does.
     */
    private static Element find(List<Element> headings, List<String> titles) {
        for (String title : titles) {
            String wanted = normalized(title);
            for (Element heading : headings) {
                String text = normalized(heading.text());
                if (!text.isEmpty() && (text.equals(wanted) || text.length() >= SHORTEST_PART && wanted.startsWith(text)
                        || wanted.length() >= SHORTEST_PART && text.startsWith(wanted))) {
                    return heading;
                }
            }
        }
        return null;
    }

    private static String normalized(String text) {
        return Spaces.collapsed(text).strip().toLowerCase(Locale.ROOT);
    }
}
