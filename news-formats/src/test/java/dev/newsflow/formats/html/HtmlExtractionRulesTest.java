package dev.newsflow.formats.html;

import dev.newsflow.formats.Fixtures;
import dev.newsflow.formats.ParsedArticle;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static dev.newsflow.formats.Fixtures.PROSE;
import static dev.newsflow.formats.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

/** One extraction rule at a time, on small self-written pages. */
class HtmlExtractionRulesTest {

    /** "-" stands for an empty column in the tables below. */
    private static String orNothing(String column) {
        return "-".equals(column) ? "" : column;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            JSON-LD headline beats og:title ¦ <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Quay opening delayed"}</script><meta property="og:title" content="Quay late"><title>Quay late | Port News</title> ¦ Quay opening delayed
            not a JSON-LD that reader views read: no schema.org context ¦ <script type="application/ld+json">{"@type":"NewsArticle","headline":"Quay opening delayed"}</script><meta property="og:title" content="Quay late"> ¦ Quay late
            one whose type is a list holding an article's ¦ <script type="application/ld+json">{"@context":"https://schema.org","@type":["Article","NewsArticle"],"headline":"Quay opening delayed"}</script><meta property="og:title" content="Quay late"> ¦ Quay opening delayed
            but not a list of other types ¦ <script type="application/ld+json">{"@context":"https://schema.org","@type":["WebPage","ItemPage"],"headline":"Quay opening delayed"}</script><meta property="og:title" content="Quay late"> ¦ Quay late
            one whose graph lists a type before its article ¦ <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":["Person","Organization"],"name":"Port News"},{"@type":"NewsArticle","headline":"Quay opening delayed"}]}</script><meta property="og:title" content="Quay late"> ¦ Quay opening delayed
            nor one whose graph has a type before its article that is neither string nor list ¦ <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":{"name":"Person"},"name":"Port News"},{"@type":"NewsArticle","headline":"Quay opening delayed"}]}</script><meta property="og:title" content="Quay late"> ¦ Quay late
            nor one browsers do not parse: a trailing comma ¦ <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Quay opening delayed",}</script><meta property="og:title" content="Quay late"> ¦ Quay late
            but the next block that is ¦ <script type="application/ld+json">{"@context":"https://schema.org","@type":"WebSite","name":"Port News"}</script><script type="application/ld+json">[{"@context":"http://schema.org/","@type":"NewsArticle","headline":"Quay opening delayed"}]</script><meta property="og:title" content="Quay late"> ¦ Quay opening delayed
            the JSON-LD reader views skip still beats a page's headings ¦ <script type="application/ld+json">{"@type":"NewsArticle","headline":"Quay opening delayed by storms"}</script> ¦ Quay opening delayed by storms
            of og:title written twice the last, as reader views take it ¦ <meta property="og:title" content="Quay late"><meta property="og:title" content="Quay opening delayed | Port News"> ¦ Quay opening delayed | Port News
            dcterms.title after the other tags: reader views do not read it ¦ <meta name="dcterms.title" content="Quay opening delayed | Port News"><meta property="og:title" content="Quay opening delayed"> ¦ Quay opening delayed
            og:title beats the title element ¦ <meta property="og:title" content="Quay opening delayed"><title>Port News: home</title> ¦ Quay opening delayed
            the site name is cut from the title element ¦ <meta property="og:site_name" content="Port News"><title>Quay opening delayed by storms | Port News</title> ¦ Quay opening delayed by storms
            a site name in front is cut too ¦ <meta name="application-name" content="Port News"><title>Port News - Quay opening delayed by storms</title> ¦ Quay opening delayed by storms
            only the title's last part goes, a section before it stays ¦ <title>Quay opening delayed | Harbour | Port News</title> ¦ Quay opening delayed | Harbour
            four words or fewer left may be a section's name: the title stays whole ¦ <meta property="og:site_name" content="Port News"><title>Quay delayed | Port News</title> ¦ Quay delayed | Port News
            an en dash is a separator ¦ <title>Quay opening delayed by storms – Port News</title> ¦ Quay opening delayed by storms
            so is an em dash ¦ <title>Quay opening delayed by storms — Port News</title> ¦ Quay opening delayed by storms
            and a separator between no-break spaces ¦ <title>Quay opening delayed by storms&nbsp;|&nbsp;Port News</title> ¦ Quay opening delayed by storms
            a dash inside the headline stays ¦ <title>New harbour quay opening delayed—again | Port News</title> ¦ New harbour quay opening delayed—again
            a site before a colon is cut ¦ <title>Port News: Quay opening delayed by storms</title> ¦ Quay opening delayed by storms
            a breadcrumb that lost only the site's step keeps the rest ¦ <title>Harbour / Quay opening delayed / Port News</title> ¦ Harbour / Quay opening delayed
            og:title is kept as written, site name and all ¦ <meta property="og:site_name" content="Port News"><meta property="og:title" content="Quay opening delayed | Port News"><title>Quay opening delayed | Port News</title> ¦ Quay opening delayed | Port News
            so is a JSON-LD headline ¦ <script type="application/ld+json">{"@type":"NewsArticle","headline":"Quay opening delayed - Port News","publisher":{"name":"Port News"}}</script> ¦ Quay opening delayed - Port News
            """)
    void titleRules(String rule, String head, String expected) {
        assertThat(read(head, "<h1>Quay opening delayed</h1>" + PROSE).title()).as(rule).isEqualTo(expected);
    }

    @Test
    void aPageOfFramesIsReadByItsTextForBrowsersWithoutFrames() {
        String page = "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Frameset//EN\"><html><head><title>Harbour Rowing"
                + " Club</title></head><frameset cols=\"180,*\"><frame src=\"menu.html\"><frame src=\"news.html\">"
                + "<noframes><body><h1>Harbour Rowing Club</h1>" + PROSE + "</body></noframes></frameset></html>";

        ParsedArticle article = Fixtures.FORMATS.read("club.html", page.getBytes(StandardCharsets.UTF_8)).articles()
                .getFirst();

        assertThat(article.title()).isEqualTo("Harbour Rowing Club");
        assertThat(article.body()).isEqualTo(read("", PROSE).body());
    }

    @Test
    void aHeadlineKeepsItsOwnDashWhenOnlyTheSiteIsCutOff() {
        assertThat(read("<title>Quay opening delayed - steel shortage blamed by harbour authority | Port News</title>",
                PROSE).title()).isEqualTo("Quay opening delayed - steel shortage blamed by harbour authority");
    }

    @Test
    void aPageWithoutTitleElementTakesItsH1ThenItsFirstHeading() {
        assertThat(read("", "<h1>Quay opening delayed</h1>" + PROSE).title()).isEqualTo("Quay opening delayed");
        assertThat(read("", "<h2>Quay opening delayed</h2>" + PROSE).title()).isEqualTo("Quay opening delayed");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            JSON-LD author object ¦ <script type="application/ld+json">{"@type":"Article","author":{"@type":"Person","name":"Ines Roth"}}</script> ¦ <p>x</p> ¦ Ines Roth
            JSON-LD authors in @graph ¦ <script type="application/ld+json">{"@graph":[{"@type":"BlogPosting","author":[{"name":"Ines Roth"},{"name":"Ola Berg"}]}]}</script> ¦ <p>x</p> ¦ Ines Roth, Ola Berg
            meta author ¦ <meta name="author" content="Ines Roth"> ¦ <p>x</p> ¦ Ines Roth
            Dublin Core creator ¦ <meta name="DC.creator" content="Ines Roth"> ¦ <p>x</p> ¦ Ines Roth
            rel=author link ¦ - ¦ <p class="meta">Words: <a rel="author" href="/ines">Ines Roth</a></p> ¦ Ines Roth
            byline class with By ¦ - ¦ <div class="article-byline">By Ines Roth</div> ¦ Ines Roth
            itemprop author with name ¦ - ¦ <span itemprop="author" itemscope><span itemprop="name">Ines Roth</span>, Port reporter</span> ¦ Ines Roth
            """)
    void bylineRules(String rule, String head, String marker, String expected) {
        ParsedArticle article = read(orNothing(head), "<article>" + orNothing(marker) + PROSE + "</article>");
        assertThat(article.author()).as(rule).isEqualTo(expected);
        assertThat(article.body()).as(rule).doesNotContain("By Ines", "Port reporter");
    }

