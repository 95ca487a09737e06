package dev.newsflow.formats.feed;

import dev.newsflow.formats.Fixtures;
import dev.newsflow.formats.FormatException;
import dev.newsflow.formats.FormatResult;
import dev.newsflow.formats.ParsedArticle;
import dev.newsflow.formats.RecordProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeedReaderTest {

    @Test
    void everyRssItemIsAnArticleWithHtmlTurnedIntoText() {
        FormatResult result = Fixtures.read("regional.rss");

        assertThat(result.format()).isEqualTo("rss");
        assertThat(result.articles()).hasSize(3);
        ParsedArticle first = result.articles().getFirst();
        assertThat(first.title()).isEqualTo("Rowing club celebrates its centenary");
        assertThat(first.source()).isEqualTo("Lakeside Daily");
        assertThat(first.url()).isEqualTo("https://example.org/lakeside/rowing");
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2026-06-06T18:00:00Z"));
        assertThat(first.language()).isEqualTo("en");
        assertThat(first.body()).isEqualTo("""
                The rowing club on the north shore turned one hundred on Saturday.

                Former members came from across the country to race.""");
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void anItemOfAHeadlineAloneIsAnArticleWhoseTextIsTheHeadline() {
        ParsedArticle headline = Fixtures.read("regional.rss").articles().get(2);

        assertThat(headline.title()).isEqualTo("An item with no text");
        assertThat(headline.body()).isEqualTo("An item with no text");
    }

    @Test
    void anItemWithNeitherHeadlineNorTextIsAProblem() {
        String feed = "<rss version=\"2.0\"><channel><title>Lakeside Daily</title><link>https://example.org/</link>"
                + "<description>News</description><item><link>https://example.org/a</link></item></channel></rss>";

        FormatResult result = Fixtures.FORMATS.read("news.rss", feed.getBytes(StandardCharsets.UTF_8));

        assertThat(result.articles()).isEmpty();
        assertThat(result.problems()).containsExactly(RecordProblem.atIndex(0, "no title or text"));
    }

    @Test
    void atomEntriesWithAuthorAndPublishedDate() {
        FormatResult result = Fixtures.read("science.atom");

        assertThat(result.format()).isEqualTo("atom");
        ParsedArticle entry = result.articles().getFirst();
        assertThat(entry.author()).isEqualTo("Lee Chen");
        assertThat(entry.source()).isEqualTo("Campus Science Notes");
        assertThat(entry.publishedAt()).isEqualTo(Instant.parse("2026-06-30T10:00:00Z"));
        assertThat(entry.body()).startsWith("A student team launched");
    }

    @Test
    void aServersErrorWrittenBeforeTheFeedCostsNothing() {
        String feed = "<br />\n<b>Warning</b>: Undefined variable $lang in /var/www/feed.php on line 12<br />\n"
                + "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Lakeside Daily</title>"
                + "<link>https://example.org/</link><description>News</description><item><title>Rowing club turns 100"
                + "</title><description>The club celebrated on Saturday.</description></item></channel></rss>";

        FormatResult result = Fixtures.FORMATS.read("news.rss", feed.getBytes(StandardCharsets.UTF_8));

        assertThat(result.articles()).extracting(ParsedArticle::title).containsExactly("Rowing club turns 100");
    }

    @Test
    void aFeedWhoseDoctypeDeclaresEntitiesIsRefusedSoNoneIsEverResolved() {
        assertThatThrownBy(() -> Fixtures.read("xxe.rss"))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("DOCTYPE")
                .extracting(e -> ((FormatException) e).reason()).isEqualTo(FormatException.Reason.UNSAFE_XML);
    }

    @Test
    void anRss091FeedNamingNetscapesDtdIsReadWithItsHtmlEntities() {
        String feed = """
                <?xml version="1.0" encoding="ISO-8859-1"?>
                <!-- exported by the gazette's old CMS -->
                <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"
                    "http://my.netscape.com/publish/formats/rss-0.91.dtd">
                <rss version="0.91"><channel><title>Harbour&nbsp;Gazette</title><link>http://gazette.example/</link>
                <description>News from the quay</description><language>en-gb</language>
                <item><title>Caf&eacute; reopens on the quay</title><link>http://gazette.example/cafe</link>
                <description>The caf&eacute; by the ferry ramp opened again on Monday after the storm repairs.
                </description>
                </item></channel></rss>""";

        FormatResult result = Fixtures.FORMATS.read("gazette.rss", feed.getBytes(StandardCharsets.ISO_8859_1));

        ParsedArticle item = result.articles().getFirst();
        assertThat(item.title()).isEqualTo("Café reopens on the quay");
        assertThat(item.body()).isEqualTo("The café by the ferry ramp opened again on Monday after the storm repairs.");
        assertThat(item.source()).isEqualTo("Harbour\u00a0Gazette");
        assertThat(item.language()).isEqualTo("en");
    }

    @Test
    void theDtdAFeedNamesIsNeverReadEvenWhenTheFeedUsesItsEntities(@TempDir Path folder) throws Exception {
        Path dtd = Files.writeString(folder.resolve("rss.dtd"), "<!ENTITY secret \"read from the DTD\">");
        String feed = "<?xml version=\"1.0\"?>\n<!doctype rss SYSTEM '" + dtd.toUri() + "'>\n"
                + "<rss version=\"0.91\"><channel><title>Town Hall Notes</title>"
                + "<item><title>Budget vote delayed</title>"
                + "<description>Councillors postponed the vote. &secret;</description></item></channel></rss>";

        FormatResult result = Fixtures.FORMATS.read("notes.rss", feed.getBytes(StandardCharsets.UTF_8));

        assertThat(result.articles()).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo("Budget vote delayed");
            assertThat(item.body()).startsWith("Councillors postponed the vote.").doesNotContain("read from the DTD");
        });
    }

    @Test
    void anErrorAfterABlankedDoctypeStillNamesTheFilesLine() {
        String feed = "<?xml version=\"1.0\"?>\n<!DOCTYPE notes SYSTEM\n  \"notes.dtd\">\n"
                + "<notes>\n<note>hi<br></notes>";

        assertThatThrownBy(() -> Fixtures.FORMATS.read("notes.xml", feed.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(FormatException.class).hasMessageContaining("line 5")
                .extracting(e -> ((FormatException) e).reason()).isEqualTo(FormatException.Reason.MALFORMED);
    }

    @Test
    void controlCharactersXmlForbidsAreDroppedInsteadOfCostingTheFeed() {
        String feed = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel>"
                + "<title>Valley Courier</title><item><title>Bridge\u000B repairs start</title>"
                + "<description>The council met on Tuesday\u000C to plan the"
                + " repairs.\u001A</description></item></channel></rss>";

        ParsedArticle item = Fixtures.FORMATS.read("courier.rss", feed.getBytes(StandardCharsets.UTF_8)).articles()
                .getFirst();

        assertThat(item.title()).isEqualTo("Bridge repairs start");
        assertThat(item.body()).isEqualTo("The council met on Tuesday to plan the repairs.");
    }

    @Test
    void aReferenceToAControlCharacterCostsNoItem() {
        String feed = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel>"
                + "<title>Valley Courier</title><item><title>Bridge&#11; repairs start</title>"
                + "<description>The council met on Tuesday&#x8; to plan the repairs.&#0;</description></item>"
                + "<item><title>Ferry back</title><description>The ferry sails again.</description></item>"
                + "</channel></rss>";

        List<ParsedArticle> items = Fixtures.FORMATS.read("courier.rss", feed.getBytes(StandardCharsets.UTF_8))
                .articles();

        assertThat(items).extracting(ParsedArticle::title).containsExactly("Bridge repairs start", "Ferry back");
        assertThat(items.getFirst().body()).isEqualTo("The council met on Tuesday to plan the repairs.");
    }

    @Test
    void aFeedThatIsNotWellFormedIsReadAsFeedReadersReadIt() {
        String feed = """
                <?xml version="1.0" encoding="utf-8"?>
                <rss version="2.0"><channel><title>Hill Town Post</title><link>https://example.org/hill</link>
                <item><title>Library opens on Sundays</title><dc:creator>Ana Reyes</dc:creator>
                <pubDate>Mon, 02 Mar 2026 09:00:00 GMT</pubDate>
                <description>From March the library opens on Sundays.<br>The council pays for two more staff.
                </description></item>
                <item><title>Market moves to <b>the square</b></title>
                <description>Stalls move next week while the hall""";

        FormatResult result = Fixtures.FORMATS.read("hill.rss", feed.getBytes(StandardCharsets.UTF_8));

        assertThat(result.articles()).extracting(ParsedArticle::title)
                .containsExactly("Library opens on Sundays", "Market moves to the square");
        ParsedArticle first = result.articles().getFirst();
        assertThat(first.author()).as("dc:creator, its prefix never declared").isEqualTo("Ana Reyes");
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
        assertThat(first.body()).isEqualTo("""
                From March the library opens on Sundays.
                The council pays for two more staff.""");
        assertThat(result.articles().getLast().body()).isEqualTo("Stalls move next week while the hall");
    }

    @Test
    void textThatIsNeitherWellFormedNorAFeedIsStillAClearError() {
        assertThatThrownBy(() -> Fixtures.FORMATS.read("notes.xml", "<notes><note>hi<br></notes>".getBytes()))
                .isInstanceOf(FormatException.class).hasMessageContaining("not a readable RSS or Atom feed")
                .extracting(e -> ((FormatException) e).reason()).isEqualTo(FormatException.Reason.MALFORMED);
    }

    @Test
    void anItemWithOnlyADescriptionIsTitledByItsFirstSentence() {
        String feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Posts by @harbour</title>"
                + "<item><guid>https://social.example/@harbour/1</guid><description>&lt;p&gt;The morning ferry is"
                + " cancelled because of fog. The next one leaves at noon.&lt;/p&gt;</description></item>"
                + "<item><guid>https://social.example/@harbour/2</guid></item></channel></rss>";

        FormatResult result = Fixtures.FORMATS.read("posts.rss", feed.getBytes(StandardCharsets.UTF_8));

        assertThat(result.articles()).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo("The morning ferry is cancelled because of fog.");
            assertThat(item.body())
                    .isEqualTo("The morning ferry is cancelled because of fog. The next one leaves at noon.");
        });
        assertThat(result.problems()).containsExactly(RecordProblem.atIndex(1, "no title or text"));
    }

    @Test
    void titlesAtomMarksAsHtmlOrXhtmlAreReadAsTextAndTextTitlesStayAsWritten() {
        String feed = """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                <title type="html">Lake &amp;amp; Hill &lt;i&gt;Post&lt;/i&gt;</title>
                <entry><title type="html">Stocks &lt;em&gt;rally&lt;/em&gt; after &amp;quot;good&amp;quot; news</title>
                <updated>2026-03-02T09:00:00Z</updated>
                <content type="html">&lt;p&gt;Shares rose on Monday.&lt;/p&gt;</content>
                </entry>
                <entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Rates <b>held</b></div></title>
                <updated>2026-03-02T09:00:00Z</updated><summary>The bank kept its rate.</summary></entry>
                <entry><title>Why 5 &lt; 6 and &lt;b&gt; stay</title><updated>2026-03-02T09:00:00Z</updated>
                <summary>A title in plain text.</summary></entry></feed>""";

        FormatResult result = Fixtures.FORMATS.read("post.atom", feed.getBytes(StandardCharsets.UTF_8));

        assertThat(result.articles()).extracting(ParsedArticle::title)
                .containsExactly("Stocks rally after \"good\" news", "Rates held", "Why 5 < 6 and <b> stay");
        assertThat(result.articles()).extracting(ParsedArticle::source).containsOnly("Lake & Hill Post");
    }

    @Test
    void anRssTitleWithHtmlEscapedIntoItIsReadAsTextAndAnAuthorsAddressGivesItsName() {
        String feed = """
                <?xml version="1.0" encoding="utf-8"?>
                <rss version="2.0"><channel><title>Tech &amp;amp; Trade</title>
                <item><title>Chipmaker &lt;b&gt;beats&lt;/b&gt; forecasts</title>
                <author>jo@example.org (Jo Park)</author>
                <description>Revenue grew by a fifth.</description></item>
                <item><title>Q&amp;A: why 5 &lt; 6</title><author>Ann Lee &lt;ann@example.org&gt;</author>
                <description>Answers to readers.</description></item>
                <item><title>Desk notes</title><author>desk@example.org</author><description>Notes.</description></item>
                </channel></rss>""";

        FormatResult result = Fixtures.FORMATS.read("trade.rss", feed.getBytes(StandardCharsets.UTF_8));

        assertThat(result.articles()).extracting(ParsedArticle::title)
                .containsExactly("Chipmaker beats forecasts", "Q&A: why 5 < 6", "Desk notes");
        assertThat(result.articles()).extracting(ParsedArticle::author)
                .containsExactly("Jo Park", "Ann Lee", "desk@example.org");
        assertThat(result.articles().getFirst().source()).isEqualTo("Tech & Trade");
    }

    @Test
    void htmlEscapedTwiceIsReadAsHtmlWhileAnArticleAboutTagsKeepsThem() {
        String feed = """
                <rss version="2.0"><channel><title>Web Notes</title>
                <item><title>Ferry back</title><author>jo@example.org (Jos&amp;eacute; M&amp;uuml;ller)</author>
                <description>&amp;lt;p&amp;gt;The ferry &amp;lt;b&amp;gt;sails&amp;lt;/b&amp;gt; again.&amp;lt;/p&amp;gt;
                </description></item>
                <item><title>Escaped in CDATA</title>
                <description><![CDATA[&lt;p&gt;Repairs start &amp;amp; end.&lt;/p&gt;]]></description></item>
                <item><title>Dateline</title><description>&amp;lt;strong&amp;gt;PORTMELL&amp;lt;/strong&amp;gt; The quay
                opens.&amp;lt;br/&amp;gt;Steel is short.&lt;img src="https://feeds.example/pixel.gif"/&gt;</description></item>
                <item><title>Code</title><description><![CDATA[<pre><code>&lt;p&gt;Hello&lt;/p&gt;</code></pre>
                <p>Wrap text in a paragraph.</p>]]></description></item>
                <item><title>Paragraphs</title>
                <description>Wrap a paragraph in &amp;lt;p&amp;gt; and close it with &amp;lt;/p&amp;gt;.</description>
                </item>
                </channel></rss>""";

        FormatResult result = Fixtures.FORMATS.read("notes.rss", feed.getBytes(StandardCharsets.UTF_8));

        assertThat(result.articles()).extracting(ParsedArticle::body).containsExactly("The ferry sails again.",
                "Repairs start & end.", "PORTMELL The quay opens.\nSteel is short.",
                "<p>Hello</p>\n\nWrap text in a paragraph.",
                "Wrap a paragraph in <p> and close it with </p>.");
        assertThat(result.articles().getFirst().author()).isEqualTo("José Müller");
    }

    @Test
    void aDoctypeThatDeclaresEntitiesIsRefusedEvenWhenTheFeedIsNotWellFormedBeforeIt() {
        String subset = "<!DOCTYPE rss SYSTEM \"rss.dtd\" [<!ENTITY secret SYSTEM \"file:///etc/hostname\">]>";
        String rss = "<rss version=\"2.0\"><channel><title>t</title><item><title>Leak</title>"
                + "<description>&secret;</description></item></channel></rss>";
        String hidden = "<!DOCTYPE rss [<!-- ]> --><!ENTITY secret SYSTEM \"file:///etc/hostname\">]>";
        for (String feed : List.of("<?xml version=\"1.0\"?>" + subset + rss,
                "<?xml version=\"1.0\" standalone=\"maybe\"?>" + subset + rss, "x" + subset + rss,
                "<?xml version=\"1.0\"?>" + hidden + rss,
                "<?xml version=\"1.0\"?><!DOCTYPE rss [" + " ".repeat(3000) + "<!ENTITY secret \"x\">]>" + rss)) {
            assertThatThrownBy(() -> Fixtures.FORMATS.read("leak.rss", feed.getBytes(StandardCharsets.UTF_8)))
                    .as(feed).isInstanceOf(FormatException.class).hasMessageContaining("DOCTYPE")
                    .extracting(e -> ((FormatException) e).reason()).isEqualTo(FormatException.Reason.UNSAFE_XML);
        }
    }

    @Test
    void aFeedThatIsNotWellFormedIsReadForgivinglyOnlyUpToALimit() {
        String item = "<item><title>Story</title><description>One line<br>and another.</description></item>\n";
        String feed = "<rss version=\"2.0\"><channel><title>Big</title>"
                + item.repeat(LenientFeed.MAX_CHARS / item.length() + 1) + "</channel></rss>";

        assertThatThrownBy(() -> Fixtures.FORMATS.read("big.rss", feed.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(FormatException.class).hasMessageContaining("forgivingly up to 2 MB")
                .extracting(e -> ((FormatException) e).reason()).isEqualTo(FormatException.Reason.MALFORMED);
    }

    @Test
    void syndicationHintsRomeCannotReadDoNotCostTheFeed() {
        for (String hints : new String[] {"<sy:updatePeriod>Hourly</sy:updatePeriod>",
                "<sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency/>",
                "<sy:updatePeriod/><sy:updateFrequency>often</sy:updateFrequency>"}) {
            String feed = "<rss version=\"2.0\" xmlns:sy=\"http://purl.org/rss/1.0/modules/syndication/\"><channel>"
                    + "<title>Harbour News</title>" + hints + item("Quay opens in June", "Ines Roth")
                    + "</channel></rss>";

            FormatResult result = Fixtures.FORMATS.read("hints.rss", feed.getBytes(StandardCharsets.UTF_8));

            assertThat(result.articles()).as(hints).singleElement()
                    .satisfies(a -> assertThat(a.title()).isEqualTo("Quay opens in June"));
        }
    }

    @Test
    void markupNestedTensOfThousandsDeepIsAClearErrorNotAStackOverflow() {
        String feed = "<rss version=\"2.0\"><channel><title>Deep</title><item><title>Story</title><description>"
                + "<b>".repeat(30_000) + "deep" + "</b>".repeat(30_000) + "</description></item></channel></rss>";
        // JDK 24 and later refuse XML nested over 100 deep by default (then the forgiving parse reads it); JDK 21's
        // parser takes any depth, and Rome writes the markup out recursively
        String limit = System.getProperty("jdk.xml.maxElementDepth");
        System.setProperty("jdk.xml.maxElementDepth", "0");
        try {
            assertThatThrownBy(() -> Fixtures.FORMATS.read("deep.rss", feed.getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(FormatException.class).hasMessageContaining("nested too deeply")
                    .extracting(e -> ((FormatException) e).reason()).isEqualTo(FormatException.Reason.MALFORMED);
        } finally {
            if (limit == null) {
                System.clearProperty("jdk.xml.maxElementDepth");
            } else {
                System.setProperty("jdk.xml.maxElementDepth", limit);
            }
        }
    }

    @Test
    void itemDatesRomeCannotReadAreReadAsPageDatesAre() {
        String feed = """
                <?xml version="1.0" encoding="utf-8"?>
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Dates</title>
                <item><title>RFC 822</title><pubDate>Mon, 02 Mar 2026 09:00:00 +0100</pubDate>
                <description>a</description></item>
                <item><title>Database style</title><pubDate>2026-03-02 09:00:00</pubDate><description>b</description>
                </item>
                <item><title>Written out</title><dc:date>March 2, 2026</dc:date><description>c</description></item>
                <item><title>No date</title><description>d</description></item>
                </channel></rss>""";

        FormatResult result = Fixtures.FORMATS.read("dates.rss", feed.getBytes(StandardCharsets.UTF_8));

        assertThat(result.articles()).extracting(ParsedArticle::publishedAt).containsExactly(
                Instant.parse("2026-03-02T08:00:00Z"), Instant.parse("2026-03-02T09:00:00Z"),
                Instant.parse("2026-03-02T00:00:00Z"), null);
    }

    @Test
    void anAtomBodyThatSaysItIsTextKeepsItsAngleBracketsAsWords() {
        String feed = """
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Web Notes</title><id>urn:notes</id>
                <updated>2026-03-02T09:00:00Z</updated>
                <entry><title>Bold text</title><id>urn:1</id><updated>2026-03-02T09:00:00Z</updated>
                <content type="text">Wrap words in the &lt;b&gt; tag
                  to make them&#160;bold.

                Use &lt;strong&gt; when they matter.</content></entry>
                <entry><title>Lists</title><id>urn:2</id><updated>2026-03-02T09:00:00Z</updated>
                <summary type="text/plain">A list item is an &lt;li&gt; inside &lt;ul&gt;.</summary></entry>
                <entry><title>Tables</title><id>urn:3</id><updated>2026-03-02T09:00:00Z</updated>
                <content type="html">&lt;p&gt;Tables need &lt;b&gt;headers&lt;/b&gt;.&lt;/p&gt;</content></entry>
                </feed>""";

        FormatResult result = Fixtures.FORMATS.read("notes.atom", feed.getBytes(StandardCharsets.UTF_8));

        assertThat(result.articles()).extracting(ParsedArticle::body).containsExactly(
                "Wrap words in the <b> tag to make them bold.\n\nUse <strong> when they matter.",
                "A list item is an <li> inside <ul>.", "Tables need headers.");
    }

    @Test
    void anAtom03BodyIsReadAsHtmlWhateverItsMode() {
        String feed = """
                <feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Old Notes</title>
                <modified>2026-03-02T09:00:00Z</modified>
                <entry><title>Escaped</title><id>urn:1</id><issued>2026-03-02T09:00:00Z</issued>
                <content mode="escaped">&lt;p&gt;Ferries run &lt;b&gt;daily&lt;/b&gt;.&lt;/p&gt;</content></entry>
                <entry><title>Inline</title><id>urn:2</id><issued>2026-03-02T09:00:00Z</issued>
                <summary>Tom &amp; Jerry  sail.</summary></entry>
                </feed>""";

        FormatResult result = Fixtures.FORMATS.read("old.atom", feed.getBytes(StandardCharsets.UTF_8));

        assertThat(result.articles()).extracting(ParsedArticle::body)
                .containsExactly("Ferries run daily.", "Tom & Jerry sail.");
    }

    @Test
    void anAtom03TitleIsTextWhateverItsModeAndTheFeedsTitleToo() {
        String feed = """
                <feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Harbour &amp; Quay Notes</title>
                <modified>2026-03-02T09:00:00Z</modified>
                <entry><title>Tom &amp; Jerry sail</title><id>urn:1</id><summary>a</summary></entry>
                <entry><title><![CDATA[Q&A: is 5 < 6?]]></title><id>urn:2</id><summary>b</summary></entry>
                <entry><title type="text/html" mode="escaped">&lt;b&gt;Ferries&lt;/b&gt; run daily</title><id>urn:3</id>
                <summary>c</summary></entry>
                <entry><title>Why &lt;dialog&gt; matters</title><id>urn:4</id><summary>d</summary></entry>
                </feed>""";

        FormatResult result = Fixtures.FORMATS.read("old.atom", feed.getBytes(StandardCharsets.UTF_8));

        assertThat(result.articles()).extracting(ParsedArticle::title).containsExactly(
                "Tom & Jerry sail", "Q&A: is 5 < 6?", "Ferries run daily", "Why <dialog> matters");
        assertThat(result.articles()).extracting(ParsedArticle::source).containsOnly("Harbour & Quay Notes");
    }

    @Test
    void aDateWrittenInMarkupIsReadAndDoesNotCostTheOtherItemsTheirDates() {
        String feed = """
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Parish notes</title>
                <item><title>Bell tower</title><dc:date><span class="day">March 2, 2026</span></dc:date>
                <description>a</description></item>
                <item><title>Choir</title><pubDate>2026-03-04 18:30:00</pubDate><description>b</description></item>
                </channel></rss>""";

        FormatResult result = Fixtures.FORMATS.read("parish.rss", feed.getBytes(StandardCharsets.UTF_8));

        assertThat(result.articles()).extracting(ParsedArticle::publishedAt).containsExactly(
                Instant.parse("2026-03-02T00:00:00Z"), Instant.parse("2026-03-04T18:30:00Z"));
    }

    @Test
    void anRssTitleAboutATagKeepsItAndAnAuthorFieldThatIsNotOneAddressStaysAsGiven() {
        String hostile = "<@".repeat(5_000);
        String feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Web Dev Weekly</title>"
                + item("How to use the &lt;script&gt; tag in pages", "jo@example.org (Jo), ann@example.org (Ann)")
                + item("The &lt;dialog&gt; element ships", "Jo Park (Editor)")
                + item("Atom &lt;i&gt;and&lt;/i&gt; RSS", hostile.replace("<", "&lt;")) + "</channel></rss>";

        FormatResult result = Fixtures.FORMATS.read("web.rss", feed.getBytes(StandardCharsets.UTF_8));

        assertThat(result.articles()).extracting(ParsedArticle::title).containsExactly(
                "How to use the <script> tag in pages", "The <dialog> element ships", "Atom and RSS");
        assertThat(result.articles()).extracting(ParsedArticle::author).containsExactly(
                "jo@example.org (Jo), ann@example.org (Ann)", "Jo Park (Editor)", hostile);
    }

    private static String item(String title, String author) {
        return "<item><title>" + title + "</title><author>" + author + "</author><description>Notes from the week."
                + "</description></item>";
    }

    @Test
    void aPrefixDeclaredInOneItemDoesNotCountAsDeclaredInTheNext() {
        String feed = "<rss version=\"2.0\"><channel><title>Scopes</title>"
                + "<item><title>One</title>"
                + "<x:creator xmlns:x=\"http://purl.org/dc/elements/1.1/\">Ann Lee</x:creator>"
                + "<description>First<br>story.</description></item>"
                + "<item><title>Two</title><x:creator>Bo Lind</x:creator>"
                + "<description>Second story.</description></item>"
                + "</channel></rss>";

        FormatResult result = Fixtures.FORMATS.read("scopes.rss", feed.getBytes(StandardCharsets.UTF_8));

        assertThat(result.articles()).extracting(ParsedArticle::author).containsExactly("Ann Lee", null);
    }

    @Test
    void writtenDatesAreReadForTheFeedsOwnEntriesNotForEntriesNestedInThem() {
        String feed = """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Calendar</title>
                <entry><title>Fair opens</title><published>2026-03-02 09:00:00</published>
                <link rel="related"><entry><title>Last year's fair</title><published>2025-03-01</published></entry>
                </link>
                <content type="html">&lt;p&gt;The spring fair opens on the green.&lt;/p&gt;</content></entry>
                </feed>""";

        FormatResult result = Fixtures.FORMATS.read("calendar.atom", feed.getBytes(StandardCharsets.UTF_8));

        assertThat(result.articles()).singleElement().extracting(ParsedArticle::publishedAt)
                .isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
    }

    @Test
    void relativeItemLinksAreResolvedAgainstTheFeedsBaseOrItsOwnLink() {
        String rss = "<rss version=\"2.0\"><channel><title>Harbour</title><link>https://example.org/harbour/</link>"
                + "<item><title>Ferry</title><link>/news/ferry</link><description>The ferry runs.</description></item>"
                + "<item><title>Quay</title><link>quay.html</link><description>The quay opens.</description></item>"
                + "<item><title>Elsewhere</title><link>https://example.com/a</link>"
                + "<description>Far.</description></item>"
                + "</channel></rss>";
        String atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:base=\"https://example.org/blog/\">"
                + "<title>Blog</title>"
                + "<entry><title>Post</title><link href=\"posts/1\"/><updated>2026-03-02T09:00:00Z</updated>"
                + "<summary>A post.</summary></entry></feed>";

        assertThat(Fixtures.FORMATS.read("harbour.rss", rss.getBytes(StandardCharsets.UTF_8)).articles())
                .extracting(ParsedArticle::url).containsExactly("https://example.org/news/ferry",
                        "https://example.org/harbour/quay.html", "https://example.com/a");
        assertThat(Fixtures.FORMATS.read("blog.atom", atom.getBytes(StandardCharsets.UTF_8)).articles())
                .extracting(ParsedArticle::url).containsExactly("https://example.org/blog/posts/1");
        for (String base : List.of("https://example.net/notes/", "notes/")) {
            String feed = "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:base=\"" + base + "\"><title>Notes</title>"
                    + "<link rel=\"alternate\" href=\"https://example.org/\"/><entry><title>Note</title>"
                    + "<link href=\"n1.html\"/><updated>2026-03-02T09:00:00Z</updated><summary>A note.</summary>"
                    + "</entry></feed>";
            assertThat(Fixtures.FORMATS.read("notes.atom", feed.getBytes(StandardCharsets.UTF_8)).articles())
                    .as("xml:base %s", base).extracting(ParsedArticle::url).containsExactly(base.startsWith("https")
                            ? "https://example.net/notes/n1.html" : "https://example.org/notes/n1.html");
        }
    }

    @Test
    void anAtomEntrysPageIsItsFirstAlternateThatIsAWebPage() {
        String feed = """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour news</title><id>urn:harbour</id>
                <updated>2026-03-02T10:00:00Z</updated>
                <entry><title>Ferry timetable changes</title><id>urn:harbour:ferry</id>
                <updated>2026-03-02T10:00:00Z</updated>
                <link rel="alternate" type="application/json" href="https://news.example/ferry.json"/>
                <link rel="alternate" type="audio/mpeg" href="https://news.example/ferry.mp3"/>
                <link rel="alternate" type="text/html" href="https://news.example/ferry"/>
                <summary>The ferry leaves ten minutes later from Monday.</summary></entry>
                <entry><title>Quay approved</title><id>urn:harbour:quay</id><updated>2026-03-02T10:00:00Z</updated>
                <link rel="alternate" type="application/json" href="https://news.example/quay.json"/>
                <summary>Councillors voted to approve the new quay.</summary></entry>
                </feed>""";

        FormatResult result = Fixtures.FORMATS.read("harbour.atom", feed.getBytes(StandardCharsets.UTF_8));

        assertThat(result.articles()).extracting(ParsedArticle::url)
                .as("a page where there is one, else what there is")
                .containsExactly("https://news.example/ferry", "https://news.example/quay.json");
    }

    @Test
    void anEntrysOwnXmlBaseResolvesItsLinkFirst() {
        String feed = "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:base=\"https://example.org/\">"
                + "<title>Blog</title><entry xml:base=\"blog/2026/\"><title>Post</title><link href=\"post-1.html\"/>"
                + "<updated>2026-03-02T09:00:00Z</updated><summary>A post.</summary></entry>"
                + "<entry xml:base=\"https://notes.example.net/n/\"><title>Note</title><link href=\"n1.html\"/>"
                + "<updated>2026-03-02T09:00:00Z</updated><summary>A note.</summary></entry>"
                + "<entry><title>Page</title><link href=\"about.html\"/>"
                + "<updated>2026-03-02T09:00:00Z</updated><summary>A page.</summary></entry></feed>";

        assertThat(Fixtures.FORMATS.read("blog.atom", feed.getBytes(StandardCharsets.UTF_8)).articles())
                .extracting(ParsedArticle::url).containsExactly("https://example.org/blog/2026/post-1.html",
                        "https://notes.example.net/n/n1.html", "https://example.org/about.html");
        String rootless = feed.replace(" xml:base=\"https://example.org/\"><title>Blog</title>",
                "><title>Blog</title><link href=\"https://example.org/\"/>");
        assertThat(Fixtures.FORMATS.read("blog.atom", rootless.getBytes(StandardCharsets.UTF_8)).articles())
                .as("no root xml:base: the feed's link").first().extracting(ParsedArticle::url)
                .isEqualTo("https://example.org/blog/2026/post-1.html");
    }

    @Test
    void aWrittenPublicationDateComesBeforeRomesUpdateDate() {
        String feed = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Fair</title><entry><title>Fair opens</title>"
                + "<published>2026-03-02 09:00:00</published><updated>2026-03-05T09:00:00Z</updated>"
                + "<summary>The fair opens.</summary></entry><entry><title>Fair closes</title>"
                + "<updated>2026-03-09T18:00:00Z</updated><summary>The fair closes.</summary></entry></feed>";

        assertThat(Fixtures.FORMATS.read("fair.atom", feed.getBytes(StandardCharsets.UTF_8)).articles())
                .extracting(ParsedArticle::publishedAt)
                .containsExactly(Instant.parse("2026-03-02T09:00:00Z"), Instant.parse("2026-03-09T18:00:00Z"));
    }

    @Test
    void aControlCharacterDoesNotCostTheDatesRomeCannotRead() {
        String feed = "<rss version=\"2.0\"><channel><title>Ctl\u000B</title><item><title>Item</title>"
                + "<pubDate>2026-03-02 09:00:00</pubDate><description>Body\u001A text.</description></item>"
                + "</channel></rss>";

        assertThat(Fixtures.FORMATS.read("ctl.rss", feed.getBytes(StandardCharsets.UTF_8)).articles())
                .extracting(ParsedArticle::publishedAt).containsExactly(Instant.parse("2026-03-02T09:00:00Z"));
    }

    @Test
    void fullContentWithoutTextDoesNotHideTheDescriptionsWords() {
        String feed = "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>"
                + "<title>Harbour Photos</title><item><title>Storm over the quay</title>"
                + "<description>Waves broke over the quay wall on Sunday night.</description>"
                + "<content:encoded><![CDATA[<figure><img src=\"storm.jpg\"></figure>]]></content:encoded></item>"
                + "</channel></rss>";

        assertThat(Fixtures.FORMATS.read("photos.rss", feed.getBytes(StandardCharsets.UTF_8)).articles())
                .extracting(ParsedArticle::body).containsExactly("Waves broke over the quay wall on Sunday night.");
    }

    @Test
    void aDoctypeWhoseSubsetDeclaresNoEntityIsBlankedOutAndTheFeedRead() {
        String rss = "<rss version=\"2.0\"><channel><title>Lakeside Daily</title><item><title>Rowing club turns 100"
                + "</title><description>The club celebrated on Saturday.</description></item></channel></rss>";
        for (String subset : List.of("<!DOCTYPE rss [ <!-- nothing declared --> ]>",
                "<!DOCTYPE rss [<!ATTLIST item id CDATA #IMPLIED>\n<!ELEMENT rss ANY>]>",
                "<!DOCTYPE rss [\n<!-- kept for old validators; see [RSS 0.91] -->\n<?note a processing instruction?>]>",
                "<!DOCTYPE rss [" + " ".repeat(3000) + "]>")) {
            String feed = "<?xml version=\"1.0\"?>\n" + subset + "\n" + rss;

            FormatResult result = Fixtures.FORMATS.read("news.rss", feed.getBytes(StandardCharsets.UTF_8));

            assertThat(result.articles()).as(subset).extracting(ParsedArticle::title)
                    .containsExactly("Rowing club turns 100");
        }
    }

    @Test
    void aFeedRootWrittenWithoutItsNamespaceIsReadAsFeedReadersReadIt() {
        String atom = "<?xml version=\"1.0\"?>\n<feed xml:lang=\"fr\"><title>Lac Quotidien</title><entry><title>Le club"
                + " fête ses cent ans</title><link href=\"https://example.org/club\"/><updated>2026-06-06T18:00:00Z"
                + "</updated><summary>Le club a fêté samedi.</summary></entry></feed>";
        String rdf = "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><channel rdf:about="
                + "\"https://example.org/\"><title>Lakeside Daily</title><link>https://example.org/</link><description>"
                + "News</description></channel><item rdf:about=\"https://example.org/club\"><title>Rowing club turns"
                + " 100</title><link>https://example.org/club</link><description>The club celebrated on Saturday."
                + "</description></item></rdf:RDF>";

        ParsedArticle fromAtom = Fixtures.FORMATS.read("club.atom", atom.getBytes(StandardCharsets.UTF_8))
                .articles().getFirst();
        ParsedArticle fromRdf = Fixtures.FORMATS.read("club.rdf.xml", rdf.getBytes(StandardCharsets.UTF_8))
                .articles().getFirst();

        assertThat(fromAtom.title()).isEqualTo("Le club fête ses cent ans");
        assertThat(fromAtom.url()).isEqualTo("https://example.org/club");
        assertThat(fromAtom.publishedAt()).isEqualTo(Instant.parse("2026-06-06T18:00:00Z"));
        assertThat(fromAtom.language()).isEqualTo("fr");
        assertThat(fromRdf.title()).isEqualTo("Rowing club turns 100");
        assertThat(fromRdf.source()).isEqualTo("Lakeside Daily");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            an XHTML body ¦ <xhtml:body xmlns:xhtml="http://www.w3.org/1999/xhtml"><xhtml:p>The club celebrated on Saturday.</xhtml:p><xhtml:p>Members came from afar.</xhtml:p></xhtml:body> ¦ The club celebrated on Saturday.|Members came from afar.
            an Atom content of HTML ¦ <atom:content type="html">&lt;p&gt;The club celebrated on Saturday.&lt;/p&gt;</atom:content> ¦ The club celebrated on Saturday.
            an Atom summary ¦ <atom:summary>The club celebrated on Saturday.</atom:summary> ¦ The club celebrated on Saturday.
            a Dublin Core description ¦ <dc:description>The club celebrated on Saturday.</dc:description> ¦ The club celebrated on Saturday.
            """)
    void anRssItemsTextInAnotherVocabularyIsItsBody(String vocabulary, String element, String expected) {
        String feed = "<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\" xmlns:dc=\"http://purl.org/dc/"
                + "elements/1.1/\"><channel><title>Lakeside Daily</title><link>https://example.org/</link><description>"
                + "News</description><item><title>Rowing club turns 100</title>" + element + "</item></channel></rss>";

        ParsedArticle item = Fixtures.FORMATS.read("news.rss", feed.getBytes(StandardCharsets.UTF_8)).articles()
                .getFirst();

        assertThat(item.body()).as(vocabulary).isEqualTo(expected.replace("|", "\n\n"));
    }

    @Test
    void anRssTitleWithMarkupWrittenIntoItKeepsTheWordsInsideTheTags() {
        String feed = "<rss version=\"2.0\"><channel><title>Lakeside Daily</title><link>https://example.org/</link>"
                + "<description>News</description><item><title>Breaking: <i>rowing</i> club turns <b>100</b></title>"
                + "<description>The club celebrated on Saturday.</description></item><item><title>Quay &lt;em&gt;re"
                + "opens&lt;/em&gt;</title><description>The quay opened again.</description></item></channel></rss>";

        List<ParsedArticle> items = Fixtures.FORMATS.read("news.rss", feed.getBytes(StandardCharsets.UTF_8))
                .articles();

        assertThat(items).extracting(ParsedArticle::title)
                .containsExactly("Breaking: rowing club turns 100", "Quay reopens");
    }

    @Test
    void anRssItemLinkedOnlyByAnAtomLinkHasThatPage() {
        String feed = "<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\"><channel><title>Lakeside Daily"
                + "</title><link>https://example.org/</link><description>News</description><item><title>Rowing club"
                + " turns 100</title><atom:link rel=\"self\" href=\"https://example.org/feed\"/><atom:link href=\"https:"
                + "//example.org/club\"/><description>The club celebrated on Saturday.</description></item></channel>"
                + "</rss>";

        ParsedArticle item = Fixtures.FORMATS.read("news.rss", feed.getBytes(StandardCharsets.UTF_8)).articles()
                .getFirst();

        assertThat(item.url()).isEqualTo("https://example.org/club");
    }

    @Test
    void xmlThatIsNotAFeedIsAClearErrorNamingItsRootElement() {
        String sitemap = "<?xml version=\"1.0\"?><!-- generated --><urlset xmlns=\"http://www.sitemaps.org/schemas/"
                + "sitemap/0.9\"><url><loc>https://example.org/a</loc></url></urlset>";

        assertThatThrownBy(() -> Fixtures.FORMATS.read("notes.xml", "<notes><note>hi</note></notes>".getBytes()))
                .isInstanceOf(FormatException.class).hasMessageContaining("not a readable RSS or Atom feed")
                .hasMessageContaining("root element is <notes>");
        assertThatThrownBy(() -> Fixtures.FORMATS.read("sitemap.xml", sitemap.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(FormatException.class).hasMessageContaining("root element is <urlset>");
    }

    @Test
    void anEntryInAnotherLanguageThanItsFeedSaysSoWithItsOwnXmlLang() {
        String feed = "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\"><title>Lakeside Daily</title>"
                + "<entry><title>Rowing club turns 100</title><summary>The club celebrated.</summary></entry>"
                + "<entry xml:lang=\"fr\"><title>Le club fête ses cent ans</title><summary>Le club a fêté.</summary>"
                + "</entry></feed>";

        FormatResult result = Fixtures.FORMATS.read("club.atom", feed.getBytes(StandardCharsets.UTF_8));

        assertThat(result.articles()).extracting(ParsedArticle::language).containsExactly("en", "fr");
    }

    @Test
    void aFeedRootInAnotherVocabularysNamespaceIsAClearErrorNamingIt() {
        String feed = "<feed xmlns=\"https://example.org/notes\"><title>Notes</title><entry><title>Hi</title>"
                + "<link href=\"https://example.org/hi\"/></entry></feed>";

        assertThatThrownBy(() -> Fixtures.FORMATS.read("notes.atom", feed.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("root element <feed> is in the namespace https://example.org/notes, which is"
                        + " none of RSS's or Atom's");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            RSS 1.0's ¦ http://purl.org/rss/1.0/
            a made-up RSS 2.0 one ¦ http://purl.org/rss/2.0/
            XHTML's ¦ http://www.w3.org/1999/xhtml
            """)
    void anRssRootDeclaringANamespaceOfItsOwnIsReadAsRss(String which, String namespace) {
        String feed = "<rss version=\"2.0\" xmlns=\"" + namespace + "\"><channel><title>Lakeside Daily</title>"
                + "<item><title>Rowing club turns 100</title><link>https://example.org/club</link>"
                + "<description>The club celebrated on Saturday.</description></item></channel></rss>";

        ParsedArticle item = Fixtures.FORMATS.read("news.rss", feed.getBytes(StandardCharsets.UTF_8)).articles()
                .getFirst();

        assertThat(item.title()).as(which).isEqualTo("Rowing club turns 100");
        assertThat(item.source()).as(which).isEqualTo("Lakeside Daily");
    }

    @Test
    void aBulkFeedInAnotherScriptIsReadFromItsBytesWithItsLanguage() {
        StringBuilder atom = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"ru\"><title>Речной вестник</title>\n");
        int entries = 3_000;
        for (int i = 0; i < entries; i++) {
            atom.append("<entry><title>Паром номер ").append(i).append(" вышел по расписанию</title>")
                    .append("<published>2026-05-04T08:15:00Z</published><content type=\"html\">&lt;p&gt;")
                    .append("Утренний паром через реку снова ходит каждый час, сообщили в порту. ".repeat(4))
                    .append("&lt;/p&gt;</content></entry>\n");
        }
        byte[] bytes = atom.append("</feed>").toString().getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.length).as("large enough to be kept as bytes").isGreaterThan(1024 * 1024);

        FormatResult result = Fixtures.FORMATS.read("river.atom", bytes);

        assertThat(result.articles()).hasSize(entries);
        assertThat(result.articles().getLast().title()).isEqualTo("Паром номер 2999 вышел по расписанию");
        assertThat(result.articles()).allSatisfy(article -> assertThat(article.language()).isEqualTo("ru"));
    }
}
