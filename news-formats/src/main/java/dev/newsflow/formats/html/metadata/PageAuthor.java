package dev.newsflow.formats.html.metadata;

import dev.newsflow.formats.dates.Dates;
import dev.newsflow.formats.html.names.ClassAndId;
import dev.newsflow.formats.html.names.Hidden;
import dev.newsflow.formats.html.names.TagNames;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The article's author as a page gives it: declared first (JSON-LD, the meta tags of {@link DeclaredAuthors},
 * Parse.ly's {@code parsely-page}), else from markup: a byline-marked element, a "By" line, a link to the author's
 * archive page ({@link AuthorLink}), a "Written by" line over the text.
 */
final class PageAuthor {

    private static final Set<String> LINE_ELEMENTS = TagNames.of("p", "div", "span", "address", "strong", "b", "em",
            "font", "li");

    // a film's, a show's or a record's credit: "Directed by", "Music by", "Starring" (not a photographer's, who credits
    // the writer's own story beside it)
    private static final Pattern CREDIT = Pattern.compile("(?i)(?:(?:directed|produced|music|lyrics|screenplay"
            + "|composed|choreography|cinematography|narrated|adapted|performed|executive\\s+produced)\\s+by"
            + "|starring|cast)\\b");

    private PageAuthor() {
    }

    /** @param siteName the site's declared name, or null: an author tag of only that yields to a byline */
    static String of(Document page, MetaTags meta, JsonLd jsonLd, Map<?, ?> parselyPage, Headline headline,
            String siteName) {
        // a URL is not a name (JSON-LD's author may be the author's page too)
        String declared = notUrl(PageMetadata.firstNonBlank(jsonLd.author(), DeclaredAuthors.of(meta, siteName),
                JsonLd.names(parselyPage.get("authors"))));
        // an author tag naming only the site yields to the story's own byline alone (a blog whose site and writer
        // share a name would otherwise take a teaser's writer, or "By Christmas Eve" from the text)
        String siteNamed = declared != null ? null : DeclaredAuthors.of(meta);
        String author = declared != null ? declared : siteNamed == null ? markupByline(page, headline, false)
                : PageMetadata.firstNonBlank(markupByline(page, headline, true), siteNamed);
        return BylineName.of(Byline.withoutPrefix(author));
    }

    /**
     * The first short byline-marked element outside comments and related-article lists; failing that, the first
     * unmarked "By Ines Roth" line; failing that, the first link to an author's archive page ({@link AuthorLink})
     * outside those and navigation.
     *
     * @param storysOwn only a byline-marked element in the {@code <article>} that holds the headline (any, when the
     *                  headline is in none)
     */
    private static String markupByline(Document page, Headline headline, boolean storysOwn) {
        if (page.body() == null) {
            return null;
        }
        String byLine = null;
        String archiveLink = null;
        // "Written by Ines Roth", "Von Ines Roth": only over the text (two paragraphs of prose passed, the text has
        // begun: a review's credits below it name a film's writers; one may be a standfirst over the byline), and
        // weaker than a link to the author's page
        String openingLine = null;
        int proseParagraphs = 0;
        // a byline outside the <article> that holds the headline is a teaser's in a list before it (a timeline, a
        // "more stories" rail), where the article's own stands beside its headline: taken only when that has none
        Element headlinesArticle = headline.article();
        String teaserByline = null;
        for (Element candidate : page.body().getAllElements()) {
            if (archiveLink == null && candidate.nameIs("a")) {
                String name = AuthorLink.name(candidate);
                archiveLink = name != null && !PageMetadata.insideFurniture(candidate, headline)
                        && !AuthorLink.inPageChrome(candidate)
                        && !AuthorLink.inRunningText(candidate) ? name : null;
            }
            if (Byline.isDeclared(candidate) || Byline.isNamedByClass(ClassAndId.of(candidate))) {
                String text = BylineBoxText.of(candidate);
                // a "dateline" may hold only the date; a menu's "Author interviews" item or the byline of another
                // story's teaser in a drop-down menu is not the article's
                // a theme's hidden hCard names its account ("bb-editor"), the visible byline its writer
                if (Byline.isShort(text) && Byline.hasName(text) && !PageMetadata.insideFurniture(candidate, headline)
                        && Dates.parse(text).isEmpty() && !inSiteNavigation(candidate, headline)
                        && !Hidden.withAncestors(candidate)) {
                    if (headlinesArticle == null || PageMetadata.isWithin(candidate, headlinesArticle)) {
                        return text;
                    }
                    teaserByline = teaserByline == null ? text : teaserByline;
                }
            } else if ((byLine == null || openingLine == null) && LINE_ELEMENTS.contains(candidate.normalName())
                    && Byline.mayOpen(candidate) && !PageMetadata.insideFurniture(candidate, headline)) {
                String text = candidate.text();
                String name = Byline.nameOnLine(text);
                byLine = byLine == null ? name : byLine;
                if (name == null && openingLine == null && proseParagraphs < Byline.TEXT_BEGINS_AFTER
                        && !amongCredits(candidate)) {
                    openingLine = Byline.nameOnLine(text, true);
                }
            }
            proseParagraphs += proseParagraphs < Byline.TEXT_BEGINS_AFTER && candidate.nameIs("p")
                    && candidate.text().length() > Byline.MAX_LENGTH ? 1 : 0;
        }
        if (storysOwn) {
            return null;
        }
        return teaserByline != null ? teaserByline : byLine != null ? byLine : archiveLink != null ? archiveLink
                : openingLine;
    }

    /**
     * A line beside others that credit people with roles ("Directed by", "Music by", "Starring"): a film's, a
     * show's or a record's credits, where "Written by" names its writers, not the article's.
     */
    private static boolean amongCredits(Element line) {
        Element before = line.previousElementSibling();
        Element after = line.nextElementSibling();
        return before != null && CREDIT.matcher(before.text()).lookingAt()
                || after != null && CREDIT.matcher(after.text()).lookingAt();
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
