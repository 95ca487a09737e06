package dev.newsflow.formats.html.metadata;

import dev.newsflow.formats.html.names.Alternatives;
import dev.newsflow.formats.html.names.ClassAndId;
import dev.newsflow.formats.html.names.CommentSections;
import dev.newsflow.formats.text.Spaces;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What a page says about its article, read before the main text is cut out. Each field takes the first source that
 * has it, most deliberate first: JSON-LD, then meta tags (Dublin Core, Open Graph, Twitter, Parse.ly, article:*),
 * then markup ({@code <title>}, {@code <h1>}, {@code rel=author}, byline-like classes and "By" lines, {@code <time>};
 * see {@link PageAuthor} and {@link PublicationDate}).
 */
public record PageMetadata(String title, String author, String siteName, String url, Instant publishedAt, String language) {

    private static final String FURNITURE_BUT_FOOTERS = "comment|repl(y|ies)|related|sidebar|widget";
    private static final Alternatives NOT_THE_ARTICLE = Alternatives.ignoringCase(FURNITURE_BUT_FOOTERS + "|footer");
    private static final Alternatives NOT_A_FOOTER = Alternatives.ignoringCase(FURNITURE_BUT_FOOTERS);
    private static final Alternatives POST =
            Alternatives.ignoringCase("(?:^|\\s)(?:post|entry|hentry|type-post)(?:$|\\s)");
    // the marks blog themes give the post's own author and date (hCard, hAtom): not a credit or a link to another post
    private static final Alternatives POST_META = Alternatives.ignoringCase(
            "(?:^|\\s)(?:author|vcard|fn|entry-date|published|post-author|post-timestamp)(?:$|\\s)");

    /** @param meta the page's tags, read by the caller when it needs them too */
    public static PageMetadata of(Document page, MetaTags meta) {
        List<JsonLdBlocks.Block> blocks = meta.jsonLd().stream().map(JsonLdBlocks::block).toList();
        JsonLd jsonLd = PageJsonLd.of(blocks, OwnArticle.of(meta));
        // the <title> as reader views cut it, asked by the JSON-LD's name-or-headline choice and the title's fallback
        String readerViewTitle = ReaderViewTitle.of(page);
        ReaderViewJsonLd readerView = ReaderViewJsonLd.of(blocks, readerViewTitle);
        // Parse.ly's older tag: one JSON object with the title, the authors and the date
        Map<?, ?> parselyPage = JsonLd.object(meta.first("parsely-page"));
        // as reader views name the site first (the publisher written in place in the JSON-LD they read, og:site_name:
        // a brand, where a publisher by reference is often the company behind it), then the rest
        String siteName = firstNonBlank(readerView.siteName(), meta.first("og:site_name"), jsonLd.publisher(),
                applicationName(page, meta), jsonLd.websiteName(), jsonLd.pagePublisher(),
                meta.first("publisher", "dc.publisher", "dcterms.publisher"));
        // a site name guessed from the <title> names the source, but cuts no title: a guess may be the headline's end
        String source = siteName != null ? siteName : TitleSiteName.of(page);
        String title = title(page, meta, jsonLd, readerView, readerViewTitle, siteName);
        Headline headline = new Headline(meta.headings(), () -> headlineTitles(page, title, siteName));
        meta.keep(headline);
        String author = PageAuthor.of(page, meta, jsonLd, parselyPage, headline, siteName);
        return new PageMetadata(title, author, source, url(meta),
                PublicationDate.of(page, meta, jsonLd, readerView, parselyPage, headline), language(page, meta, jsonLd));
    }

    /**
     * {@code application-name}, the name a browser pins the site under, unless it only repeats the page's
     * {@code <title>} or {@code og:title}: templates that fill it from the page's title name the page, not the site.
     */
    private static String applicationName(Document page, MetaTags meta) {
        String name = meta.first("application-name");
        if (name == null) {
            return null;
        }
        String collapsed = Spaces.collapsed(name).strip();
        String ogTitle = meta.first("og:title");
        return collapsed.equalsIgnoreCase(Spaces.collapsed(page.title()).strip())
                || ogTitle != null && collapsed.equalsIgnoreCase(Spaces.collapsed(ogTitle).strip()) ? null : name;
    }

    /**
     * The title reader views show: the JSON-LD they read ({@link ReaderViewJsonLd}), the meta tags, the
     * {@code <title>} as they cut it; then what they would not find: the JSON-LD read more widely, the page's
     * headings. {@code dcterms.title} last of the tags, as reader views do not read it: Drupal fills it with the
     * title and the site's name. {@code sailthru.title} not before the {@code <title>}, which reader views fall back
     * to: it is the newsletter's title, often the headline cut short ("Council shuts river bridge").
     */
    private static String title(Document page, MetaTags meta, JsonLd jsonLd, ReaderViewJsonLd readerView,
            String readerViewTitle, String siteName) {
        // weibo:*:title: Chinese portals' share title, their og:title (their <title> ends "_channel_site")
        String declared = words(siteName, readerView.title(), meta.first("dc.title", "og:title", "weibo:article:title",
                "weibo:webpage:title", "title", "twitter:title", "parsely-title", "dcterms.title"));
        if (declared != null) {
            // as the page wrote it, site name and all: the title a page declares for sharing is the one reader views
            // show (Readability takes it whole), and " | Site" in it may be the headline's own words
            return declared;
        }
        return words(siteName, readerViewTitle, meta.first("sailthru.title"), jsonLd.headline(() -> readerViewTitle),
                textOf(page.selectFirst("h1")),
                textOf(page.selectFirst("h2, h3, [itemprop=headline], .headline, .title")));
    }

