package dev.newsflow.formats.html.metadata;

import dev.newsflow.formats.dates.Dates;
import dev.newsflow.formats.html.names.Alternatives;
import dev.newsflow.formats.html.names.ClassAndId;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * When a page says its article was published. Declarations first, in the order publishers mean them and reader views
 * read them: JSON-LD {@code datePublished} (of the JSON-LD reader views read, {@link ReaderViewJsonLd}), the meta
 * tags CMSs and analytics write ({@code article:published_time}, {@code parsely-pub-date}, then the JSON-LD read more
 * widely, then the rest and Parse.ly's older {@code parsely-page} object, Dublin Core, {@code sailthru.date}, ...),
 * each tried until one reads as a date; one that gives only the day takes the time the article shows for that day
 * ({@link ExactTime}, else {@link DayInWords}). Then markup: {@code itemprop=datePublished}, {@code <time pubdate>} or
 * {@code <time data-published>}, a {@code <time>} in the article before one elsewhere, and last an element whose
 * class says it holds the publication date (its {@code data-} date first: {@link DataAttributeDate}); failing all of
 * these, a date written in the words of a date line or byline ({@link DateInText}); a day found so takes its time as
 * a declared one does ({@link DayInWords}); and when nothing marks one, a date that is a whole item of the headline's
 * header ({@link HeaderDate}). Dates in comments, related-article lists, sidebars and footers are never the article's.
 */
final class PublicationDate {

    // the first of META_KEYS that reader views read; the JSON-LD read more widely comes after them
    private static final int READER_VIEW_KEYS = 2;
    // Open Graph, analytics and recommendation tags (Parse.ly, cXense, Sailthru, Shareaholic), rNews, Highwire
    // Press (citation_*), PRISM and Dublin Core (MetaTags reads dc:date as dc.date), then the loose names CMSs use
    private static final List<String> META_KEYS = List.of("article:published_time", "parsely-pub-date",
            "og:published_time", "og:article:published_time", "article:published", "article.published",
            "published_time", "article_date_original", "originalpublicationdate", "rnews:datepublished",
            "cxenseparse:recs:publishtime", "shareaholic:article_published_time", "bt:pubdate", "publish-date",
            "publish_date", "publishdate", "published-date", "published_date", "date_published", "pub_date", "pubdate",
            "datepublished", "publication_date", "publication-date", "citation_publication_date", "citation_date",
            "citation_online_date", "prism.publicationdate", "dc.date.issued", "dc.date.created", "dc.date",
            "dcterms.issued", "dcterms.created", "dcterms.date", "sailthru.date", "pdate", "date");
    // a class token that is or ends in "date" (date, story-date, meta__date) counts too, unless it is the update's; a
    // word glued to "date" only where it cannot end another word ("storydate", "newsdate"; not "update", "candidate")
    private static final Alternatives DATE_CLASS = Alternatives.of(
            "published|pub-?date|post-?date|entry-?date|article-?date|(?:story|publish|news|item|release)-?date"
            + "|dateline|timestamp|(?:^|[\\s_-])date(?:$|\\s)");
    // an update's or revision's date is no publication date, whatever else its class says; "mod" only beside a date
    // (mod-date): "mod-" alone is also a common prefix of layout modules (mod-article, mod-meta)
    private static final Alternatives CHANGE_CLASS = Alternatives.of(
            "updat|modif|revis|mod-?(?:date|time)|edited|lastmod");
    // an attribute's name may say it more tersely (data-edit-date, data-lastmod); "edit" alone in a class would
    // also be an editor's or an editorial's
    private static final Alternatives CHANGE_NAME = Alternatives.of(
            "updat|modif|revis|mod-?(?:date|time)|edit|lastmod");
    // a picture's or a clip's credit or caption: a "By" line there names and dates the media, not the story
    private static final Alternatives MEDIA_CREDIT = Alternatives.of("credit|caption");

    private PublicationDate() {
    }

    /** @param headline the article's headline ({@link Headline}) */
    static Instant of(Document page, MetaTags meta, JsonLd jsonLd, ReaderViewJsonLd readerView,
            Map<?, ?> parselyPage, Headline headline) {
        // as reader views date a page first (the JSON-LD they read, then article:published_time, parsely-pub-date),
        // then the JSON-LD read more widely (its dateCreated, its WebPage's date) and the other tags
        String text = readerView.datePublished();
        Optional<Instant> declared = Dates.parse(text);
        for (int k = 0; declared.isEmpty() && k < META_KEYS.size(); k++) {
            String key = META_KEYS.get(k);
            text = key.equals("datepublished") ? ownDatePublished(meta, headline) : meta.first(key);
            declared = Dates.parse(text);
            if (declared.isEmpty() && k == READER_VIEW_KEYS - 1) {
                text = jsonLd.published();
                declared = Dates.parse(text);
            }
        }
        String declaredText = text;
        return declared.map(date -> StatedOffset.of(date, declaredText, meta, jsonLd, META_KEYS))
                .or(() -> Dates.parse(parselyPage.get("pub_date")))
                .map(date -> ExactTime.of(date, meta.dateElements(), headline))
                .map(date -> Dates.isDayOnly(date) && page.body() != null
                        ? DayInWords.timeOf(date, declaredText, page.body(), headline) : date)
                .orElseGet(() -> page.body() == null ? null : DayInWords.ifDay(marked(page.body(), headline),
                        page.body(), headline));
    }

    /**
     * The {@code datePublished} meta value, unless the tag that gives it is microdata in the body: microdata belongs to
     * its item, and a teaser's (a related story's card, a trending bar) is another story's date, as for the
     * {@code itemprop=datePublished} elements {@link #marked} reads. Then the tag of the item that holds the headline,
     * else the first that is not in furniture or the site's own header.
     */
    private static String ownDatePublished(MetaTags meta, Headline headline) {
        List<Element> tags = meta.datePublishedTags();
        if (tags.isEmpty() || !isBodyMicrodata(tags.getFirst())) {
            return meta.first("datepublished");
        }
        Element own = null;
        for (Element tag : tags) {
            if (isBodyMicrodata(tag) && ofHeadlinesItem(tag, headline)) {
                return MetaValues.content(tag);
            }
            own = own != null || isBodyMicrodata(tag) && inFurnitureOrChrome(tag, headline) ? own : tag;
        }
        return own == null ? null : MetaValues.content(own);
    }

    private static boolean isBodyMicrodata(Element tag) {
        return !tag.attr("itemprop").isEmpty() && tag.closest("body") != null;
    }

    /** Microdata of the item that holds the article's headline: the page's own, where teasers are items of theirs. */
    private static boolean ofHeadlinesItem(Element property, Headline headline) {
        Element item = property.closest("[itemscope]");
        return item != null && headline.isIn(item);
    }

    /**
     * A {@code <time>} that shows an update's date by its words or the words right before it ("Aktualisiert am
     * 13.03.2024", "Updated <time>"), where the publication's {@code <time>} may come after it: it dates the page only
     * when nothing else does. Not by its class: hAtom's {@code updated} marks the only date many blogs show.
     */
    private static boolean isUpdate(Element time) {
        return DateInText.opensWithChangeLabel(time.text())
                || time.previousSibling() instanceof TextNode before && DateInText.endsWithChangeLabel(before.text());
    }

    /** Its class or id says it holds an update's or revision's date. */
    static boolean isChange(Element element) {
        return CHANGE_CLASS.in(ClassAndId.of(element));
    }

    /** The name (a class, an attribute's) speaks of an update or revision. */
    static boolean isChangeName(String name) {
        return CHANGE_NAME.in(name);
    }

    /** Its class or id says it shows a date, the publication's or an update's: the site's clock either way. */
    static boolean namesADate(Element element) {
        String classAndId = ClassAndId.of(element);
        return DATE_CLASS.in(classAndId) || CHANGE_CLASS.in(classAndId);
    }

    /**
     * An element whose class says it shows the publication date, outside furniture and outside the page's own header
     * or navigation (a top bar showing today's date), unless that header is the article's.
     */
    static boolean isDateByClass(Element element, Headline headline) {
        String classAndId = ClassAndId.of(element);
        return element.childrenSize() <= 2 && DATE_CLASS.in(classAndId) && !CHANGE_CLASS.in(classAndId)
                && !inFurnitureOrChrome(element, headline);
    }

    /**
     * Inside the site's own header or navigation, not the article's: a top bar showing today's date, a menu's
     * timeline of other stories (whose teasers may be {@code <article>}s with headers of their own). A header inside
     * the article, or one that holds its headline (a post's header on a page that marks no article), is the
     * article's.
     */
    static boolean inSiteChrome(Element element, Headline headline) {
        for (Element e = element.parent(); e != null && !e.nameIs("body"); e = e.parent()) {
            if ((e.nameIs("header") || e.nameIs("nav") || e.attr("role").equals("banner"))
                    && e.closest("article, main, [role=main]") == null && !headline.isIn(e)) {
                return true;
            }
        }
        return false;
    }

    /** In furniture or the site's own header: a date there is a teaser's, a sidebar's or today's, not the article's. */
    private static boolean inFurnitureOrChrome(Element element, Headline headline) {
        return PageMetadata.insideFurniture(element, headline) || inSiteChrome(element, headline);
    }

    static boolean isByline(Element element, Headline headline) {
        return !element.nameIs("time") && (Byline.isDeclared(element)
                || Byline.isNamedByClass(ClassAndId.of(element)))
                && !PageMetadata.insideFurniture(element, headline);
    }

    /**
     * An unmarked line that names the writer and may date the story too: "Par Claire Dubois — Publié le 5 mars
     * 2024", "By Ines Roth | May 4, 2026" (its words are read only when nothing else dates the page). Not a
     * picture's or a video's credit ("By Ines Roth on September 19, 2016" under a clip), which dates the clip.
     */
    private static boolean isByLine(Element element, Headline headline) {
        return Byline.mayOpen(element) && Byline.nameOnLine(element.text(), true) != null
                && element.closest("figure, figcaption") == null && !MEDIA_CREDIT.in(ClassAndId.of(element))
                && !PageMetadata.insideFurniture(element, headline) && besideTheHeadline(element, headline);
    }

    /**
     * In the story that holds the headline: its {@code <article>}, else the box around the headline (and its
     * {@code <header>}). A teaser's "By Jane Doe | March 3, 2021" in a rail of more stories dates another story.
     */
    private static boolean besideTheHeadline(Element element, Headline headline) {
        Element title = headline.element();
        if (title == null || title.parent() == null) {
            return false;
        }
        Element article = headline.article();
        Element box = article != null ? article : title.parent();
        box = box.nameIs("header") || box.nameIs("hgroup") ? box.parent() : box;
        return box != null && PageMetadata.isWithin(element, box);
    }

    private static Instant marked(Element body, Headline headline) {
        Instant microdata = null;
        Instant pubdate = null;
        Instant inArticle = null;
        Instant anyTime = null;
        Instant byClass = null;
        Element dateLine = null;
        Element byline = null;
        Element byLine = null;
        Instant updated = null;
        for (Element element : body.getAllElements()) {
            boolean time = element.normalName().equals("time");
            boolean update = time && isUpdate(element);
            if (element.attr("itemprop").equals("datePublished")) {
                // a teaser's microdata (a trending bar before the article) is another story's date; the item that
                // holds the headline is the article's
                Instant date = inFurnitureOrChrome(element, headline) ? null : dateIn(element);
                if (date != null && ofHeadlinesItem(element, headline)) {
                    return date;
                }
                microdata = microdata == null ? date : microdata;
            } else if (time && pubdate == null && ExactTime.isMarked(element)
                    && !inFurnitureOrChrome(element, headline)) {
                // a comment template's <time pubdate> is the comment's date
                pubdate = dateIn(element);
            } else if (update && updated == null && !inFurnitureOrChrome(element, headline)) {
                updated = dateIn(element);
            } else if (time && !update && inArticle == null && !inFurnitureOrChrome(element, headline)) {
                Instant date = dateIn(element);
                inArticle = element.closest("article, main, [role=main]") != null ? date : null;
                anyTime = anyTime == null ? date : anyTime;
            } else if (byClass == null && !time && isDateByClass(element, headline)) {
                byClass = dateIn(element);
                dateLine = dateLine == null ? element : dateLine;
            } else if (byline == null && isByline(element, headline)) {
                byline = element;
            } else if (byLine == null && !time && isByLine(element, headline)) {
                byLine = element;
            }
        }
        Instant marked = microdata != null ? microdata : pubdate != null ? pubdate : inArticle != null ? inArticle
                : anyTime != null ? anyTime : byClass;
        marked = marked != null ? marked : inWords(dateLine, byline);
        marked = marked != null ? marked : HeaderDate.of(headline);
        marked = marked != null || byLine == null ? marked : DateInText.in(byLine.text());
        // a page whose only date is its last update's ("Last updated <time>", a date line "Updated 12:02 PM EDT, Aug.
        // 22, 2024") is dated by that
        marked = marked != null ? marked : updated;
        return marked != null || dateLine == null ? marked : DateInText.changeIn(dateLine.text());
    }

    /**
     * Last resort, when nothing marks a date: one written in the words of the first date line, else of the byline or
     * the line around it ("By Ines Roth / May 4, 2026 /").
     */
    private static Instant inWords(Element dateLine, Element byline) {
        Instant date = dateLine == null ? null : DateInText.in(dateLine.text());
        if (date == null && byline != null) {
            date = DateInText.in(byline.text());
            Element around = byline.parent();
            date = date != null || around == null || around.nameIs("body") ? date : DateInText.in(around.text());
        }
        return date;
    }

    private static Instant dateIn(Element element) {
        for (String attribute : List.of("datetime", "content", "data-published", "title")) {
            Optional<Instant> date = Dates.parse(element.attr(attribute));
            if (date.isPresent()) {
                return date.get();
            }
        }
        Instant scripted = DataAttributeDate.of(element);
        return scripted != null ? scripted : Dates.parse(element.text()).orElse(null);
    }
}
