package dev.newsflow.formats.html.metadata;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A page's {@code <meta>} values by key ({@link MetaValues}), read once, in the same walk as the other tags metadata
 * comes from: the canonical link and the JSON-LD blocks (one walk instead of one per kind of tag: pages are read by
 * the thousand). The same walk notes the page's {@code <article>} elements, which main-text extraction asks about
 * ({@link #articleHolders()}), its {@code <h1>}s and the elements that show a date.
 */
public final class MetaTags {

    private static final Pattern POST_TITLE = Pattern.compile("(?:^|\\s)(?:entry-title|post-title|title)(?:$|\\s)");

    private final MetaValues values = new MetaValues();
    private final List<String> jsonLd = new ArrayList<>();
    private final List<Element> dateElements = new ArrayList<>();
    private final List<Element> headings = new ArrayList<>();
    private final List<Element> postTitles = new ArrayList<>();
    private String canonical;
    private final List<Element> articles = new ArrayList<>();
    private Headline headline;

    public MetaTags(Document page) {
        // meta tags can be anywhere (itemprop ones in the article), so the whole page is walked
        walk(page);
    }

    /**
     * Elements in document order, each one's children by index: no list of them, and none of the sibling lookups
     * an element-to-element walk makes. A parsed page is at most 512 elements deep (jsoup's limit).
     */
    private void walk(Element element) {
        read(element);
        for (int i = 0; i < element.childNodeSize(); i++) {
            if (element.childNode(i) instanceof Element child) {
                walk(child);
            }
        }
    }

    private void read(Element element) {
        switch (element.normalName()) {
            case "meta" -> values.add(element);
            case "article" -> articles.add(element);
            case "script" -> {
                if (element.attr("type").equalsIgnoreCase("application/ld+json")) {
                    jsonLd.add(element.data());
                }
            }
            case "link" -> {
                if (canonical == null && element.attr("rel").equalsIgnoreCase("canonical")
                        && !element.attr("href").isBlank()) {
                    canonical = element.attr("href");
                }
            }
            case "time" -> dateElements.add(element);
            case "h1" -> headings.add(element);
            case "h2", "h3", "h4" -> {
                // Blogger's and older WordPress themes' post title: an <h3 class="post-title entry-title"> under the
                // blog's own <h1>, or a heading classed "title" (a sidebar's "Popular Posts" is no title the page has)
                if (POST_TITLE.matcher(element.className()).find()) {
                    postTitles.add(element);
                }
            }
            default -> {
                // one lookup, not hasAttr's and attr's: attr gives "" for an element without it
                if (element.attr("itemprop").equals("datePublished")) {
                    dateElements.add(element);
                }
            }
        }
    }

    /**
     * The {@code <time>} elements and the elements marked {@code itemprop=datePublished} other than meta tags, in
     * page order: where a page shows its date to the minute when its meta tags give only the day.
     */
    List<Element> dateElements() {
        return dateElements;
    }

    /** The meta tags that give {@code datePublished} a value, in page order. */
    List<Element> datePublishedTags() {
        return values.datePublishedTags();
    }

    /**
     * The {@code <h1>} elements in page order, then the {@code <h2>} to {@code <h4>} a blog marks as a post's title
     * ({@code entry-title}, {@code post-title}, {@code title}): one of them is usually the article's headline
     * ({@link Headline}).
     */
    List<Element> headings() {
        if (postTitles.isEmpty()) {
            return headings;
        }
        List<Element> all = new ArrayList<>(headings);
        all.addAll(postTitles);
        return all;
    }

    /** The text of each {@code <script type="application/ld+json">}, in page order. */
    List<String> jsonLd() {
        return jsonLd;
    }

    /**
     * The elements an {@code <article>} is inside, as the page was parsed: whether a furniture-named box holds the
     * article is then a lookup, not a walk of the box (a comment section can be half the page).
     */
    public Set<Element> articleHolders() {
        return holders(articles);
    }

    /**
     * Whether the article's headline is inside an element, as {@link PageMetadata#of} found it (never before that):
     * only a box with an {@code <h1>} inside is asked about, the headline being costlier to find.
     */
    public Predicate<Element> holdsHeadline() {
        Set<Element> headingHolders = holders(headings());
        return box -> headingHolders.contains(box) && headline != null && headline.isIn(box);
    }

    /** The page's headline, once {@link PageMetadata#of} has made it: one per page, for the dates and the text. */
    void keep(Headline headline) {
        this.headline = headline;
    }

    private static Set<Element> holders(List<Element> inner) {
        Set<Element> holders = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element element : inner) {
            for (Element e = element.parent(); e != null && holders.add(e); e = e.parent()) {
                // an ancestor already added has its own ancestors added too
            }
        }
        return holders;
    }

    /** {@code <link rel=canonical>}'s address, or null. */
    String canonical() {
        return canonical;
    }

    /** Every distinct value of {@code key} in page order (later ones only from {@code <head>}); empty when none. */
    List<String> all(String key) {
        return values.all(key);
    }

    /** The first of {@code keys} the page has a value for, or null. */
    String first(String... keys) {
        return values.first(keys);
    }
}
