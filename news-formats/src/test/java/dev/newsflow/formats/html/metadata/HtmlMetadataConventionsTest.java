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
 * Metadata conventions of real publishers beyond the common tags: Dublin Core written with colons, values escaped
 * twice, JSON-LD wrapped in CDATA with people by given and family name, the many meta names and shapes of a
 * publication date, bylines with labels and dates, languages written as codes of every kind or as names, and a
 * site named only in the title.
 */
class HtmlMetadataConventionsTest {

    @Test
    void aUniversityPageWithDublinCoreInColonFormAndTheSiteOnlyInItsTitle() {
        ParsedArticle article = Fixtures.read("pages/dublin-core.html").articles().getFirst();

        assertThat(article.title()).isEqualTo("Tidal survey finds the estuary silting faster than expected");
        assertThat(article.author()).isEqualTo("Dr Hanne Vik");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2026-03-17T00:00:00Z"));
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.source()).isEqualTo("Lowmoor University");
        assertThat(article.body()).startsWith("A three-year survey").doesNotContain("Press office");
    }

    @Test
    void anXhtmlPageWithItsJsonLdGraphInCdata() {
        ParsedArticle article = Fixtures.read("pages/graph-cdata.html").articles().getFirst();

        // the title reader views show: they parse no JSON-LD behind "//<![CDATA[", so og:title, the site's name here
        assertThat(article.title()).isEqualTo("Valley Post");
        assertThat(article.author()).isEqualTo("Tomas Lind");
        assertThat(article.source()).isEqualTo("The Valley Post");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2026-04-09T04:00:00Z"));
        assertThat(article.language()).isEqualTo("sv");
        assertThat(article.body()).startsWith("The old river bridge will close").doesNotContain("Nora Hallin");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            dc:date ¦ <meta name="dc:date" content="2026-05-04"> ¦ 2026-05-04T00:00:00Z
            dcterms:created ¦ <meta property="dcterms:created" content="2026-05-04T08:15:00Z"> ¦ 2026-05-04T08:15:00Z
            article_date_original ¦ <meta name="article_date_original" content="2026-05-04T08:15:00Z"> ¦ 2026-05-04T08:15:00Z
            OriginalPublicationDate ¦ <meta name="OriginalPublicationDate" content="2026/05/04"> ¦ 2026-05-04T00:00:00Z
            rNews ¦ <meta property="rnews:datePublished" content="2026-05-04T08:15:00Z"> ¦ 2026-05-04T08:15:00Z
            cXense ¦ <meta name="cXenseParse:recs:publishtime" content="2026-05-04T10:15:00+0200"> ¦ 2026-05-04T08:15:00Z
            pub_date ¦ <meta name="pub_date" content="2026-05-04"> ¦ 2026-05-04T00:00:00Z
            published_date ¦ <meta name="published_date" content="2026-05-04"> ¦ 2026-05-04T00:00:00Z
            PRISM ¦ <meta name="prism.publicationDate" content="2026-05-04"> ¦ 2026-05-04T00:00:00Z
            digits only ¦ <meta name="pdate" content="20260504"> ¦ 2026-05-04T00:00:00Z
            Unix seconds ¦ <meta property="article:published_time" content="1777882500"> ¦ 2026-05-04T08:15:00Z
            ISO with a space and Z ¦ <meta name="pub_date" content="2026-05-04 08:15:00Z"> ¦ 2026-05-04T08:15:00Z
            digits to the hour ¦ <meta name="date" content="2026050408"> ¦ 2026-05-04T08:00:00Z
            Unix milliseconds ¦ <meta name="parsely-pub-date" content="1777882500000"> ¦ 2026-05-04T08:15:00Z
            a zone named GMT ¦ <meta name="date" content="2026-05-04 08:15:00 GMT"> ¦ 2026-05-04T08:15:00Z
            an email-style date with a US zone ¦ <meta name="date" content="Mon, 04 May 2026 04:15:00 EDT"> ¦ 2026-05-04T08:15:00Z
            RFC 822 with a comment ¦ <meta name="date" content="Mon, 04 May 2026 08:15:00 +0000 (UTC)"> ¦ 2026-05-04T08:15:00Z
            no space after the weekday ¦ <meta name="date" content="Mon,04 May 2026 08:15:00 GMT"> ¦ 2026-05-04T08:15:00Z
            RFC 850 ¦ <meta name="date" content="Monday, 04-May-26 08:15:00 GMT"> ¦ 2026-05-04T08:15:00Z
            asctime ¦ <meta name="date" content="Mon May  4 08:15:00 2026"> ¦ 2026-05-04T08:15:00Z
            ISO basic ¦ <meta name="date" content="20260504T101500+0200"> ¦ 2026-05-04T08:15:00Z
            ISO basic in UTC ¦ <meta name="date" content="20260504T0815Z"> ¦ 2026-05-04T08:15:00Z
            tabs before the time ¦ <meta name="date" content="Mon, 04 May 2026		10:15:00 +0200"> ¦ 2026-05-04T08:15:00Z
            """)
    void publicationDateConventions(String rule, String head, String expected) {
        assertThat(read(head, PROSE).publishedAt()).as(rule).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            a label before the date ¦ <span class="date">Published: May 4, 2026</span>
            day.month.year ¦ <time>04.05.2026</time>
            German ¦ <time>4. Mai 2026</time>
            French ¦ <span class="article-date">4 mai 2026</span>
            Spanish ¦ <time>4 de mayo de 2026</time>
            """)
    void datesShownOnThePage(String rule, String marker) {
        assertThat(read("", "<article>" + marker + PROSE + "</article>").publishedAt()).as(rule)
                .isEqualTo(Instant.parse("2026-05-04T00:00:00Z"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            an update's date ¦ <article><span class="update-date">May 9, 2026</span>
            a revision's date ¦ <article><span class="revised date">May 9, 2026</span>
            today's date in the site's top bar ¦ <header><span class="date">Saturday, May 9, 2026</span></header><article>
            """)
    void datesThatAreNotThePublication(String rule, String start) {
        assertThat(read("", start + PROSE + "</article>").publishedAt()).as(rule).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            weibo:article:title ¦ <meta property="weibo:article:title" content="港口新码头推迟到六月启用">
            weibo:webpage:title ¦ <meta name="weibo:webpage:title" content="港口新码头推迟到六月启用">
            """)
    void aChinesePortalsWeiboShareTitleIsTheHeadline(String rule, String tag) {
        // portals end <title> with channel and site joined by underscores, which no reader can safely cut
        ParsedArticle article = read("<title>港口新码头推迟到六月启用_财经频道_海港新闻网</title>" + tag, PROSE);

        assertThat(article.title()).as(rule).isEqualTo("港口新码头推迟到六月启用");
    }

    @Test
    void aDeveloperReferencePageTypedApiReferenceIsAnArticle() {
        ParsedArticle article = read("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@type\":\"APIReference\",\"headline\":\"Quay sensor API: reading tide levels\","
                + "\"author\":{\"@type\":\"Person\",\"name\":\"Ines Roth\"},\"datePublished\":\"2026-05-04\","
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Port Developers\"}}</script>", PROSE);

        assertThat(article.title()).isEqualTo("Quay sensor API: reading tide levels");
        assertThat(article.author()).isEqualTo("Ines Roth");
        assertThat(article.source()).isEqualTo("Port Developers");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2026-05-04T00:00:00Z"));
    }

    @Test
    void theArticlesOwnHeaderMayShowItsDate() {
        assertThat(read("", "<article><header><span class=\"date\">May 4, 2026</span></header>" + PROSE + "</article>")
                .publishedAt()).isEqualTo(Instant.parse("2026-05-04T00:00:00Z"));
    }

    @Test
    void theTitlesGuessAtTheSiteCutsNoHeadline() {
        ParsedArticle article = read("<meta property=\"og:title\" content=\"Quay opening delayed by steel shortage | Port News\">"
                + "<title>Quay opening delayed by steel shortage | Port News</title>", PROSE);

        assertThat(article.source()).isEqualTo("Port News");
        assertThat(article.title()).isEqualTo("Quay opening delayed by steel shortage | Port News");
    }

    @Test
    void theUpdatedDateIsNotThePublicationDate() {
        assertThat(read("", "<article><span class=\"updated-date\">May 9, 2026</span>" + PROSE + "</article>")
                .publishedAt()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            dc:creator ¦ <meta name="dc:creator" content="Ines Roth"> ¦ -
            dcterm:creator ¦ <meta property="dcterm:creator" content="Ines Roth"> ¦ -
            JSON-LD given and family name ¦ <script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","givenName":"Ines","familyName":"Roth"}}</script> ¦ -
            JSON-LD in an HTML comment ¦ <script type="application/ld+json"><!-- {"@type":"NewsArticle","author":{"name":"Ines Roth"}} --></script> ¦ -
            Written by ¦ - ¦ <div class="byline">Written by Ines Roth</div>
            Author label ¦ - ¦ <div class="byline">Author: Ines Roth</div>
            a date after a bar ¦ - ¦ <p class="byline">By Ines Roth | May 4, 2026</p>
            a time inside ¦ - ¦ <div class="byline">By <a href="/i">Ines Roth</a> <time datetime="2026-05-04">May 4, 2026</time></div>
            a date on a line of its own ¦ - ¦ <div class="FeatureByline">By <b>Ines Roth</b><br>May 4, 2026</div>
            a date and time with no separator ¦ - ¦ <p class="byline">By Ines Roth May 4, 2026, 10:30 am</p>
            a date after a comma ¦ - ¦ <span class="author">Ines Roth, 4 May 2026</span>
            a date after "on" ¦ - ¦ <p class="byline">By Ines Roth on May 4, 2026</p>
            a date after a weekday ¦ - ¦ <p class="byline">By Ines Roth, Mon 4 May 2026</p>
            a French date after "le" ¦ - ¦ <p class="byline">par Ines Roth, le 4 mai 2026</p>
            a dateline's place and date ¦ - ¦ <span class="dateline">Portmell, May 3, 2026</span><p class="byline">By Ines Roth</p>
            a labelled date marked as a byline ¦ - ¦ <span class="byline-date">Last updated: May 4, 2026</span><p class="byline">By Ines Roth</p>
            a name given in a meta ¦ - ¦ <div itemprop="author" itemscope><meta itemprop="name" content="Ines Roth"><a href="/i"><img src="i.jpg" alt=""></a></div>
            a dateline holding only the date ¦ - ¦ <span class="dateline">Sunday, May 3, 2026</span><p class="byline">By Ines Roth</p>
            a date before a dot ¦ - ¦ <p class="byline">4 May 2026 · Ines Roth</p>
            a labelled date before a bar ¦ - ¦ <p class="byline">Published 4 May 2026 | By Ines Roth</p>
            an unmarked author label ¦ - ¦ <p>Autor: Ines Roth</p>
            an unmarked text label and a photo credit ¦ - ¦ <div><span>Text: Ines Roth | Fotos: Ola Berg</span></div>
            a most-read widget before the article ¦ - ¦ <div class="smr-widget"><a href="/o">Ferry fares rise</a><span class="byline">Ola Berg</span></div><p class="byline">By Ines Roth</p>
            """)
    void bylineConventions(String rule, String head, String marker) {
        String body = "-".equals(marker) ? PROSE : "<article>" + marker + PROSE + "</article>";
        assertThat(read("-".equals(head) ? "" : head, body).author()).as(rule).isEqualTo("Ines Roth");
    }

    @Test
    void anUnmarkedLabelBeforeOneWordIsNoByline() {
        assertThat(read("", "<article><p>Autor: Redaktion</p>" + PROSE + "</article>").author()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            a French Par line with the date ¦ <p class="meta">Par Ines Roth — Publié le 4 mai 2026 à 10h12, mis à jour le 5 mai 2026</p> ¦ 2026-05-04T00:00:00Z
            a Portuguese Por line with the date ¦ <p class="autoria">Por Ines Roth · Publicado em 4 de maio de 2026</p> ¦ 2026-05-04T00:00:00Z
            a video's credit dates the clip ¦ <span class="credit video-credit">By Ines Roth on May 1, 2026.</span> ¦ -
            a photo's caption dates the photo ¦ <figure><img src="q.jpg" alt=""><figcaption>By Ines Roth, May 1, 2026</figcaption></figure> ¦ -
            """)
    void anUnmarkedBylineDatesThePageWhenNothingElseDoes(String rule, String line, String expected) {
        ParsedArticle article = read("<title>Quay opening delayed</title>",
                "<article><h1>Quay opening delayed</h1>" + line + PROSE + "</article>");

        assertThat(article.publishedAt()).as(rule).isEqualTo(expected.equals("-") ? null : Instant.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            a Spanish name with del ¦ El puerto retrasa la apertura del muelle | Diario del Valle ¦ Diario del Valle
            an Italian name with della ¦ Il porto rinvia la apertura del molo - Corriere della Sera ¦ Corriere della Sera
            a Portuguese name with da ¦ Porto adia abertura do cais | Jornal da Margem ¦ Jornal da Margem
            a Dutch name with van ¦ Haven stelt opening van kade uit | Gazet van Havenstad ¦ Gazet van Havenstad
            a headline's end in lower case is no name ¦ Quay opening delayed - here is what it means ¦ -
            """)
    void aSiteNameInTheTitleMayBeJoinedByLowerCaseWords(String rule, String title, String expected) {
        ParsedArticle article = read("<title>" + title + "</title>", "<article>" + PROSE + "</article>");

        assertThat(article.source()).as(rule).isEqualTo(expected.equals("-") ? null : expected);
    }

    @Test
    void theGraphsOwnArticleBeatsOneItsRelatedListNamesFirst() {
        ParsedArticle article = read("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"WebPage\",\"hasPart\":{\"@type\":\"ItemList\",\"itemListElement\":[{\"@type\":\"NewsArticle\","
                + "\"headline\":\"Ferry fares rise again\",\"author\":{\"name\":\"Ola Berg\"},\"datePublished\":\"2026-04-28\"}]}},"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Quay opening delayed\",\"author\":{\"name\":\"Ines Roth\"},"
                + "\"datePublished\":\"2026-05-04T08:15:00Z\"}]}</script>", PROSE);

        assertThat(article.title()).isEqualTo("Quay opening delayed");
        assertThat(article.author()).isEqualTo("Ines Roth");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2026-05-04T08:15:00Z"));
    }

    @Test
    void aValueEscapedTwiceIsReadAsText() {
        ParsedArticle article = read("<meta property=\"og:title\" content=\"Quay&amp;#8217;s opening delayed\">"
                + "<meta name=\"author\" content=\"Ines O&amp;#039;Roth\">"
                + "<meta property=\"og:site_name\" content=\"Port &amp;amp; Harbour News\">", PROSE);

        assertThat(article.title()).isEqualTo("Quay’s opening delayed");
        assertThat(article.author()).isEqualTo("Ines O'Roth");
        assertThat(article.source()).isEqualTo("Port & Harbour News");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            an ISO 639-2 code ¦ <html lang="deu"><head></head> ¦ de
            a bibliographic ISO 639-2 code ¦ <html lang="fre"><head></head> ¦ fr
            a bibliographic code of the rarer kind ¦ <html lang="may"><head></head> ¦ ms
            a retired code ¦ <html lang="iw"><head></head> ¦ he
            the language's English name ¦ <html><head><meta name="language" content="English"></head> ¦ en
            the language's own name ¦ <html><head><meta name="language" content="Deutsch"></head> ¦ de
            dc:language ¦ <html><head><meta name="dc:language" content="nl"></head> ¦ nl
            a JSON-LD Language object ¦ <html><head><script type="application/ld+json">{"@type":"Article","inLanguage":{"@type":"Language","name":"Spanish","alternateName":"es"}}</script></head> ¦ es
            undetermined ¦ <html lang="und"><head></head> ¦ -
            """)
    void languageConventions(String rule, String start, String expected) {
        byte[] page = (start + "<body>" + PROSE + "</body></html>").getBytes(StandardCharsets.UTF_8);
        assertThat(Fixtures.FORMATS.read("page.html", page).articles().getFirst().language()).as(rule)
                .isEqualTo("-".equals(expected) ? null : expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            after a bar ¦ <title>Quay opening delayed by steel shortage | Port News</title> ¦ - ¦ Port News
            after a dash and a section ¦ <title>Quay opening delayed by steel shortage - Harbour - Port News</title> ¦ - ¦ Port News
            before the headline the h1 repeats ¦ <title>Port News | Quay opening delayed</title> ¦ <h1>Quay opening delayed</h1> ¦ Port News
            not a handle ¦ <meta name="twitter:site" content="@portnews"><title>Quay opening delayed</title> ¦ - ¦ -
            not a headline's end after a dash ¦ <title>Fed raises rates again - here's what it means</title> ¦ - ¦ -
            not a section before the headline ¦ <title>Opinion | Why rates must fall</title> ¦ <h1>Why rates must fall</h1> ¦ -
            a domain in lower case ¦ <title>Quay opening delayed by steel shortage | portnews.example</title> ¦ - ¦ portnews.example
            not a breadcrumb's last part ¦ <title>News > Harbour > Quay opening delayed by steel shortage</title> ¦ - ¦ -
            a JSON-LD page's publisher ¦ <script type="application/ld+json">{"@graph":[{"@type":"Organization","@id":"#o","name":"Port News"},{"@type":"WebPage","publisher":{"@id":"#o"}}]}</script> ¦ - ¦ Port News
            """)
    void siteNameConventions(String rule, String head, String heading, String expected) {
        assertThat(read(head, ("-".equals(heading) ? "" : heading) + PROSE).source()).as(rule)
                .isEqualTo("-".equals(expected) ? null : expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            og:title that is the site's name ¦ <meta property="og:title" content="Port News"><meta property="og:site_name" content="Port News">
            a title element that is the site's name ¦ <title>Port News</title><meta property="og:site_name" content="Port News">
            a JSON-LD headline that is the publisher ¦ <script type="application/ld+json">{"@type":"NewsArticle","headline":"Port News","publisher":{"name":"Port News"}}</script>
            a JSON-LD headline cut short ¦ <script type="application/ld+json">{"@type":"NewsArticle","headline":"Quay opening…","name":"Quay opening delayed"}</script>
            """)
    void titleConventions(String rule, String head) {
        assertThat(read(head, "<h1>Quay opening delayed</h1>" + PROSE).title()).as(rule).isEqualTo("Quay opening delayed");
    }
}