    @Test
    void anAuthorPageUrlIsNoBylineSoTheMarkupIsAsked() {
        ParsedArticle article = read("<meta name=\"author\" content=\"https://social.example/inesroth\">",
                "<article><p class=\"byline\">By Ines Roth</p>" + PROSE + "</article>");

        assertThat(article.author()).isEqualTo("Ines Roth");
    }

    @Test
    void aCommentersNameIsNoByline() {
        ParsedArticle article = read("", "<article>" + PROSE + "</article><div class=\"comments\">"
                + "<span class=\"comment-author\">Mo</span><p>Nice.</p></div>");

        assertThat(article.author()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            JSON-LD publisher beats og:site_name ¦ <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","publisher":{"@type":"Organization","name":"Port News Ltd"}}</script><meta property="og:site_name" content="Port News"> ¦ Port News Ltd
            a publisher only by reference does not: reader views read none ¦ <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Organization","@id":"#org","name":"Port News Ltd"},{"@type":"NewsArticle","publisher":{"@id":"#org"}}]}</script><meta property="og:site_name" content="Port News"> ¦ Port News
            but names the site when nothing else does ¦ <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Organization","@id":"#org","name":"Port News Ltd"},{"@type":"NewsArticle","publisher":{"@id":"#org"}}]}</script> ¦ Port News Ltd
            og:site_name ¦ <meta property="og:site_name" content="Port News"> ¦ Port News
            application-name ¦ <meta name="application-name" content="Port News"> ¦ Port News
            JSON-LD WebSite name ¦ <script type="application/ld+json">{"@type":"WebSite","name":"Port News"}</script> ¦ Port News
            """)
    void siteNameRules(String rule, String head, String expected) {
        assertThat(read(head, PROSE).source()).as(rule).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            JSON-LD datePublished ¦ <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2026-05-04T10:15:00+02:00"}</script> ¦ - ¦ 2026-05-04T08:15:00Z
            article:published_time ¦ <meta property="article:published_time" content="2026-05-04T08:15:00Z"> ¦ - ¦ 2026-05-04T08:15:00Z
            parsely-pub-date ¦ <meta name="parsely-pub-date" content="2026-05-04T08:15:00Z"> ¦ - ¦ 2026-05-04T08:15:00Z
            dc.date ¦ <meta name="DC.date.issued" content="2026-05-04"> ¦ - ¦ 2026-05-04T00:00:00Z
            an offset without colon ¦ <meta name="pubdate" content="2026-05-04T10:15:00+0200"> ¦ - ¦ 2026-05-04T08:15:00Z
            microseconds and an offset without colon ¦ <meta name="pubdate" content="2026-05-04T10:15:00.123456+0200"> ¦ - ¦ 2026-05-04T08:15:00.123456Z
            a space before the offset ¦ <meta name="date" content="2026-05-04 10:15:00 +02:00"> ¦ - ¦ 2026-05-04T08:15:00Z
            time element ¦ - ¦ <time datetime="2026-05-04T08:15:00Z">4 May</time> ¦ 2026-05-04T08:15:00Z
            itemprop datePublished ¦ - ¦ <span itemprop="datePublished" content="2026-05-04">4 May 2026</span> ¦ 2026-05-04T00:00:00Z
            a written-out date ¦ - ¦ <time class="published">May 4, 2026</time> ¦ 2026-05-04T00:00:00Z
            """)
    void publicationDateRules(String rule, String head, String marker, String expected) {
        ParsedArticle article = read(orNothing(head), orNothing(marker) + PROSE);
        assertThat(article.publishedAt()).as(rule).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            html lang ¦ <html lang="pt-BR"><head></head> ¦ pt
            content-language ¦ <html><head><meta http-equiv="content-language" content="nl"></head> ¦ nl
            og:locale ¦ <html><head><meta property="og:locale" content="fr_FR"></head> ¦ fr
            JSON-LD inLanguage ¦ <html><head><script type="application/ld+json">{"@type":"Article","inLanguage":"es"}</script></head> ¦ es
            """)
    void languageRules(String rule, String start, String expected) {
        byte[] page = (start + "<body>" + PROSE + "</body></html>").getBytes(StandardCharsets.UTF_8);
        assertThat(Fixtures.FORMATS.read("page.html", page).articles().getFirst().language()).as(rule).isEqualTo(expected);
    }

    @Test
    void brokenJsonLdIsSkippedAndTheMetaTagsStillCount() {
        ParsedArticle article = read("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": </script>"
                + "<meta property=\"og:title\" content=\"Quay opening delayed\">", PROSE);

        assertThat(article.title()).isEqualTo("Quay opening delayed");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            a null among the types ¦ {"@type": [null, "NewsArticle"], "headline": "Quay opening delayed"}
            a null type ¦ [{"@type": null}, {"@type": "NewsArticle", "headline": "Quay opening delayed"}]
            a null in a graph ¦ {"@graph": [null, {"@type": "NewsArticle", "headline": "Quay opening delayed"}]}
            null fields ¦ {"@type": "NewsArticle", "headline": "Quay opening delayed", "author": null, "publisher": [null], "datePublished": null, "inLanguage": null}
            """)
    void nullsInJsonLdAreSkipped(String rule, String jsonLd) {
        ParsedArticle article = read("<script type=\"application/ld+json\">" + jsonLd + "</script>", PROSE);

        assertThat(article.title()).as(rule).isEqualTo("Quay opening delayed");
    }

    @Test
    void aSiteHeadersTaglineInsideTheTextsBoxDoesNotKeepTheHeadlineInTheText() {
        ParsedArticle article = read("<title>Quay opening delayed | Port News</title>", "<div class=\"story\"><header>"
                + "<p>Port News, the harbour's paper</p></header><h1>Steel shortage holds up the new quay</h1>" + PROSE
                + PROSE.replace("Monday", "Tuesday") + "</div>");

        assertThat(article.body()).startsWith("The harbour authority said on Monday").doesNotContain("Steel shortage");
    }

    @Test
    void withoutArticleOrMainTheScoredContainerIsTheBodyNotTheSidebar() {
        String sidebar = "<div class=\"col-right\"><ul><li><a href=\"/1\">Most read: ferry fares rise again next month</a></li>"
                + "<li><a href=\"/2\">Most read: the bridge closes for repairs</a></li></ul></div>";
        String story = "<div class=\"col-left\"><div class=\"txt\">" + PROSE.repeat(3)
                + "<p>Shipping firms, which had booked berths for July, said they would wait.</p></div></div>";

        ParsedArticle article = read("<title>Quay opening delayed</title>", sidebar + story);

        assertThat(article.body()).contains("Shipping firms, which had booked berths").doesNotContain("Most read");
    }

    @Test
    void paragraphsWrittenAsDivsAndLineBreaksAreKept() {
        String story = "<div class=\"content\"><div>The harbour authority said on Monday that the new quay would open in June.</div>"
                + "<div>Shipping firms, which had booked berths for July, said they would wait.<br>They gave no date.</div></div>";

        assertThat(read("<title>Quay opening delayed</title>", story).body()).isEqualTo("""
                The harbour authority said on Monday that the new quay would open in June.

                Shipping firms, which had booked berths for July, said they would wait.
                They gave no date.""");
    }

    @Test
    void anOldTableLayoutGivesTheArticleCellWithoutTheNavigationCell() {
        String prose = "The harbour authority said on Monday that the new quay would open in June, two months late.";
        String page = "<table><tr><td class=\"left\"><a href=\"/\">Home</a><br><a href=\"/news\">News</a></td>"
                + "<td><font size=\"2\">" + (prose + "<br><br>").repeat(4) + "</font></td></tr></table>";

        assertThat(read("<title>Quay opening delayed</title>", page).body())
                .startsWith("The harbour authority said").doesNotContain("Home", "News");
    }

    @Test
    void aPageInsideOneFormStillReads() {
        ParsedArticle article = read("<title>Quay opening delayed</title>",
                "<form id=\"aspnetForm\" action=\"/page.aspx\"><div id=\"story\">" + PROSE + "</div></form>");

        assertThat(article.body()).startsWith("The harbour authority said on Monday");
    }

    @Test
    void hiddenElementsAndNamedLinkListsInsideTheArticleAreLeftOut() {
        String story = "<article>" + PROSE + "<div style=\"display: none\">Hidden promo text</div>"
                + "<ul class=\"related-links\"><li><a href=\"/a\">Ferry fares rise</a></li><li><a href=\"/b\">Bridge"
                + " closes</a></li></ul><p hidden>Hidden paragraph</p>" + PROSE.replace("Monday", "Tuesday")
                + "</article>";

        assertThat(read("<title>Quay opening delayed</title>", story).body())
                .contains("on Monday", "on Tuesday").doesNotContain("Hidden", "Ferry fares", "Bridge closes");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            Most read ¦ <h3>Most read</h3>
            More from this section ¦ <h2>More from this section</h2>
            Related stories, in bold ¦ <p><strong>Related stories</strong></p>
            Lesen Sie auch ¦ <h4>Lesen Sie auch</h4>
            """)
    void aListOfOtherStoriesUnderAHeadingThatSaysSoIsLeftOut(String rule, String heading) {
        String story = "<article>" + PROSE + "<div>" + heading + "<ul><li><a href=\"/a\">Ferry fares to rise by ten"
                + " per cent from April</a></li><li><a href=\"/b\">Bridge over the Avon to close for repairs</a></li>"
                + "</ul></div>" + PROSE.replace("Monday", "Tuesday") + "</article>";

        assertThat(read("<title>Quay opening delayed</title>", story).body()).as(rule)
                .contains("on Monday", "on Tuesday").doesNotContain("Ferry fares", "Bridge over the Avon");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            Related research ¦ <h3>Related research</h3>
            Latest developments ¦ <h2>Latest developments</h2>
            Popular destinations along the river ¦ <h2>Popular destinations along the river</h2>
            More on the methodology ¦ <h3>More on the methodology</h3>
            a sentence that begins so ¦ <p>Latest figures, by county:</p>
            """)
    void aListUnderASectionHeadingThatOnlyBeginsLikeSuchALabelStays(String rule, String heading) {
        StringBuilder items = new StringBuilder();
        for (String item : List.of("Flood risk in small river towns, 1950-2020, a study of forty towns",
                "Sediment transport under levee failure, measured on the lower river", "Harbour walls and the"
                + " storms of the last decade, a survey for the port", "What the quay's piles are made of, and why"
                + " the steel ran short", "The council's own report on the delays to the new quay")) {
            items.append("<li><a href=\"/").append(items.length()).append("\">").append(item).append("</a></li>");
        }
        String story = "<article>" + PROSE + "<div>" + heading + "<ul>" + items + "</ul></div>"
                + PROSE.replace("Monday", "Tuesday") + "</article>";

        assertThat(read("<title>Quay opening delayed</title>", story).body()).as(rule)
                .contains("Flood risk in small river towns", "why the steel ran short");
    }

    @Test
    void aHeadlineInAScriptReaderViewsFindNoWordsInStaysInTheTextAsTheirsDoes() {
        String russian = "<p>Власти области утвердили план строительства новой поликлиники в Северогорске, которая"
                + " откроется весной будущего года.</p>";
        String story = "<article><h1>В Северогорске откроют новую поликлинику</h1>" + russian + russian + "</article>";

        assertThat(read("<title>В Северогорске откроют новую поликлинику</title>", story).body())
                .startsWith("В Северогорске откроют новую поликлинику");
        assertThat(read("<title>Quay opening delayed</title>", "<article><h1>Quay opening delayed</h1>" + PROSE
                + "</article>").body()).doesNotContain("Quay opening delayed");
    }

    @Test
    void aSectionsOwnHeaderIsItsChaptersTitleAndIntroduction() {
        String story = "<article>" + PROSE + "<section><header><h2>One: the flood</h2><p>The water rose through the"
                + " night and by morning the quay was under a metre of it.</p></header>" + PROSE.replace("Monday",
                "Tuesday") + "</section></article>";

        assertThat(read("<title>Quay opening delayed</title>", story).body())
                .contains("One: the flood", "The water rose through the night", "on Tuesday");
    }

    @Test
    void aListOfLinksTheArticleWritesIsItsOwnAsReadabilityKeepsIt() {
        String story = "<article>" + PROSE + "<div><h3>Sources</h3><ul><li><a href=\"/a\">The harbour authority's"
                + " report on the delays to the new quay</a></li><li><a href=\"/b\">The steel suppliers' statement on"
                + " the shortage</a></li></ul></div>" + PROSE.replace("Monday", "Tuesday") + "</article>";

        assertThat(read("<title>Quay opening delayed</title>", story).body())
                .contains("on Monday", "report on the delays to the new quay", "statement on the shortage");
    }

    @Test
    void aPageWithOnlyLooseTextStillYieldsAnArticle() {
        ParsedArticle article = read("<title>Notice</title>", "The quay opens in June.");

        assertThat(article.title()).isEqualTo("Notice");
        assertThat(article.body()).isEqualTo("The quay opens in June.");
    }

    @Test
    void aTitleOfOnlyPunctuationIsNoTitle() {
        assertThat(read("<title> | </title>", "<h1>-</h1><h2>Quay opening delayed</h2>" + PROSE).title())
                .isEqualTo("Quay opening delayed");
    }

    @Test
    void aPageWithNoTitleOrHeadingAtAllIsTitledByItsFirstSentence() {
        ParsedArticle article = read("", "<div>The quay opens in June. Shipping firms said they would wait for it, "
                + "as they had booked berths elsewhere.</div>");

        assertThat(article.title()).isEqualTo("The quay opens in June.");
        assertThat(article.body()).startsWith("The quay opens in June. Shipping firms");
    }

    @Test
    void anArticleInSeveralSectionsIsReadWholeNotOneSection() {
        String[] steps = {"Soak the pot in water for an hour, so that the clay does not draw the moisture out of the new soil.",
                "Fill the bottom third with gravel, then with compost mixed with a handful of sand, and press it down gently.",
                "Set the fern in the middle, fill in around the roots, and water it slowly until water runs from the base.",
                "Keep the pot out of direct sun, in a cool room, and mist the fronds every second morning for a month."};
        StringBuilder page = new StringBuilder("<div class=\"page\"><h1>How to pot a fern</h1>");
        for (int i = 0; i < steps.length; i++) {
            page.append("<div class=\"mod step\"><div class=\"stepContent\"><div class=\"content\">")
                    .append("<span class=\"head\">Step ").append(i + 1).append("</span><p>").append(steps[i])
                    .append("</p></div><figure><img src=\"s.jpg\" alt=\"\"><figcaption>Step photo</figcaption></figure></div></div>");
            if (i == 0) {
                page.append("<div class=\"mod\"><h3>Other people are reading</h3><ul><li><a href=\"/a\">Ferns for shade</a></li>"
                        + "<li><a href=\"/b\">Moss gardens</a></li></ul></div>");
            }
        }
        page.append("</div>");

        assertThat(read("<title>How to pot a fern</title>", page.toString()).body())
                .contains("Soak the pot", "Fill the bottom third", "Set the fern", "mist the fronds")
                .doesNotContain("Ferns for shade");
    }

    @Test
    void theRestOfAnArticleCollapsedBehindReadMoreIsReadAndAReadMoreLinkBoxIsNot() {
        String story = "<article><div class=\"story-body\"><p>The county council voted on Tuesday to keep the night "
                + "ferry running through the winter, after a petition signed by more than four thousand residents.</p>"
                + "<div class=\"read-more\"><a href=\"/ferry-timetable\">Read more: the full winter timetable</a></div>"
                + "<div id=\"read-more\"><div id=\"read-more-link\"><a href=\"#\">Read more</a></div>"
                + "<div id=\"read-more-content\"><p>Councillors had proposed ending the service in October to save money, "
                + "but workers on the early shifts at the hospital said they had no other way to reach the island.</p>"
                + "<p>The ferry company said it would need a larger subsidy from March, and the council agreed to "
                + "review the contract in the spring, once the passenger figures for the winter are known.</p>"
                + "</div></div></div></article>";

        assertThat(read("<title>Night ferry saved for the winter</title>", story).body())
                .contains("petition signed", "workers on the early shifts", "review the contract in the spring")
                .doesNotContain("Read more");
    }

    private static final String REST_OF_THE_STORY = ("<div class=\"par\">Councillors had proposed ending the "
            + "service in October to save money, but workers on the early shifts, nurses among them, said they had "
            + "no other way to reach the island.</div>").repeat(8);
    private static final String LEAD_IN_A_MEDIA_BOX = "<div class=\"lead-media\"><p>The county council voted on "
            + "Tuesday to keep the night ferry running through the winter, after a petition signed by four thousand "
            + "residents.</p></div>";
    private static final String SECOND_PARAGRAPH_AS_A_DIV = "<div class=\"par\">The ferry company said it would need a "
            + "larger subsidy from March, and the council agreed to review the contract in the spring.</div>";

    @Test
    void leadParagraphsWrittenAsDivsBesideTheRestOfTheArticleAreReadWithIt() {
        // a layout news sites use: the first paragraphs open the story, the rest waits in a container of its own behind
        // a "read more" button; the lead sits in a div around its one paragraph (whose class says media), the next
        // paragraph in a div of only text, both beside the container that scores best
        String story = "<div class=\"wrap\">" + LEAD_IN_A_MEDIA_BOX + SECOND_PARAGRAPH_AS_A_DIV
                + "<div class=\"read-more-button\">Read More</div>"
                + "<div class=\"read-all\">" + REST_OF_THE_STORY + "</div></div>";

        assertThat(read("<title>Night ferry saved for the winter</title>", story).body())
                .startsWith("The county council voted on Tuesday")
                .contains("\n\nThe ferry company said it would need a larger subsidy")
                .contains("workers on the early shifts")
                .doesNotContain("Read More");
    }

    @Test
    void aLeadParagraphInAMediaBoxInsideTheArticleIsNotCleanedAwayButAShortMetaLineIs() {
        String story = "<article><div class=\"story-text\">" + LEAD_IN_A_MEDIA_BOX
                + "<div class=\"meta\">5 min read. Updated on Tuesday.</div>" + SECOND_PARAGRAPH_AS_A_DIV
                + REST_OF_THE_STORY + "</div></article>";

        assertThat(read("<title>Night ferry saved for the winter</title>", story).body())
                .startsWith("The county council voted on Tuesday")
                .contains("workers on the early shifts")
                .doesNotContain("5 min read");
    }

    @Test
    void aReadMoreBoxHoldingTheRestAsDivParagraphsIsTheArticlesRest() {
        // over 500 characters before the box, so the first reading (which judges class names) is the one kept
        String story = "<article>" + SECOND_PARAGRAPH_AS_A_DIV.repeat(4) + "<div class=\"read-more\">"
                + REST_OF_THE_STORY + "</div></article>";

        assertThat(read("<title>Night ferry saved for the winter</title>", story).body())
                .contains("The ferry company said", "workers on the early shifts");
    }

    @Test
    void aPageWrappedWholeInAnAdSkinBoxIsStillReadButAnAdBoxBesideTheStoryIsNot() {
        // takeover ads style the page through a box around all of it; an ad box is furniture only when it does not
        // hold the article's headline
        String page = "<div class=\"ad-wallpaper\">"
                + "<div class=\"post\"><h1>Night ferry saved for the winter</h1>" + SECOND_PARAGRAPH_AS_A_DIV
                + "<div class=\"ad-slot\">Advertisement: winter cruises to the fjords, book now and save, offer ends "
                + "on Friday, terms apply.</div>" + REST_OF_THE_STORY + "</div></div>";

        assertThat(read("<title>Night ferry saved for the winter</title>", page).body())
                .startsWith("The ferry company said it would need a larger subsidy")
                .contains("workers on the early shifts")
                .doesNotContain("winter cruises");
    }

    @ParameterizedTest(name = "{0}: furniture {1}")
    @CsvSource({"ad-wallpaper, false", "ad-slot, false", "sponsored, false", "cookie-consent, true",
        "newsletter-signup, true", "comments-wrapper, true"})
    void onlyAnAdBoxIsLetOffForHoldingTheHeadline(String name, boolean furniture) {
        Element box = Jsoup.parse("<div class=\"" + name + "\"><h1>Night ferry saved</h1></div>").selectFirst("div");

        assertThat(PageFurniture.isFurniture(box, true, element -> false, element -> true)).isEqualTo(furniture);
    }

    @Test
    void aPageOfManyShortItemsIsReadAsItsWholeMainRegion() {
        String[][] features = {{"Route planner", "Plan a trip across the valley by bus, ferry and train, with the changes "
                + "and the walking between stops shown on one map."},
            {"Live departures", "See when the next ferry or bus leaves from any stop, updated every minute from "
                + "the operators' own timetables."},
            {"Season tickets", "Buy a weekly or monthly ticket on your phone and show it to the driver or the "
                + "ferry crew when you board."},
            {"Step-free travel", "Find the stations and piers with lifts and ramps, and the buses that kneel "
                + "for wheelchairs and prams."}};
        StringBuilder main = new StringBuilder("<main><section class=\"intro\"><header><h1>Welcome to Valley Transit</h1>"
                + "<p>Everything you need to get around the valley, in one app.</p></header></section>"
                + "<section class=\"more\"><ul class=\"features\">");
        for (String[] feature : features) {
            main.append("<li class=\"feature\"><h2>").append(feature[0]).append("</h2><p>").append(feature[1])
                    .append("</p><a href=\"/").append(feature[0].length()).append("\">Learn more</a></li>");
        }
        main.append("</ul><div class=\"notice\"><h4>Important: update the app</h4><p>The new version of the app keeps "
                + "your saved trips, tickets and favourite stops, but you need to sign in again after you update it.</p>"
                + "</div></section></main>");

        assertThat(read("<title>Valley Transit app</title>", main.toString()).body())
                .contains("Everything you need to get around", "Plan a trip across the valley", "next ferry or bus",
                        "weekly or monthly ticket", "lifts and ramps", "keeps your saved trips");
    }

    @Test
    void preformattedTextKeepsItsLinesAndTheirIndentation() {
        String body = "<article>" + PROSE + "<pre><code>def parse(s):\n    m = DATE_RE.match(s)\n    if not m:\n"
                + "        return None  \n</code></pre><p>The parser names each part of the date it reads.</p>"
                + "</article>";

        assertThat(read("<title>Quay opening delayed</title>", body).body()).contains("""

                def parse(s):
                    m = DATE_RE.match(s)
                    if not m:
                        return None

                The parser names each part""");
    }

    @Test
    void aGalleryOfCaptionsReadAsItsMainRegionLeavesOutTheMostViewedList() {
        StringBuilder main = new StringBuilder("<main><div class=\"gallery-header\"><h1>The night market returns</h1>"
                + "<p class=\"standfirst\">More than a hundred stalls filled the square on Saturday.</p></div>"
                + "<div class=\"gallery\">");
        for (String caption : List.of("Crowds under the lights shortly after the market opened at seven.",
                "A cook at the dumpling stall, one of the few traders who were also at the last market.",
                "Children watch a fire juggler near the fountain as the band tunes up.",
                "Paper lanterns on sale at a stall run by students from the art college.",
                "Stallholders pack up just after midnight, when the square empties again.")) {
            main.append("<figure><img src=\"/g.jpg\" alt=\"\"><figcaption>").append(caption)
                    .append("</figcaption></figure>");
        }
        main.append("</div><p>The market was first held in 1988.</p><section class=\"most-viewed\"><h2>Most viewed</h2>"
                + "<ol><li><a href=\"/1\">Heatwave warning extended to Tuesday</a></li>"
                + "<li><a href=\"/2\">Council approves new cycle lanes</a></li></ol></section></main>");

        assertThat(read("<title>The night market returns</title>", main.toString()).body())
                .contains("fire juggler", "Paper lanterns", "first held in 1988")
                .doesNotContain("Most viewed", "Heatwave", "cycle lanes");
    }

    @Test
    void aShortNewsItemInAMainRegionWithATeaserListStaysShort() {
        String main = "<main><article><h1>Ferry fares frozen</h1>" + PROSE + "</article><div class=\"more-news\"><ul>"
                + "<li><a href=\"/a\">Bridge repairs to start in May after a long delay over the steel contract</a></li>"
                + "<li><a href=\"/b\">The valley museum reopens its upper gallery with a show of river maps</a></li>"
                + "<li><a href=\"/c\">School bus routes change from Monday as two villages share one service</a></li>"
                + "</ul></div></main>";

        assertThat(read("<title>Ferry fares frozen</title>", main).body()).doesNotContain("Bridge repairs", "museum");
    }

    @Test
    void ofTwoBlocksThatScoreTheSameTheFirstIsTheBodyEveryTime() {
        // two notices of one short paragraph each, each in a wrapper: their containers score exactly the same
        String page = "<div><div><p>The night ferry to the island runs every hour from Monday.</p></div></div>"
                + "<div><div><p>The upper gallery of the valley museum reopens on Friday.</p></div></div>";

        // each read makes new elements with new identity hashes: a tie broken by hash order shows within a few reads
        for (int read = 0; read < 20; read++) {
            assertThat(read("<title>Notices</title>", page).body()).as("read %d", read)
                    .isEqualTo("The night ferry to the island runs every hour from Monday.");
        }
    }

    @Test
    void anArticleThatScoresTheSameAsItsFirstSectionIsReadWholeEveryTime() {
        // the first section's paragraph gives its div 5 + 8, the article 5 + 8 / 2, and the loose text after the
        // subheading (1 + 2 commas + 1) makes up the rest: the article and the div it holds tie at 13
        String page = "<article><h1>Night ferry saved</h1><div><p>The county council voted on Tuesday to keep the "
                + "night ferry to the island running through the winter, after a petition signed by more than four "
                + "thousand residents asked it to think again. Councillors had proposed ending the service in October, "
                + "to save money, but nurses on the early shifts at the hospital said that they had no other way to "
                + "reach the mainland, and the ferry company offered to run it at cost.</p></div>"
                + "<h2>What happens next</h2><div>The company said it would need a larger subsidy from March, and the "
                + "council agreed to look at the contract again in the spring, when the winter figures are known.</div>"
                + "</article>";

        for (int read = 0; read < 20; read++) {
            assertThat(read("<title>Night ferry saved</title>", page).body()).as("read %d", read)
                    .startsWith("The county council voted on Tuesday")
                    .contains("offered to run it at cost.\n\nWhat happens next\n\nThe company said")
                    .endsWith("when the winter figures are known.");
        }
    }
}
