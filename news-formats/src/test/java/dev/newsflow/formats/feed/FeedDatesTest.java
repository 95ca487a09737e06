package dev.newsflow.formats.feed;

import dev.newsflow.formats.Fixtures;
import dev.newsflow.formats.ParsedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An item's date as generators write it keeps its time as feed readers keep it: beyond what Rome reads, and where
 * Rome's lenient masks would move it.
 */
class FeedDatesTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            an offset with a colon ¦ Mon, 02 Mar 2026 09:00:00 +01:00 ¦ 2026-03-02T08:00:00Z
            the month before the day ¦ Mon, Mar 02 2026 09:00:00 GMT ¦ 2026-03-02T09:00:00Z
            a fraction of a second ¦ Mon, 02 Mar 2026 09:00:00.000 GMT ¦ 2026-03-02T09:00:00Z
            an offset after GMT ¦ Mon, 02 Mar 2026 09:00:00 GMT-5 ¦ 2026-03-02T14:00:00Z
            a zone only Rome places ¦ Thu, 28 May 2026 12:00:00 Irish Standard Time ¦ 2026-05-28T11:00:00Z
            a military letter, which RFC 5322 reads as -0000 ¦ Thu, 28 May 2026 12:00:00 A ¦ 2026-05-28T12:00:00Z
            no zone at all, RFC 5322's -0000 too ¦ Thu, 28 May 2026 12:00:00 ¦ 2026-05-28T12:00:00Z
            a two-digit year and unpadded fields, as Rome reads them ¦ Thu, 28 May 26 9:5:0 GMT ¦ 2026-05-28T09:05:00Z
            a word of local time after the time: the day ¦ Thu, 28 May 2026 12:00 Uhr ¦ 2026-05-28T00:00:00Z
            a zone this reader does not know: the day ¦ Thu, 28 May 2026 12:00:00 MESZ ¦ 2026-05-28T00:00:00Z
            a 12-hour clock without a zone, no RFC 822: the day ¦ Thu, 28 May 2026 09:15 PM ¦ 2026-05-28T00:00:00Z
            a date written in words without a zone: the day ¦ 28 mai 2026 à 12:00 ¦ 2026-05-28T00:00:00Z
            """)
    void anItemsDateKeepsItsTime(String rule, String pubDate, String expected) {
        String feed = """
                <?xml version="1.0" encoding="utf-8"?>
                <rss version="2.0"><channel><title>Harbour news</title><link>https://news.example/</link>
                <item><title>Ferry timetable changes</title><link>https://news.example/ferry</link>
                <pubDate>%s</pubDate><description>The ferry leaves ten minutes later from Monday.</description></item>
                </channel></rss>""".formatted(pubDate);

        ParsedArticle item = Fixtures.FORMATS.read("harbour.rss", feed.getBytes(StandardCharsets.UTF_8)).articles()
                .getFirst();

        assertThat(item.publishedAt()).as(rule).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            an ordinal day Rome rolls into 2030 ¦ 2003-335
            a compact ordinal day Rome reads as year 2003335 ¦ 2003335
            a two-digit year Rome reads as year 3 ¦ 03-12-31
            a compact two-digit year Rome reads as year 31231 ¦ 031231
            """)
    void aDateWrittenInAShapeNoReaderHereReadsGivesNoDateRatherThanRomesGuess(String rule, String written) {
        String feed = """
                <?xml version="1.0" encoding="utf-8"?>
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Harbour news</title>
                <item><title>Ferry timetable changes</title><link>https://news.example/ferry</link>
                <dc:date>%s</dc:date><description>The ferry leaves ten minutes later from Monday.</description></item>
                </channel></rss>""".formatted(written);

        ParsedArticle item = Fixtures.FORMATS.read("harbour.rss", feed.getBytes(StandardCharsets.UTF_8)).articles()
                .getFirst();

        assertThat(item.publishedAt()).as(rule).isNull();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            microseconds, not two minutes more ¦ 2026-03-02T09:00:00.123456+00:00 ¦ 2026-03-02T09:00:00.123456Z
            nanoseconds, not a day more ¦ 2026-03-02T09:00:00.123456789Z ¦ 2026-03-02T09:00:00.123456789Z
            a tenth of a second, not a thousandth ¦ 2026-03-02T09:00:00.5Z ¦ 2026-03-02T09:00:00.500Z
            """)
    void anAtomEntrysFractionOfASecondIsReadAsOne(String rule, String published, String expected) {
        String feed = """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour news</title><id>urn:harbour</id>
                <updated>2026-03-02T10:00:00Z</updated>
                <entry><title>Ferry timetable changes</title><id>urn:harbour:ferry</id>
                <link href="https://news.example/ferry"/><published>%s</published><updated>%s</updated>
                <summary>The ferry leaves ten minutes later from Monday.</summary></entry>
                </feed>""".formatted(published, published);

        ParsedArticle entry = Fixtures.FORMATS.read("harbour.atom", feed.getBytes(StandardCharsets.UTF_8)).articles()
                .getFirst();

        assertThat(entry.publishedAt()).as(rule).isEqualTo(Instant.parse(expected));
    }

    @Test
    void anItemIsDatedByItsOwnDatesOnlyAndByTheOneThatGivesATime() {
        String feed = """
                <?xml version="1.0" encoding="utf-8"?>
                <rss version="2.0" xmlns:ev="http://purl.org/rss/1.0/modules/event/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Harbour news</title>
                <item><title>Regatta announced</title><ev:startdate>2027-06-01</ev:startdate>
                <ev:date>2027-06-01</ev:date><pubDate>Mon, 02 Mar 2026 09:00:00 GMT</pubDate>
                <description>The regatta returns next June.</description></item>
                <item><title>Ferry timetable changes</title><pubDate>Mon, 02 Mar 2026 09:00</pubDate>
                <dc:date>2026-03-02T09:00:00+01:00</dc:date><description>The ferry leaves later.</description></item>
                <item><title>Quay approved</title><pubDate>Mon, 02 Mar 2026 09:00 PM</pubDate>
                <dc:date>2026-03-02T21:00:00+01:00</dc:date><description>The quay is approved.</description></item>
                </channel></rss>""";

        List<Instant> dates = Fixtures.FORMATS.read("harbour.rss", feed.getBytes(StandardCharsets.UTF_8)).articles()
                .stream().map(ParsedArticle::publishedAt).toList();

        assertThat(dates).as("an event's date is not the item's; a date with its time before one of a day alone")
                .containsExactly(Instant.parse("2026-03-02T09:00:00Z"), Instant.parse("2026-03-02T08:00:00Z"),
                        Instant.parse("2026-03-02T20:00:00Z"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("feedsInTheirVocabularies")
    void anItemsOwnDateIsReadInTheVocabulariesFeedsUse(String feed, String xml, String expected) {
        ParsedArticle item = Fixtures.FORMATS.read("harbour.xml", xml.getBytes(StandardCharsets.UTF_8)).articles()
                .getFirst();

        assertThat(item.publishedAt()).as(feed).isEqualTo(Instant.parse(expected));
    }

    static Stream<Arguments> feedsInTheirVocabularies() {
        return Stream.of(Arguments.of("RSS 1.0 with Dublin Core's namespace written without its slash", """
                        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
                                 xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1">
                        <channel rdf:about="https://news.example/"><title>Harbour news</title>
                        <link>https://news.example/</link><description>d</description></channel>
                        <item rdf:about="https://news.example/ferry"><title>Ferry timetable changes</title>
                        <link>https://news.example/ferry</link><description>The ferry leaves later.</description>
                        <dc:date>2026-03-02T09:00:00+01:00</dc:date></item></rdf:RDF>""", "2026-03-02T08:00:00Z"),
                Arguments.of("RSS 2.0 in UserLand's namespace", """
                        <rss version="2.0" xmlns="http://backend.userland.com/rss2"><channel><title>Harbour news</title>
                        <item><title>Ferry timetable changes</title><pubDate>2026-03-02 09:00:00</pubDate>
                        <description>The ferry leaves later.</description></item></channel></rss>""",
                        "2026-03-02T09:00:00Z"),
                Arguments.of("midnight UTC written as 01:00 +0100 is a time", """
                        <rss version="2.0" xmlns:dcterms="http://purl.org/dc/terms/">
                        <channel><title>Harbour news</title><item><title>Ferry timetable changes</title>
                        <pubDate>Mon, 02 Mar 2026 01:00:00 +0100</pubDate>
                        <dcterms:created>2019-06-01T10:00:00Z</dcterms:created>
                        <description>The ferry leaves later.</description></item></channel></rss>""",
                        "2026-03-02T00:00:00Z"));
    }
}
