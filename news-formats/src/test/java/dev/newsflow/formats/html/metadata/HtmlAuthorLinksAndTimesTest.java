package dev.newsflow.formats.html.metadata;

import dev.newsflow.formats.Fixtures;
import dev.newsflow.formats.ParsedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static dev.newsflow.formats.Fixtures.PROSE;
import static dev.newsflow.formats.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bylines given only by a link to the author's archive page, bylines and dates inside a layout whose outer classes
 * name a sidebar, and dates a meta tag gives to the day that the article shows to the minute.
 */
class HtmlAuthorLinksAndTimesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            an /author/ slug ¦ <div class="meta-line">Story: <a href="https://harbour.example/author/ines-roth/">Ines Roth</a></div> ¦ Ines Roth
            a /users/ slug ¦ <div class="credit"><span><a href="/users/ola-berg">Ola Berg</a></span> · 4 min read</div> ¦ Ola Berg
            an escaped space ¦ <p class="info"><a href="/author/Ines%20Roth">Ines Roth</a></p> ¦ Ines Roth
            surname first in the slug ¦ <p><a href="/people/rothines/">Ines Roth</a></p> ¦ Ines Roth
            one name ¦ <p><a href="/author/maren/">Maren</a></p> ¦ Maren
            a site whose name holds the segment ¦ <p class="info"><a href="https://nearby.example/by/ines-roth">Ines Roth</a></p> ¦ Ines Roth
            a relative address starting with the segment ¦ <p class="info"><a href="byline-archive/by/ines-roth">Ines Roth</a></p> ¦ Ines Roth
            """)
    void aLinkToTheAuthorsArchiveNamesTheAuthor(String rule, String header, String expected) {
        ParsedArticle article = read("<title>Quay opening delayed</title>",
                "<article><h1>Quay opening delayed</h1>" + header + PROSE + "</article>");

        assertThat(article.author()).as(rule).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            a link whose text is not what the address spells ¦ <p><a href="/author/ines-roth/">More stories</a></p>
            a tag page ¦ <p><a href="/tag/ines-roth/">Ines Roth</a></p>
            the site's navigation ¦ <nav><a href="/people/ines-roth">Ines Roth</a></nav>
            a related list ¦ <ul class="related-posts"><li><a href="/author/ines-roth">Ines Roth</a></li></ul>
            the site's account link ¦ <header class="masthead"><a href="/user/login">Log In</a></header>
            a topic page of a person ¦ <p class="tags"><a href="/topic/person/ola-berg">Ola Berg</a></p>
            a person named in the story's sentences ¦ <p>The harbour master, <a href="/people/ola-berg">Ola Berg</a>, said the new quay would open once the last inspection of its pilings had been signed off.</p>
            """)
    void otherLinksNameNoAuthor(String rule, String markup) {
        ParsedArticle article = read("<title>Quay opening delayed</title>", "<article>" + PROSE + "</article>" + markup);

        assertThat(article.author()).as(rule).isNull();
    }

    @Test
    void aLayoutClassNamingTheSidebarAroundMainDoesNotHideTheByline() {
        ParsedArticle article = read("", "<div class=\"content-sidebar-wrap\"><main class=\"content\"><article>"
                + "<p class=\"entry-meta\"><span class=\"entry-author\" itemprop=\"author\">"
                + "<span itemprop=\"name\">Ines Roth</span></span></p>" + PROSE + "</article></main>"
                + "<aside class=\"sidebar\"><span class=\"author\">Ola Berg</span></aside></div>");

        assertThat(article.author()).isEqualTo("Ines Roth");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            an inline style ¦ <span class="vcard author" style="display: none;"><span class="fn">bb-editor</span></span>
            the hidden attribute ¦ <span class="author" hidden>bb-editor</span>
            a hidden box around it ¦ <div style="visibility:hidden"><span class="byline">bb-editor</span></div>
            """)
    void aHiddenBylineIsNotTheWriterTheVisibleOneIs(String rule, String hidden) {
        ParsedArticle article = read("", "<article><h1>Quay opening delayed</h1><div class=\"meta\">" + hidden
                + "<div class=\"post-author-name\">By <a href=\"/author/ines-roth/\">Ines Roth</a></div></div>"
                + PROSE + "</article>");

        assertThat(article.author()).as(rule).isEqualTo("Ines Roth");
    }

    @Test
    void aBodyClassSayingThereAreNoSidebarsDoesNotHideTheByline() {
        String page = "<!DOCTYPE html><html><head></head><body class=\"no-sidebars page-node\"><article>"
                + "<div class=\"byline\">By <a href=\"/ines\">Ines Roth</a></div>" + PROSE + "</article></body></html>";
        ParsedArticle article = Fixtures.FORMATS.read("page.html", page.getBytes(StandardCharsets.UTF_8))
                .articles().getFirst();

        assertThat(article.author()).isEqualTo("Ines Roth");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            a <time> in the article ¦ <time datetime="2026-05-04T15:33:00-04:00">May 4</time> ¦ 2026-05-04T19:33:00Z
            itemprop=datePublished ¦ <span itemprop="datePublished" content="2026-05-04T08:15:00Z">May 4</span> ¦ 2026-05-04T08:15:00Z
            an offset without its zero and colon ¦ <span itemprop="datePublished" content="2026-05-04T10:15-500">May 4</span> ¦ 2026-05-04T15:15:00Z
            a time on another day ¦ <time datetime="2026-05-05T09:00:00Z">May 5</time> ¦ 2026-05-04T00:00:00Z
            an update's time ¦ <time class="updated" datetime="2026-05-04T18:00:00Z">May 4</time> ¦ 2026-05-04T00:00:00Z
            """)
    void aDayFromTheMetaTagsTakesTheArticlesTimeOfThatDay(String rule, String time, String expected) {
        ParsedArticle article = read("<meta name=\"date\" content=\"2026-05-04\">",
                "<article><h1>Quay opening delayed</h1><p class=\"info\">" + time + "</p>" + PROSE + "</article>");

        assertThat(article.publishedAt()).as(rule).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            article:published_time ¦ <meta property="article:published_time" content="2026-05-04">
            JSON-LD datePublished ¦ <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2026-05-04"}</script>
            """)
    void anyDeclaredDayTakesTheArticlesTimeOfThatDay(String rule, String head) {
        ParsedArticle article = read(head, "<article><h1>Quay opening delayed</h1><p class=\"info\">"
                + "<time datetime=\"2026-05-04T15:33:00-04:00\">May 4</time></p>" + PROSE + "</article>");

        assertThat(article.publishedAt()).as(rule).isEqualTo(Instant.parse("2026-05-04T19:33:00Z"));
    }

    @Test
    void aTimeMarkedDataPublishedIsThePublicationDate() {
        ParsedArticle article = read("", "<article><p class=\"info\"><time data-published=\"2026-05-04 08:15:00Z\">"
                + "4 hours ago</time></p>" + PROSE + "</article>");

        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2026-05-04T08:15:00Z"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            a zone word UTC ¦ <div class="byline">Published: May 4, 2026 2:57 PM UTC</div> ¦ 2026-05-04T14:57:00Z
            not the update's date ¦ <div class="byline">By Ines Roth | Updated May 6, 2026 3:00 PM UTC, published May 4, 2026 2:57 PM UTC</div> ¦ 2026-05-04T14:57:00Z
            US Pacific in winter ¦ <div class="byline">Monday January 12, 2026 11:44 am PST by Ines Roth</div> ¦ 2026-01-12T19:44:00Z
            US Eastern by its rules ¦ <div class="author">Ines Roth<br>4 May 2026 at 14:27 ET</div> ¦ 2026-05-04T18:27:00Z
            a date line with a numeric date ¦ <h5 class="posted-date">05/14/2026 11:00 AM EDT BY STAFF</h5> ¦ 2026-05-14T15:00:00Z
            no zone: the day only ¦ <p><span class="byline">By Ines Roth</span> / May 4, 2026 7:00 AM /</p> ¦ 2026-05-04T00:00:00Z
            """)
    void aDateInTheWordsOfTheBylineIsTheLastResort(String rule, String line, String expected) {
        ParsedArticle article = read("", "<article><h1>Quay opening delayed</h1>" + line + PROSE + "</article>");

        assertThat(article.publishedAt()).as(rule).isEqualTo(Instant.parse(expected));
    }

    @Test
    void aNumericDateThatReadsTwoWaysIsNoDate() {
        ParsedArticle article = read("", "<article><div class=\"byline\">By Ines Roth, 05/04/2026</div>" + PROSE
                + "</article>");

        assertThat(article.publishedAt()).isNull();
    }

    @Test
    void aDateInTheBylinesWordsDoesNotOverrideMetadata() {
        ParsedArticle article = read("<meta property=\"article:published_time\" content=\"2026-05-03T09:00:00Z\">",
                "<article><div class=\"byline\">Updated: May 4, 2026 2:57 PM UTC</div>" + PROSE + "</article>");

        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2026-05-03T09:00:00Z"));
    }
}
