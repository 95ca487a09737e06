package dev.newsflow.formats.html.metadata;

import dev.newsflow.formats.dates.Dates;
import dev.newsflow.formats.html.names.ClassAndId;
import dev.newsflow.formats.html.names.TagNames;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.Map;
import java.util.Set;

/**
 * The article's author as a page gives it: declared first (JSON-LD, the meta tags of {@link DeclaredAuthors},
 * Parse.ly's {@code parsely-page}), else from markup: a byline-marked element, a "By" line, a link to the author's
 * archive page ({@link AuthorLink}).
 */
final class PageAuthor {

    private static final Set<String> LINE_ELEMENTS = TagNames.of("p", "div", "span", "address", "strong", "b", "em",
            "font", "li");

    private PageAuthor() {
    }

    static String of(Document page, MetaTags meta, JsonLd jsonLd, Map<?, ?> parselyPage, Headline headline) {
        // a URL is not a name (JSON-LD's author may be the author's page too)
        String declared = notUrl(PageMetadata.firstNonBlank(jsonLd.author(), DeclaredAuthors.of(meta),
                JsonLd.names(parselyPage.get("authors"))));
        return BylineName.of(Byline.withoutPrefix(declared != null ? declared : markupByline(page, headline)));
    }

    /**
     * The first short byline-marked element outside comments and related-article lists; failing that, the first
     * unmarked "By Ines Roth" line; failing that, the first link to an author's archive page ({@link AuthorLink})
     * outside those and navigation.
     */
    private static String markupByline(Document page, Headline headline) {
        if (page.body() == null) {
            return null;
        }
        String byLine = null;
        String archiveLink = null;
        for (Element candidate : page.body().getAllElements()) {
            if (archiveLink == null && candidate.nameIs("a")) {
                String name = AuthorLink.name(candidate);
                archiveLink = name != null && !PageMetadata.insideFurniture(candidate, headline)
                        && !AuthorLink.inPageChrome(candidate)
                        && !AuthorLink.inRunningText(candidate) ? name : null;
            }
            if (Byline.isDeclared(candidate) || Byline.isNamedByClass(ClassAndId.of(candidate))) {
                String text = Byline.text(candidate);
                // a "dateline" may hold only the date; a menu's "Author interviews" item or the byline of another
                // story's teaser in a drop-down menu is not the article's
                if (Byline.isShort(text) && Byline.hasName(text) && !PageMetadata.insideFurniture(candidate, headline)
                        && Dates.parse(text).isEmpty() && !inSiteNavigation(candidate, headline)) {
                    return text;
                }
            } else if (byLine == null && LINE_ELEMENTS.contains(candidate.normalName()) && Byline.mayOpen(candidate)) {
                String name = Byline.nameOnLine(candidate.text());
                byLine = name != null && !PageMetadata.insideFurniture(candidate, headline) ? name : null;
            }
        }
        return byLine != null ? byLine : archiveLink;
    }

    /**
     * Inside the site's navigation, whose menus hold section items ("Author interviews") and other stories' teasers
     * with their bylines. A navigation inside the article or the page's main part, or one that holds the headline, is
     * the article's own bar of its byline and date.
     */
    private static boolean inSiteNavigation(Element element, Headline headline) {
        Element navigation = element.closest("nav, [role=navigation]");
        return navigation != null && navigation.closest("article, main, [role=main]") == null
                && !headline.isIn(navigation);
    }

    private static String notUrl(String value) {
        return value == null || DeclaredAuthors.isUrl(value) ? null : value;
    }
}
