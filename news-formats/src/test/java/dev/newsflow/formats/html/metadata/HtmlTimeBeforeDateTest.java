package dev.newsflow.formats.html.metadata;

import dev.newsflow.formats.ParsedArticle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static dev.newsflow.formats.Fixtures.PROSE;
import static dev.newsflow.formats.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Date lines that write the time before the date, as many US sites and German ones do ("12:02 PM EDT, Thu August 22,
 * 2024"): the time counts as it does after a date, with a zone word it knows and on the day it precedes; the line is
 * no part of the text; and a line that only says when the article was updated dates a page nothing else dates.
 */
class HtmlTimeBeforeDateTest {

    private static final String TITLE = "<title>Quay opening delayed</title>";

    private static String article(String line) {
        return "<article><h1>Quay opening delayed</h1>" + line + PROSE + "</article>";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            a.m. and a zone word ¦ <p class="date">Published 9:15 a.m. ET Aug. 22, 2024</p> ¦ 2024-08-22T13:15:00Z
            a weekday between ¦ <div class="timestamp">12:02 PM EDT, Thu August 22, 2024</div> ¦ 2024-08-22T16:02:00Z
            a date in digits ¦ <span class="dateline">14:27 GMT 22.08.2024</span> ¦ 2024-08-22T14:27:00Z
            no zone word: the day only ¦ <span class="dateline">10:30 Uhr, 12.03.2024</span> ¦ 2024-03-12T00:00:00Z
            a zone it does not know: the day only ¦ <span class="dateline">10:30 CET, 4 May 2026</span> ¦ 2026-05-04T00:00:00Z
            a publication and an update ¦ <div class="timestamp">Published 9:00 AM ET, Aug 22, 2024 | Updated 12:02 PM ET, Aug 22, 2024</div> ¦ 2024-08-22T13:00:00Z
            only an update ¦ <div class="timestamp">Updated 12:02 PM EDT, Thu August 22, 2024</div> ¦ 2024-08-22T16:02:00Z
            """)
    void aTimeWrittenBeforeItsDateDatesTheArticle(String rule, String line, String expected) {
        ParsedArticle article = read(TITLE, article(line));

        assertThat(article.publishedAt()).as(rule).isEqualTo(Instant.parse(expected));
        assertThat(article.body()).as(rule).startsWith("The harbour authority");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            with a zone word ¦ <span class="timestamp">12:37 PM ET, May 4, 2026</span> ¦ 2026-05-04T16:37:00Z
            on another day ¦ <span class="timestamp">12:37 PM ET, May 5, 2026</span> ¦ 2026-05-04T00:00:00Z
            """)
    void aDeclaredDayTakesTheTimeWrittenBeforeIt(String rule, String line, String expected) {
        ParsedArticle article = read(TITLE + "<meta name=\"DC.date.issued\" content=\"2026-05-04\">", article(line));

        assertThat(article.publishedAt()).as(rule).isEqualTo(Instant.parse(expected));
    }
}
