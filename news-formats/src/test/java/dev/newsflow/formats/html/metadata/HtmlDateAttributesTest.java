package dev.newsflow.formats.html.metadata;

import dev.newsflow.formats.ParsedArticle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static dev.newsflow.formats.Fixtures.PROSE;
import static dev.newsflow.formats.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages whose scripts show the date: the machine-readable date sits in a {@code data-} attribute of the date line
 * (with its offset, or as a Unix time) while the text is empty, relative ("3 hours ago") or a wall-clock time
 * without a zone.
 */
class HtmlDateAttributesTest {

    private static final String TITLE = "<title>Quay opening delayed</title>";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            an offset in a data attribute, the clock in the text ¦ <div class="meta"><span class="author">Wen Li</span><span class="date smart-date" data-origindate="2026-05-04 14:27:02 +0800"></span><span class="date">2026-05-04 14:27:02</span></div> ¦ 2026-05-04T06:27:02Z
            Unix seconds behind a relative time ¦ <p class="byline">By Ines Roth <time class="timeago" data-timestamp="1777885950">3 hours ago</time></p> ¦ 2026-05-04T09:12:30Z
            Unix milliseconds on a date line ¦ <div class="post-meta"><span class="post-date" data-time-ms="1777885950000">Yesterday</span></div> ¦ 2026-05-04T09:12:30Z
            an ISO date for the script to format ¦ <ul class="article-info"><li class="article-date" data-date="2026-05-04T11:05:00+02:00" data-format="relative"></li></ul> ¦ 2026-05-04T09:05:00Z
            an update's attribute is not the publication's ¦ <div class="entry-meta"><span class="entry-date" data-updated-time="2026-05-06T10:00:00Z">May 4, 2026</span></div> ¦ 2026-05-04T00:00:00Z
            a last-modified attribute is the change's ¦ <div class="entry-meta"><span class="entry-date" data-lastmodtime="2026-05-06T10:00:00Z">May 4, 2026</span></div> ¦ 2026-05-04T00:00:00Z
            an edit attribute is the change's ¦ <div class="entry-meta"><span class="entry-date" data-edit-date="2026-05-06T10:00:00Z">May 4, 2026</span></div> ¦ 2026-05-04T00:00:00Z
            """)
    void aDateLineTakesTheDateItsScriptReads(String rule, String dateLine, String expected) {
        ParsedArticle article = read(TITLE, "<article><h1>Quay opening delayed</h1>" + dateLine + PROSE
                + "</article>");

        assertThat(article.publishedAt()).as(rule).isEqualTo(Instant.parse(expected));
    }
}
