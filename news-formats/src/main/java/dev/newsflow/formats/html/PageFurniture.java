package dev.newsflow.formats.html;

import dev.newsflow.formats.html.names.Alternatives;
import dev.newsflow.formats.html.names.ClassAndId;
import dev.newsflow.formats.html.names.CommentSections;
import dev.newsflow.formats.html.names.Hidden;
import dev.newsflow.formats.html.names.TagNames;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Removes what is on a page but never article text: code and embeds, hidden elements, navigation, asides, page
 * footers, AMP ads and consent notices, and elements whose class, id or ARIA role name them as furniture (comments,
 * share bars, related articles, cookie notices, newsletter boxes, menus). A class that also says {@code content},
 * {@code article} or {@code main} is given the benefit of the doubt, except for the names that are never article
 * text (cookie and consent notices, comment systems, recommendation widgets, ads), which go unless they hold an
 * {@code <article>} (or, for an ad box, the headline: an ad "skin" around the whole page).
 */
final class PageFurniture {

    private static final Set<String> NEVER_TEXT = TagNames.of("script", "style", "noscript", "template", "iframe",
            "svg", "canvas", "object", "embed", "input", "select", "textarea", "button", "dialog", "nav", "aside",
            "footer", "link", "meta", "amp-ad", "amp-embed", "amp-analytics", "amp-sticky-ad", "amp-auto-ads",
            "amp-social-share", "amp-sidebar", "amp-consent", "amp-user-notification", "amp-iframe");
    private static final Alternatives UNLIKELY = Alternatives.of(
            "-ad-|(?<!\\S)ads?(?:-|\\s|$)|advert|ai2html|banner|breadcrumb|combx"
            + "|comment|community|consent|cookie|cover-wrap|disqus|donate|extra|footer|gdpr|header|legends|menu"
            + "|newsletter|outbrain|pagination|pager|popup|promo|recommend|related|remark|replies|rss"
            + "|share|sharing|shoutbox|sidebar|signup|skyscraper|social|sponsor|subscribe(?!r)|supplemental|taboola"
            + "|ad-break|agegate|yom-remote|more-stories|trending|most-popular|toolbar"
            // a copyright notice, a star rating, a call to action ("Thanks for reading! Share this post")
            + "|copyright|(?<![a-z])ratings?(?![a-z])|(?<![a-z])cta(?![a-z])"
            // the box about the author after the text (author-bio, about-author, author-box), not the byline
            + "|author-?(?:bio|box|card|profile|about|description)|about-?(?:the-?)?author|bio-?box");
    // "ad", "ads", "advert…" as a class's word or its first part ("ad-slot", "ad_unit"; "adBox", "adSlot" lower-cased)
    private static final String AD_NAMES = "(?<!\\S)ad(?:s?|vert\\w*)(?:$|\\s|-|_)|-ad-|sponsored"
            + "|(?<!\\S)ad(?:box|slot|unit|container|wrapper|label|zone|space|banner)";
    private static final Alternatives ADS = Alternatives.of(AD_NAMES);
    private static final Alternatives ALWAYS_FURNITURE = Alternatives.of(
            "cookie|consent|gdpr|disqus|outbrain|taboola|newsletter|subscribe(?!r)"
            + "|paywall-?(?:prompt|banner|message|offer|notice)"
            + "|" + AD_NAMES + "|editsection|comments?(?:$|[-_ ](?:list|area|section|thread|"
            + "wrapper|container))|share-?bar|social-?share|related-?(?:articles|stories|posts|links)|button-wrap");
    // A "read more" box is a link to the rest of the article, or, where a page collapses a long article behind
    // that link, the rest of the article itself: then it holds paragraphs of prose and stays.
    private static final Alternatives EXPANDER = Alternatives.of("read-?more|show-?more|continue-?reading");
    // So is a box a paywall names ("paywall", "subscriber-only"): the paid paragraphs, or the free ones before them,
    // where it holds a paragraph of prose, else the prompt to subscribe
    private static final Alternatives PAYWALLED = Alternatives.of("paywall|subscriber-?(?:only|content|preview)");
    private static final int PROSE_PARAGRAPH = 100;
    private static final int PROSE_PARAGRAPHS = 2;
    private static final Alternatives MAYBE_CONTENT =
            Alternatives.of("and|article|body|column|content|main|mathjax|shadow");
    private static final Set<String> FURNITURE_ROLES = Set.of("menu", "menubar", "complementary", "navigation",
            "alert", "alertdialog", "dialog", "banner", "contentinfo");
    private static final Pattern COMMENT_ENTRY = Pattern.compile("(?:^|\\s)(?:comments?|reply)(?:$|\\s|[-_])");
    private static final Set<String> CONTAINERS = TagNames.of("html", "body", "article", "main", "a");

    private PageFurniture() {
    }

