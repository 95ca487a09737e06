package dev.newsflow.formats.html.metadata;

import dev.newsflow.formats.ParsedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static dev.newsflow.formats.Fixtures.PROSE;
import static dev.newsflow.formats.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publication dates in the shapes saved news pages give them: a zone-less time the page writes elsewhere with its
 * offset, a day whose time and zone only the date line shows, Java's own date text, times in the site's navigation,
 * articles whose box a layout or state class names like furniture, and the page's own article among JSON-LD ones.
 */
class HtmlDateClassesTest {

    private static final String TITLE = "<title>Quay opening delayed</title>";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            the same time with its offset ¦ <meta property="article:published_time" content="2026-05-04 21:46:48"><meta name="sailthru.date" content="2026-05-04T21:46:48-0400"> ¦ 2026-05-05T01:46:48Z
            a meta offset for JSON-LD ¦ <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2026-05-04T09:30:00"}</script><meta property="article:published_time" content="2026-05-04T09:30:00+02:00"> ¦ 2026-05-04T07:30:00Z
            the same moment with an offset confirms UTC ¦ <meta name="parsely-pub-date" content="2026-05-04T18:38:14"><meta name="sailthru.date" content="2026-05-04T13:38:14-0500"> ¦ 2026-05-04T18:38:14Z
            another time's offset says nothing ¦ <meta property="article:published_time" content="2026-05-04 21:46:48"><meta property="article:modified_time" content="2026-05-04T23:03:08-04:00"> ¦ 2026-05-04T21:46:48Z
            another second's offset says nothing ¦ <meta property="article:published_time" content="2026-05-04 21:46:48"><meta name="sailthru.date" content="2026-05-04T21:46:10-0400"> ¦ 2026-05-04T21:46:48Z
            a time to the minute takes the offset ¦ <meta property="article:published_time" content="2026-05-04 21:46"><meta name="sailthru.date" content="2026-05-04T21:46:48-0400"> ¦ 2026-05-05T01:46:00Z
            an hour no offset has is none ¦ <meta property="article:published_time" content="2026-05-04 21:46:48"><meta name="sailthru.date" content="2026-05-04T21:46:48+25:00"> ¦ 2026-05-04T21:46:48Z
            a minute no offset has is none ¦ <meta property="article:published_time" content="2026-05-04 21:46:48"><meta name="sailthru.date" content="2026-05-04T21:46:48+04:75"> ¦ 2026-05-04T21:46:48Z
            """)
    void aZonelessTimeTakesTheOffsetThePageWritesForThatTime(String rule, String head, String expected) {
        ParsedArticle article = read(TITLE + head, "<article><h1>Quay opening delayed</h1>" + PROSE + "</article>");

        assertThat(article.publishedAt()).as(rule).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            a date line with a zone word ¦ <span class="timestamp">May 4, 2026, 12:37 PM ET</span> ¦ 2026-05-04T16:37:00Z
            a byline with a zone word ¦ <div class="byline">By Ines Roth, 4 May 2026 at 21:10 GMT</div> ¦ 2026-05-04T21:10:00Z
            no zone word: the day only ¦ <span class="timestamp">May 4, 2026, 12:37 PM</span> ¦ 2026-05-04T00:00:00Z
            another day's time ¦ <span class="timestamp">May 5, 2026, 12:37 PM ET</span> ¦ 2026-05-04T00:00:00Z
            """)
    void aDeclaredDayTakesTheTimeTheDateLineWritesWithItsZone(String rule, String line, String expected) {
        ParsedArticle article = read(TITLE + "<meta name=\"DC.date.issued\" content=\"2026-05-04\">",
                "<article><h1>Quay opening delayed</h1>" + line + PROSE + "</article>");

        assertThat(article.publishedAt()).as(rule).isEqualTo(Instant.parse(expected));
    }

    @Test
    void javasOwnDateTextIsADate() {
        ParsedArticle article = read(TITLE + "<meta property=\"article:published_time\" "
                + "content=\"Mon May 04 12:45:00 EDT 2026\">", "<article><h1>Quay opening delayed</h1>" + PROSE
                + "</article>");

        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2026-05-04T16:45:00Z"));
    }

    @Test
    void aTimeInTheSitesNavigationIsNotTheArticles() {
        ParsedArticle article = read(TITLE, "<div role=\"banner\"><nav><ul><li><article class=\"teaser\"><p>Ferry "
                + "timetable changes</p><time datetime=\"2026-05-04T05:29-0400\">05:29 AM EDT</time></article></li>"
                + "</ul></nav></div><main><article><h1>Quay opening delayed</h1><p class=\"info\">"
                + "<time datetime=\"2026-05-04T05:07-0400\">05:07 AM EDT</time></p>" + PROSE + "</article></main>");

        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2026-05-04T09:07:00Z"));
    }

    @Test
    void aTeasersMicrodataBeforeTheArticleIsAnotherStorysDate() {
        ParsedArticle article = read(TITLE, "<div class=\"related-stories\"><div itemscope itemtype=\""
                + "https://schema.org/NewsArticle\"><a href=\"/b\">Ferry strike ends</a><span itemprop=\""
                + "datePublished\" content=\"2026-04-02T10:00:00Z\">Apr 2</span></div></div><article><h1>Quay "
                + "opening delayed</h1><span itemprop=\"datePublished\" content=\"2026-05-04T08:15:00Z\">May 4</span>"
                + PROSE + "</article>");

        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2026-05-04T08:15:00Z"));
    }

    @Test
    void aTeasersMicrodataMetaBeforeTheArticleIsAnotherStorysDate() {
        ParsedArticle article = read(TITLE, "<div class=\"related-stories\"><div itemscope itemtype=\""
                + "https://schema.org/NewsArticle\"><meta itemprop=\"datePublished\" content=\"2026-04-02T10:00:00Z\">"
                + "<a href=\"/b\">Ferry strike ends</a></div></div><article itemscope itemtype=\""
                + "https://schema.org/NewsArticle\"><h1>Quay opening delayed</h1><meta itemprop=\"datePublished\" "
                + "content=\"2026-05-04T08:15:00Z\">" + PROSE + "</article>");

        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2026-05-04T08:15:00Z"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            its offset for a zone-less declaration ¦ <meta property="article:published_time" content="2026-05-04 21:46:48"> ¦ 2026-05-04T21:46:48-04:00 ¦ 2026-05-05T01:46:48Z
            its time for a day ¦ <meta name="date" content="2026-05-04"> ¦ 2026-05-04T09:30:00+02:00 ¦ 2026-05-04T07:30:00Z
            before a loose date key ¦ <meta name="date" content="2026-05-06T10:00:00Z"> ¦ 2026-05-04T09:30:00+02:00 ¦ 2026-05-04T07:30:00Z
            """)
    void theArticlesOwnMicrodataMetaIsADeclaration(String rule, String head, String microdata, String expected) {
        ParsedArticle article = read(TITLE + head, "<article itemscope itemtype=\"https://schema.org/NewsArticle\">"
                + "<h1>Quay opening delayed</h1><meta itemprop=\"datePublished\" content=\"" + microdata + "\">"
                + PROSE + "</article>");

        assertThat(article.publishedAt()).as(rule).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            one of several keys ¦ <meta itemprop="datePublished dateCreated" content="2026-05-04T08:00:00+02:00">
            a key with spaces around it ¦ <meta name=" datePublished " content="2026-05-04T08:00:00+02:00">
            a value escaped twice ¦ <meta name="datePublished" content="2026-05-04T08:00:00&amp;#43;02:00">
            """)
    void aDatePublishedTagIsReadAsEveryMetaKeyIs(String rule, String head) {
        ParsedArticle article = read(TITLE + head, "<article><h1>Quay opening delayed</h1>" + PROSE + "</article>");

        assertThat(article.publishedAt()).as(rule).isEqualTo(Instant.parse("2026-05-04T06:00:00Z"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            a meta tag ¦ meta
            an element ¦ span
            """)
    void theMicrodataOfTheItemHoldingTheHeadlineIsTheArticlesDate(String rule, String tag) {
        String end = tag.equals("meta") ? ">" : ">date</span>";
        String item = "itemscope itemtype=\"https://schema.org/NewsArticle\"";
        String date = "<" + tag + " itemprop=\"datePublished\" content=";
        ParsedArticle article = read(TITLE, "<div class=\"trending\"><div " + item + ">" + date
                + "\"2026-04-02T10:00:00Z\"" + end + "<a href=\"/b\">Ferry strike ends</a></div></div><article " + item
                + "><h1>Quay opening delayed</h1>" + date + "\"2026-05-04T08:15:00Z\"" + end + PROSE + "</article>");

        assertThat(article.publishedAt()).as(rule).isEqualTo(Instant.parse("2026-05-04T08:15:00Z"));
    }

    @Test
    void aPostsOwnHeaderOutsideAnyArticleElementShowsItsTime() {
        ParsedArticle article = read(TITLE, "<div class=\"post\"><header class=\"entry-header\"><h1>Quay opening "
                + "delayed</h1><time datetime=\"2026-05-04T05:07-0400\">05:07 AM EDT</time></header>" + PROSE + "</div>");

        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2026-05-04T09:07:00Z"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            a post with comments ¦ <article class="post hentry commented"><h1>Quay opening delayed</h1><p class="info"><time datetime="2026-05-04T12:34:00-04:00">Today</time></p>
            a layout naming its sidebar ¦ <div class="page-wrapper single-sidebar right-sidebar"><div class="post"><h1>Quay opening delayed</h1><div class="blog-author">Ines Roth<br>4 May 2026 at 12:34 ET</div>
            """)
    void theBoxHoldingTheHeadlineIsNoFurniture(String rule, String start) {
        ParsedArticle article = read(TITLE, start + PROSE + "</div></div></article>"
                + "<div class=\"comments\"><time datetime=\"2026-05-06T10:00:00Z\">May 6</time></div>");

        assertThat(article.publishedAt()).as(rule).isEqualTo(Instant.parse("2026-05-04T16:34:00Z"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            a teaser list's block before the article's ¦ <script type="application/ld+json">{"@type":"ItemList","itemListElement":[{"@type":"ListItem","item":{"@type":"NewsArticle","headline":"Ferry fares rise again","datePublished":"2026-04-28T10:00:00Z"}}]}</script><script type="application/ld+json">{"@type":"NewsArticle","headline":"Quay opening delayed","datePublished":"2026-05-04T08:15:00Z"}</script>
            the graph's article at the page's address ¦ <link rel="canonical" href="https://harbour.example/quay-opening-delayed"><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","url":"https://harbour.example/ferry-fares","datePublished":"2026-04-28T10:00:00Z"},{"@type":"NewsArticle","url":"https://harbour.example/quay-opening-delayed/","datePublished":"2026-05-04T08:15:00Z"}]}</script>
            the article with the page's headline ¦ <meta property="og:title" content="Quay opening delayed"><script type="application/ld+json">[{"@type":"NewsArticle","headline":"Ferry fares rise again","datePublished":"2026-04-28T10:00:00Z"},{"@type":"NewsArticle","headline":"Quay opening delayed","datePublished":"2026-05-04T08:15:00Z"}]</script>
            an array block's article at the page's address before a later block's ¦ <link rel="canonical" href="https://harbour.example/quay-opening-delayed"><script type="application/ld+json">[{"@type":"NewsArticle","url":"https://harbour.example/quay-opening-delayed","headline":"Quay opening delayed","datePublished":"2026-05-04T08:15:00Z"},{"@type":"BreadcrumbList"}]</script><script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry fares rise","datePublished":"2026-04-28T10:00:00Z"}</script>
            an array block's article before a later block's ¦ <script type="application/ld+json">[{"@type":"NewsArticle","headline":"Quay opening delayed","datePublished":"2026-05-04T08:15:00Z"},{"@type":"BreadcrumbList"}]</script><script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry fares rise","datePublished":"2026-04-28T10:00:00Z"}</script>
            a graph's article before a later block's ¦ <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","@id":"#webpage"},{"@type":"NewsArticle","headline":"Quay opening delayed","datePublished":"2026-05-04T08:15:00Z"}]}</script><script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry fares rise","datePublished":"2026-04-28T10:00:00Z"}</script>
            a later block's article at the page's address ¦ <link rel="canonical" href="https://harbour.example/quay-opening-delayed"><script type="application/ld+json">{"@type":"NewsArticle","url":"https://harbour.example/ferry-fares","datePublished":"2026-04-28T10:00:00Z"}</script><script type="application/ld+json">{"@type":"WebPage","mainEntity":{"@type":"NewsArticle","url":"https://harbour.example/quay-opening-delayed","datePublished":"2026-05-04T08:15:00Z"}}</script>
            """)
    void thePagesOwnJsonLdArticleBeatsOthers(String rule, String head) {
        ParsedArticle article = read(TITLE + head, "<article><h1>Quay opening delayed</h1>" + PROSE + "</article>");

        assertThat(article.publishedAt()).as(rule).isEqualTo(Instant.parse("2026-05-04T08:15:00Z"));
    }
}
