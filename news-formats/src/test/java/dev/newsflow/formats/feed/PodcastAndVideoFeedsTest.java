package dev.newsflow.formats.feed;

import dev.newsflow.formats.ArticleFormats;
import dev.newsflow.formats.FormatLimits;
import dev.newsflow.formats.ParsedArticle;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feeds whose items carry their words and authors in the vocabularies podcasts and video sites use (iTunes, Media
 * RSS), in Atom's inherited authors, or in what .NET writes into RSS; and the languages RSS feeds declare beside
 * {@code <language>}.
 */
class PodcastAndVideoFeedsTest {

    private static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"
                 xmlns:media="http://search.yahoo.com/mrss/" xmlns:a10="http://www.w3.org/2005/Atom"
                 xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel><title>Harbour Radio</title><link>https://radio.example/</link><description>Talk</description>
            %s
            </channel></rss>""";

    private static List<ParsedArticle> read(String name, String feed) {
        return new ArticleFormats(FormatLimits.DEFAULTS).read(name, feed.getBytes(StandardCharsets.UTF_8)).articles();
    }

    private static ParsedArticle item(String item) {
        return read("radio.rss", RSS.formatted(item)).getFirst();
    }

    @Test
    void aPodcastEpisodeWithOnlyAnItunesSummaryIsReadWithItsHost() {
        ParsedArticle episode = item("""
                <item><title>Episode 12: The ferry timetable</title><description></description>
                  <itunes:author>Maren Holt</itunes:author>
                  <itunes:summary>Maren asks the harbour master why the winter ferries leave so early.</itunes:summary>
                  <enclosure url="https://radio.example/12.mp3" type="audio/mpeg" length="1"/></item>""");

        assertThat(episode.body()).isEqualTo("Maren asks the harbour master why the winter ferries leave so early.");
        assertThat(episode.author()).isEqualTo("Maren Holt");
    }

    @Test
    void anItunesSummaryWrittenInHtmlIsReadAsHtml() {
        assertThat(item("<item><title>Episode 14</title><itunes:summary><![CDATA[<p>Net makers of the <b>north</b>"
                + " quay.</p>]]></itunes:summary></item>").body()).isEqualTo("Net makers of the north quay.");
    }

    @Test
    void anItunesSubtitleIsTheTextWhenNothingElseIs() {
        assertThat(item("<item><title>Episode 13</title><itunes:subtitle>Lighthouse keepers remember.</itunes:subtitle>"
                + "</item>").body()).isEqualTo("Lighthouse keepers remember.");
    }

    @Test
    void aMediaRssDescriptionInsideItsContentIsTheText() {
        ParsedArticle clip = item("""
                <item><title>Harbour at dawn</title><media:content url="https://radio.example/dawn.mp4">
                  <media:description type="html">&lt;p&gt;Boats leave the &lt;b&gt;inner&lt;/b&gt; harbour.&lt;/p&gt;</media:description>
                </media:content></item>""");

        assertThat(clip.body()).isEqualTo("Boats leave the inner harbour.");
    }

    @Test
    void aVideoChannelsEntriesAreReadFromTheirMediaGroup() {
        List<ParsedArticle> videos = read("videos.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">
                  <title>Harbour Channel</title><author><name>Harbour Channel</name></author>
                  <entry><id>v1</id><title>Net mending, start to finish</title>
                    <link rel="alternate" href="https://video.example/watch?v=1"/>
                    <published>2026-03-02T09:00:00+00:00</published>
                    <media:group><media:title>Net mending, start to finish</media:title>
                      <media:description>Two fishers mend a torn net on the quay.
                Filmed over one morning.</media:description></media:group></entry>
                </feed>""");

        assertThat(videos).singleElement().satisfies(video -> {
            assertThat(video.body()).isEqualTo("Two fishers mend a torn net on the quay. Filmed over one morning.");
            assertThat(video.author()).isEqualTo("Harbour Channel");
        });
    }

    @Test
    void anAtomEntryWithoutAuthorsHasItsSourcesElseItsFeeds() {
        List<ParsedArticle> entries = read("notes.atom", """
                <?xml version="1.0" encoding="UTF-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Field notes</title>
                  <author><name>Ines Roth</name></author>
                  <entry><id>1</id><title>Own</title><author><name>Ola Berg</name></author><content>One.</content></entry>
                  <entry><id>2</id><title>Inherited</title><content>Two.</content></entry>
                  <entry><id>3</id><title>Copied</title><content>Three.</content>
                    <source><title>Other notes</title><author><name>Lena Voss</name></author></source></entry>
                </feed>""");

        assertThat(entries).extracting(ParsedArticle::author).containsExactly("Ola Berg", "Ines Roth", "Lena Voss");
    }

    @Test
    void everyAuthorOfAnItemIsNamedAsAPagesSeveralAuthorsAre() {
        assertThat(item("<item><title>Two voices</title><description>Text.</description>"
                + "<dc:creator>Ines Roth</dc:creator><dc:creator>Ola Berg</dc:creator></item>").author())
                .isEqualTo("Ines Roth, Ola Berg");
        assertThat(item("<item><title>One voice</title><description>Text.</description>"
                + "<author>ines@radio.example</author><dc:creator>Ines Roth</dc:creator></item>").author())
                .isEqualTo("Ines Roth");
        assertThat(item("<item><title>Same voice</title><description>Text.</description>"
                + "<dc:creator>Ines Roth</dc:creator><dc:creator>ines roth</dc:creator></item>").author())
                .isEqualTo("Ines Roth");
    }

    @Test
    void anAtomAuthorThatDotNetWritesIntoRssIsTheAuthor() {
        assertThat(item("<item><title>T</title><description>Text.</description>"
                + "<a10:author><a10:name>Maren Holt</a10:name></a10:author></item>").author()).isEqualTo("Maren Holt");
    }

    @Test
    void anRssFeedsLanguageMayBeADublinCoreElementOrAnXmlLang() {
        assertThat(read("a.rss", RSS.formatted("<dc:language>de</dc:language>"
                + "<item><title>T</title><description>Text.</description></item>")).getFirst().language())
                .isEqualTo("de");
        assertThat(read("b.rss", RSS.replace("<rss version=\"2.0\"", "<rss version=\"2.0\" xml:lang=\"es\"")
                .formatted("<item><title>T</title><description>Text.</description></item>")).getFirst().language())
                .isEqualTo("es");
    }
}