    /**
     * The title as read, then as a headline shows it: without the site's name the declared title carries
     * ("Port News | Quay opening delayed"), and the {@code <title>}'s headline.
     */
    private static List<String> headlineTitles(Document page, String title, String siteName) {
        if (title == null) {
            return List.of();
        }
        String withoutSite = PageTitle.withoutSiteName(Spaces.collapsed(title).strip(), siteName);
        return Stream.of(title, withoutSite, PageTitle.headline(page, siteName)).filter(Objects::nonNull).distinct()
                .toList();
    }

    /**
     * The first value with a letter or digit in it that is not just the site's name: a title of only punctuation
     * ("|", "-") is no title, and neither is the site's name, which section and home-page templates put in
     * {@code og:title} or {@code <title>} of every page.
     */
    private static String words(String siteName, String... values) {
        for (String value : values) {
            if (value != null && value.codePoints().anyMatch(Character::isLetterOrDigit)
                    && (siteName == null || !value.strip().equalsIgnoreCase(siteName))) {
                return value.strip();
            }
        }
        return null;
    }

    /**
     * Inside comments, related lists, sidebars, widgets ("most read") or footers: never the article's. Not every
     * {@code <aside>}: blogs put the post's own author and date in one. What lies around {@code <main>} is not asked,
     * and neither is a box that holds the article's headline ({@link Headline}).
     *
     * @param headline the article's headline
     */
    static boolean insideFurniture(Element element, Headline headline) {
        for (Element e = element; e != null && !e.nameIs("body"); e = e.parent()) {
            String names = ClassAndId.of(e);
            if ((NOT_THE_ARTICLE.in(names) || CommentSections.mayBe(names)) && !headline.isIn(e)
                    && !isPostsOwnMeta(element, e, names, headline) || isCommentItem(e)) {
                return true;
            }
            // the classes of <body> and of wrappers around <main> name the page's layout ("no-sidebars",
            // "content-sidebar-wrap"), not the part an element is in
            if (e.nameIs("main") || e.attr("role").equals("main")) {
                return false;
            }
        }
        return false;
    }

    /** {@code element} is {@code box} or inside it. */
    static boolean isWithin(Element element, Element box) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e == box) {
                return true;
            }
        }
        return false;
    }

    /** A comment marked as schema.org microdata ({@code itemprop="comment"}, {@code itemtype=".../Comment"}). */
    private static boolean isCommentItem(Element e) {
        return e.hasAttr("itemscope") && (e.attr("itemprop").equals("comment")
                || e.attr("itemtype").endsWith("/Comment"));
    }

    /**
     * The post's author or date ({@code author vcard}, {@code entry-date published}: {@link #POST_META}) in a box named
     * only as a footer inside the post that holds the headline ({@code <article>}, or a box WordPress and Blogger call
     * {@code post}, {@code entry}, {@code hentry}): "entry-footer", "post-footer", where blog templates write them.
     */
    private static boolean isPostsOwnMeta(Element element, Element box, String names, Headline headline) {
        if (NOT_A_FOOTER.in(names) || CommentSections.mayBe(names) || !markedAsPostMeta(element, box)) {
            return false;
        }
        for (Element post = box.parent(); post != null && !post.nameIs("body"); post = post.parent()) {
            if ((post.nameIs("article") || POST.in(post.className())) && headline.isIn(post)) {
                return true;
            }
        }
        return false;
    }

    private static boolean markedAsPostMeta(Element element, Element box) {
        for (Element e = element; e != null && e != box; e = e.parent()) {
            if (POST_META.in(e.className())) {
                return true;
            }
        }
        return false;
    }

    private static String url(MetaTags meta) {
        return firstNonBlank(meta.canonical(), meta.first("og:url"));
    }

    private static String language(Document page, MetaTags meta, JsonLd jsonLd) {
        Element html = page.firstElementChild(); // the root element: no selector walk for it
        return firstNonBlank(html == null ? null : html.attr("lang"), html == null ? null : html.attr("xml:lang"),
                jsonLd.language(), meta.first("content-language", "og:locale", "dc.language", "dcterms.language",
                        "language"),
                page.body() == null ? null : page.body().attr("lang"));
    }

    private static String textOf(Element element) {
        return element == null ? null : element.text();
    }

    static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