    /** @param byName also remove elements that only their class or id calls unlikely text (off on a retry) */
    static void remove(Element root, boolean byName) {
        // one walk that drops a furniture subtree whole, without looking inside it
        root.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                return node instanceof Element element && node != root && isFurniture(element, byName)
                        ? FilterResult.REMOVE : FilterResult.CONTINUE;
            }
        });
    }

    /** @param byName as for {@link #remove}; the caller keeps its root, whatever it is */
    static boolean isFurniture(Element element, boolean byName) {
        return isFurniture(element, byName, PageFurniture::holdsArticle, box -> false);
    }

    /**
     * @param holdsArticle  whether an {@code <article>} is inside the element
     * @param holdsHeadline whether the article's headline is inside the element
     */
    static boolean isFurniture(Element element, boolean byName, Predicate<Element> holdsArticle,
            Predicate<Element> holdsHeadline) {
        String name = element.normalName();
        if (NEVER_TEXT.contains(name)) {
            return true;
        }
        if (element.attributesSize() == 0) {
            return false;
        }
        if (name.equals("a") && (element.hasAttr("hidden") || element.attr("aria-hidden").equalsIgnoreCase("true")
                && element.text().strip().length() <= 1)) {
            return true; // a heading's anchor glyph ("#", "¶") that only shows on hover
        }
        if (CONTAINERS.contains(name)) {
            // a comment system that writes each reader's comment as an <article> of its own: the comments would
            // otherwise pass for more articles beside the story (as a live blog's entries are)
            return name.equals("article") && COMMENT_ENTRY.matcher(ClassAndId.of(element)).find();
        }
        if (Hidden.byMarkup(element) || element.attr("aria-hidden").equalsIgnoreCase("true") && !holdsArticle.test(element)
                && !isAppBehindADialog(element)) {
            // hidden from screen readers is hidden, except the page's own app: a dialog's library (a consent prompt
            // open in a saved page) marks the whole app behind it so, the article inside
            return true;
        }
        String role = element.attr("role");
        if (!role.isEmpty() && FURNITURE_ROLES.contains(role.toLowerCase(Locale.ROOT))) {
            return true;
        }
        String classAndId = ClassAndId.of(element);
        if (classAndId.isEmpty()) {
            return false;
        }
        if (ALWAYS_FURNITURE.in(classAndId)) {
            // an ad "wallpaper" or "skin" box may wrap the whole page, headline and all, where no <article> says so;
            // a cookie notice or a comment section that shows the title again is still not the article
            boolean holdsTheArticle = holdsArticle.test(element) || ADS.in(classAndId) && holdsHeadline.test(element);
            return !holdsTheArticle && !insideTableOrCode(element);
        }
        if (!byName) {
            return false;
        }
        boolean unlikely = UNLIKELY.in(classAndId) || CommentSections.named(classAndId);
        return (unlikely && !MAYBE_CONTENT.in(classAndId)
                || EXPANDER.in(classAndId) && !holdsProse(element, PROSE_PARAGRAPHS)
                || PAYWALLED.in(classAndId) && !ProseParagraphs.isWrittenAsParagraph(element)
                        && !holdsProse(element, 1))
                && !insideTableOrCode(element);
    }

    /**
     * A box of {@code <body>}'s own that holds more text than all the others together: the app a dialog's library
     * hid ({@code <div id="__next" aria-hidden="true">}), not a ticker or a widget. Asked only of hidden boxes.
     */
    private static boolean isAppBehindADialog(Element element) {
        Element body = element.parent();
        if (body == null || !body.nameIs("body")) {
            return false;
        }
        int own = element.text().length();
        int others = 0;
        for (Element sibling = body.firstElementChild(); sibling != null; sibling = sibling.nextElementSibling()) {
            others += sibling == element || NEVER_TEXT.contains(sibling.normalName()) ? 0 : sibling.text().length();
        }
        return own > others;
    }

    /** A walk without a list of matches: furniture boxes (comment sections) can be half the page. */
    private static boolean holdsArticle(Element element) {
        for (Element child = element.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (child.nameIs("article") || holdsArticle(child)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether at least {@code paragraphs} paragraphs of 100 characters or more are inside (the element itself counts):
     * written as {@code <p>}s or as {@code <div>}s of inline content, which Readability reads as paragraphs too.
     */
    private static boolean holdsProse(Element element, int paragraphs) {
        int found = 0;
        for (Element paragraph : element.getAllElements()) {
            if (ProseParagraphs.isWrittenAsParagraph(paragraph) && paragraph.text().length() >= PROSE_PARAGRAPH
                    && ++found >= paragraphs) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideTableOrCode(Element element) {
        for (Element e = element.parent(); e != null; e = e.parent()) {
            String name = e.normalName();
            if (name.equals("table") || name.equals("code") || name.equals("pre")) {
                return true;
            }
        }
        return false;
    }
}
