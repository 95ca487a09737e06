package dev.newsflow.formats;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * What a page says about its article, read before the main text is cut out. Each field takes the first source that
 * has it, most deliberate first: JSON-LD, then meta tags (Dublin Core, Open Graph, Twitter, Parse.ly, article:*),
 * then markup ({@code <title>}, {@code <h1>}, {@code rel=author} and byline-like classes, {@code <time>}).
 */
record PageMetadata(String title, String author, String siteName, String url, Instant publishedAt, String language) {

    private static final Pattern BY_PREFIX = Pattern.compile("^(?i:by|von|par|por|door|di)\\s*:?\\s+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int MAX_BYLINE = 100;
    private static final String BYLINE_MARKUP = "[rel=author], [itemprop~=^author$], [class~=(?i)byline|author|writtenby"
            + "|dateline], [id~=(?i)byline|author]";
    private static final Pattern NOT_THE_ARTICLE = Pattern.compile("(?i)comment|repl(y|ies)|related|sidebar|footer");

    static PageMetadata of(Document page) {
        MetaTags meta = new MetaTags(page);
        JsonLd jsonLd = JsonLd.of(page);
        String siteName = firstNonBlank(jsonLd.publisher(), meta.first("og:site_name", "application-name"),
                jsonLd.websiteName(), meta.first("publisher", "dc.publisher", "dcterms.publisher"));
        return new PageMetadata(title(page, meta, jsonLd, siteName), author(page, meta, jsonLd), siteName,
                url(page, meta), published(page, meta, jsonLd), language(page, meta, jsonLd));
    }

    private static String title(Document page, MetaTags meta, JsonLd jsonLd, String siteName) {
        String declared = words(jsonLd.headline(), meta.first("dc.title", "dcterms.title", "og:title",
                "title", "twitter:title", "parsely-title", "sailthru.title"));
        if (declared != null) {
            String withoutSite = PageTitle.withoutSiteName(SPACES.matcher(declared).replaceAll(" ").strip(), siteName);
            return withoutSite != null ? withoutSite : declared;
        }
        return words(PageTitle.headline(page, siteName), textOf(page.selectFirst("h1")),
                textOf(page.selectFirst("h2, h3, [itemprop=headline], .headline, .title")));
    }

    /** The first value with a letter or digit in it: a title of only punctuation ("|", "-") is no title. */
    private static String words(String... values) {
        for (String value : values) {
            if (value != null && value.codePoints().anyMatch(Character::isLetterOrDigit)) {
                return value.strip();
            }
        }
        return null;
    }

    private static String author(Document page, MetaTags meta, JsonLd jsonLd) {
        // article:author is usually the author's page; a URL in any of them is not a name
        String declared = notUrl(firstNonBlank(jsonLd.author(), meta.first("dc.creator", "dcterms.creator", "author",
                "parsely-author", "sailthru.author", "byl"), notUrl(meta.first("article:author"))));
        return withoutPrefix(declared != null ? declared : markupByline(page));
    }

    /** The first short byline-like element outside comments and related-article lists. */
    private static String markupByline(Document page) {
        for (Element candidate : page.select(BYLINE_MARKUP)) {
            Element named = candidate.selectFirst("[itemprop=name]");
            String text = (named != null ? named : candidate).text().strip();
            if (!text.isEmpty() && text.length() < MAX_BYLINE && !insideFurniture(candidate)) {
                return text;
            }
        }
        return null;
    }

    private static boolean insideFurniture(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (NOT_THE_ARTICLE.matcher(e.className() + " " + e.id()).find()) {
                return true;
            }
        }
        return false;
    }

    private static String url(Document page, MetaTags meta) {
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        return firstNonBlank(canonical == null ? null : canonical.attr("href"), meta.first("og:url"));
    }

    private static Instant published(Document page, MetaTags meta, JsonLd jsonLd) {
        Instant declared = Dates.parse(jsonLd.published()).or(() -> Dates.parse(meta.first("article:published_time",
                "parsely-pub-date", "og:published_time", "article.published", "published_time", "publish-date",
                "publishdate", "pubdate", "datepublished", "dc.date.issued", "dc.date", "dcterms.issued",
                "dcterms.created", "dcterms.date", "sailthru.date", "date"))).orElse(null);
        if (declared != null) {
            return declared;
        }
        Element marked = page.selectFirst("[itemprop=datePublished], time[pubdate], time[datetime], time");
        return marked == null ? null
                : Dates.parse(firstNonBlank(marked.attr("datetime"), marked.attr("content"), marked.text())).orElse(null);
    }

    private static String language(Document page, MetaTags meta, JsonLd jsonLd) {
        Element html = page.selectFirst("html");
        return firstNonBlank(html == null ? null : html.attr("lang"), html == null ? null : html.attr("xml:lang"),
                jsonLd.language(), meta.first("content-language", "og:locale", "dc.language", "language"),
                page.body() == null ? null : page.body().attr("lang"));
    }

    private static String withoutPrefix(String byline) {
        return byline == null ? null : BY_PREFIX.matcher(SPACES.matcher(byline).replaceAll(" ").strip()).replaceFirst("");
    }

    private static String notUrl(String value) {
        return value == null || value.startsWith("http") || value.startsWith("/") ? null : value;
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
