package dev.newsflow.formats.html.metadata;

import dev.newsflow.formats.ParsedArticle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static dev.newsflow.formats.Fixtures.PROSE;
import static dev.newsflow.formats.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publication times a page writes in words without a zone ("May 7, 2026 at 2:47 PM"), read in the offset the same
 * page shows its clock in elsewhere: an update line, a teaser or a comment that gives its moment with a zone in an
 * attribute and as the site's clock in its text. Embedded posts show another site's clock.
 */
class HtmlSiteClockTest {

    private static final String TITLE = "<title>Quay opening delayed</title>";
    private static final String HEADLINE = "<h1>Quay opening delayed</h1>";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            the update line shows the site's clock ¦ <meta name="article_date_original" content="Thursday, May 7, 2026,  2:47 PM"> ¦ <div id="Byline">By Dana Pike <br>on May 7, 2026 at 2:47 PM, updated <span class="updated" title="2026-05-07T20:53:29Z">May 7, 2026 at 3:53 PM</span></div> ¦ 2026-05-07T19:47:00Z
            a teaser's clock is not asked ¦ - ¦ <p class="post-date">7 May 2026, 14:47</p><aside class="related"><a href="/a">Ferry strike ends</a> <time datetime="2026-05-06T08:05:00Z">6 May 2026, 10:05</time></aside> ¦ 2026-05-07T00:00:00Z
            an offset east of UTC with seconds in the moment ¦ - ¦ <p class="post-date">May 7, 2026 at 7:47 AM</p><span class="updated" title="2026-05-07T06:53:29Z">May 7, 2026 at 8:53 AM</span> ¦ 2026-05-07T05:47:00Z
            a world clock is no date line ¦ - ¦ <p class="post-date">May 7, 2026 at 2:47 PM</p><ul><li class="world-clock" data-time="2026-05-07T12:00:00Z">Tokyo 9:00 PM</li></ul> ¦ 2026-05-07T00:00:00Z
            an event's start is no date line ¦ - ¦ <p class="post-date">May 7, 2026 at 2:47 PM</p><div data-start="2026-05-09T00:00:00Z">Doors 7:30 PM</div> ¦ 2026-05-07T00:00:00Z
            a date line whose day is not the moment's ¦ - ¦ <p class="post-date">May 7, 2026 at 2:47 PM</p><span class="updated" title="2026-05-07T20:53:29Z">May 9, 2026 at 3:53 PM</span> ¦ 2026-05-07T00:00:00Z
            an offset east of +12:00 ¦ - ¦ <p class="post-date">May 8, 2026 at 9:47 AM</p><span class="updated" title="2026-05-07T20:53:00Z">May 8, 2026 at 9:53 AM</span> ¦ 2026-05-07T20:47:00Z
            a zone word not known gives the day ¦ - ¦ <p class="post-date">May 7, 2026 2:47 PM QQT</p><span class="updated" title="2026-05-07T20:53:29Z">May 7, 2026 at 3:53 PM</span> ¦ 2026-05-07T00:00:00Z
            a zone the JDK names is its own ¦ - ¦ <p class="post-date">May 7, 2026 2:47 PM CET</p><span class="updated" title="2026-05-07T20:53:29Z">May 7, 2026 at 3:53 PM</span> ¦ 2026-05-07T13:47:00Z
            a byline's word after the time is no zone ¦ - ¦ <p class="post-date">May 7, 2026 2:47 PM BY DANA PIKE</p><span class="updated" title="2026-05-07T20:53:29Z">May 7, 2026 at 3:53 PM</span> ¦ 2026-05-07T19:47:00Z
            a place's word after the time is no zone ¦ - ¦ <p class="post-date">MAY 7, 2026 2:47 PM AT CITY HALL</p><span class="updated" title="2026-05-07T20:53:29Z">May 7, 2026 at 3:53 PM</span> ¦ 2026-05-07T19:47:00Z
            a zone word in the declaration ¦ <meta name="article_date_original" content="Thursday, May 7, 2026, 2:47 PM EDT"> ¦ <p class="byline">By Dana Pike</p> ¦ 2026-05-07T18:47:00Z
            an embedded post's clock is not the site's ¦ <meta name="publish-date" content="May 7, 2026"> ¦ <span class="article-published-date">May 7, 2026 @ 3:53 PM</span><blockquote class="instagram-media"><p>A post shared by the harbour</p><time datetime="2026-05-05T17:10:10+00:00">May 5, 2026 at 10:10am</time></blockquote> ¦ 2026-05-07T00:00:00Z
            no clock shown anywhere: the day ¦ <meta name="article_date_original" content="Thursday, May 7, 2026,  2:47 PM"> ¦ <span class="updated" title="2026-05-07T20:53:29Z">May 7, 2026</span> ¦ 2026-05-07T00:00:00Z
            """)
    void aTimeWithoutZoneIsReadInTheSitesClock(String rule, String head, String dateLines, String expected) {
        ParsedArticle article = read(TITLE + (head.equals("-") ? "" : head),
                "<article>" + HEADLINE + dateLines + PROSE + "</article>");

        assertThat(article.publishedAt()).as(rule).isEqualTo(Instant.parse(expected));
    }
}
