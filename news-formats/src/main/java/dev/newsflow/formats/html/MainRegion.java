package dev.newsflow.formats.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.List;

/**
 * The text of the region a page declares as its main content ({@code <main>}, {@code role=main}), taken whole. For
 * pages whose text is many short items side by side (a product or feature page, a list of short entries, each a card
 * or list item of its own): no single container scores as the article there, and the best one holds a fraction of
 * the text. Asked only when scoring found very little and the page marks no {@code <article>}; the region's furniture
 * is removed as usual, its headline goes and so do lists of other stories ({@link OtherStoriesList}), and a region
 * that is mostly links (a page of teasers) is no article.
 */
final class MainRegion {

    private static final double MAX_LINK_DENSITY = 0.4;
    private static final String MAIN = "main, [role=main]";

    private MainRegion() {
    }

    /**
     * Whether the page has a region to read: it declares a main region and marks no article (a page that marks its
     * article says where the text is: a short article stays short beside teasers).
     */
    static boolean applies(Document page) {
        return page.selectFirst(MAIN) != null && page.selectFirst("article") == null;
    }

    /** Empty when the page has no region to read ({@link #applies}) or the region reads as a list of links. */
    static HtmlText.Rendered of(Document page) {
        if (!applies(page)) {
            return HtmlText.Rendered.NONE;
        }
        Element main = page.selectFirst(MAIN);
        PageFurniture.remove(main, true);
        main.select("h1").remove();
        // the headlines of other stories under their label ("Most viewed") go, as from a scored article's box, when
        // beside the region's text: a list that is half of it or more is what the page is (a briefing's "Top stories")
        TextStats stats = new TextStats(main);
        int regionText = stats.of(main).text;
        main.getAllElements().stream().filter(element -> OtherStoriesList.heads(element, stats)
                        && 2 * stats.of(element.nextElementSibling()).text < regionText).toList()
                .forEach(label -> {
                    label.nextElementSibling().remove();
                    label.remove();
                });
        if (new TextStats(main).of(main).linkDensity() > MAX_LINK_DENSITY) {
            return HtmlText.Rendered.NONE;
        }
        return HtmlText.rendered(List.of(main));
    }
}
