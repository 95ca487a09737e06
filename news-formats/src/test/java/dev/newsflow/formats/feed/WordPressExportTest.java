package dev.newsflow.formats.feed;

import dev.newsflow.formats.ArticleFormats;
import dev.newsflow.formats.FormatLimits;
import dev.newsflow.formats.FormatResult;
import dev.newsflow.formats.ParsedArticle;
import dev.newsflow.formats.RecordProblem;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A WordPress export (what a site's Tools → Export writes) dropped as a feed: its published posts are the articles,
 * named by their authors' names, with the paragraphs the site shows.
 */
class WordPressExportTest {

    private static final String EXPORT = """
            <?xml version="1.0" encoding="UTF-8" ?>
            <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
                xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
                xmlns:wp="http://wordpress.org/export/1.2/">
            <channel>
              <title>Harbour Gazette</title><link>https://harbour.example</link><description>Port news</description>
              <language>en-GB</language>
              <wp:wxr_version>1.2</wp:wxr_version>
              <wp:author><wp:author_login><![CDATA[iroth]]></wp:author_login>
                <wp:author_display_name><![CDATA[Ines Roth]]></wp:author_display_name></wp:author>
              <wp:author><wp:author_login><![CDATA[tom]]></wp:author_login>
                <wp:author_display_name><![CDATA[Tom Hill]]></wp:author_display_name></wp:author>
              <wp:author><wp:author_login><![CDATA[desk]]></wp:author_login>
                <wp:author_display_name><![CDATA[Staff &amp; Wire]]></wp:author_display_name></wp:author>
              %s
            </channel></rss>
            """;

    private static final String BLOCK_EDITOR_POST = """
            <item><title><![CDATA[Ferry timetable changes for the winter]]></title>
              <link>https://harbour.example/2026/12/07/ferry-timetable/</link>
              <pubDate>Mon, 07 Dec 2026 09:00:00 +0000</pubDate><dc:creator><![CDATA[iroth]]></dc:creator>
              <content:encoded><![CDATA[<!-- wp:paragraph -->
            <p>The winter ferry timetable starts on Monday, with two crossings fewer each day.</p>
            <!-- /wp:paragraph -->

            <!-- wp:paragraph -->
            <p>The harbour master said the last boat would leave at nine in the evening.</p>
            <!-- /wp:paragraph -->]]></content:encoded>
              <wp:status><![CDATA[publish]]></wp:status><wp:post_type><![CDATA[post]]></wp:post_type>
              <wp:post_password><![CDATA[]]></wp:post_password>
              <wp:comment><wp:comment_author><![CDATA[Sailor]]></wp:comment_author>
                <wp:comment_content><![CDATA[Finally some sense from the ferry company.]]></wp:comment_content></wp:comment>
            </item>""";

    private static final String CLASSIC_EDITOR_POST = """
            <item><title><![CDATA[Lighthouse reopens after repairs]]></title>
              <link>https://harbour.example/2026/12/05/lighthouse/</link>
              <pubDate>Sat, 05 Dec 2026 08:30:00 +0000</pubDate><dc:creator><![CDATA[tom]]></dc:creator>
              <content:encoded><![CDATA[The old lighthouse on the north pier reopened on Saturday after a year of repairs.

            [caption id="attachment_11" align="alignnone" width="300"]<img src="https://harbour.example/l.jpg" /> The lamp room[/caption]

            Visitors can climb the tower again from ten in the morning, the town council said.

            [embed]https://video.example/watch?v=lighthouse[/embed]]]></content:encoded>
              <wp:status><![CDATA[publish]]></wp:status><wp:post_type><![CDATA[post]]></wp:post_type>
            </item>""";

    private static final String CUSTOM_KIND_POST = """
            <item><title><![CDATA[Storm warning for the weekend]]></title>
              <link>https://harbour.example/article/storm-warning/</link>
              <pubDate>Fri, 04 Dec 2026 16:00:00 +0000</pubDate><dc:creator><![CDATA[desk]]></dc:creator>
              <content:encoded><![CDATA[<p style="text-align: center;">UPDATED 17:00</p>

            Gales of up to nine are expected on Saturday.
            Boats should stay in the harbour.

            [youtube=https://video.example/watch?v=storm]

            [caption id="attachment_9" width="300" caption="The breakwater at noon"]<img src="https://harbour.example/b.jpg"
            alt="" />[/caption]

            Use [[gallery]] to show the pictures.]]></content:encoded>
              <wp:status><![CDATA[publish]]></wp:status><wp:post_type><![CDATA[article]]></wp:post_type>
            </item>""";

    private static String item(String title, String status, String type, String password) {
        return """
                <item><title><![CDATA[%s]]></title><link>https://harbour.example/?post_type=%s&amp;p=1</link>
                  <pubDate>Mon, 30 Nov -0001 00:00:00 +0000</pubDate><dc:creator><![CDATA[iroth]]></dc:creator>
                  <content:encoded><![CDATA[<p>Words of %s that readers of the site do not see as a post.</p>]]></content:encoded>
                  <wp:status><![CDATA[%s]]></wp:status><wp:post_type><![CDATA[%s]]></wp:post_type>
                  <wp:post_password><![CDATA[%s]]></wp:post_password>
                </item>""".formatted(title, type, title, status, type, password);
    }

    private static final List<String> NOT_POSTS = List.of(
            item("Dredging plan notes", "draft", "post", ""),
            item("Subscribers' letter", "publish", "post", "harbour"),
            item("Budget embargoed", "future", "post", ""),
            item("About the Gazette", "publish", "page", ""),
            item("lighthouse", "inherit", "attachment", ""),
            item("Home", "publish", "nav_menu_item", ""),
            item("Custom Styles", "publish", "wp_global_styles", ""),
            item("Message from the contact form", "publish", "feedback", ""),
            item("Crew rota", "publish", "rota", ""));

    private static FormatResult read(String items) {
        return new ArticleFormats(FormatLimits.DEFAULTS).read("harbour-gazette.WordPress.2026-12-07.xml",
                EXPORT.formatted(items).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void onlyThePublishedPostsAreArticlesWithTheirAuthorsNamedAsTheSiteNamesThem() {
        FormatResult result = read(String.join("\n", NOT_POSTS) + BLOCK_EDITOR_POST + CLASSIC_EDITOR_POST);

        assertThat(result.problems()).isEmpty();
        assertThat(result.articles()).extracting(ParsedArticle::title)
                .containsExactly("Ferry timetable changes for the winter", "Lighthouse reopens after repairs");
        ParsedArticle ferry = result.articles().getFirst();
        assertThat(ferry.author()).isEqualTo("Ines Roth");
        assertThat(ferry.source()).isEqualTo("Harbour Gazette");
        assertThat(ferry.publishedAt()).isEqualTo(Instant.parse("2026-12-07T09:00:00Z"));
        assertThat(ferry.body()).isEqualTo("The winter ferry timetable starts on Monday, with two crossings fewer each"
                + " day.\n\nThe harbour master said the last boat would leave at nine in the evening.");
        assertThat(result.articles().get(1).author()).isEqualTo("Tom Hill");
    }

    @Test
    void aClassicEditorPostKeepsItsParagraphsAndLosesTheShortcodesOfItsMedia() {
        ParsedArticle lighthouse = read(CLASSIC_EDITOR_POST).articles().getFirst();

        assertThat(lighthouse.body()).isEqualTo("The old lighthouse on the north pier reopened on Saturday after a year"
                + " of repairs.\n\nThe lamp room\n\nVisitors can climb the tower again from ten in the morning, the"
                + " town council said.");
    }

    @Test
    void aSitesOwnKindOfPostIsReadWithItsWordsAsTheSiteShowsThem() {
        ParsedArticle storm = read(CUSTOM_KIND_POST).articles().getFirst();

        assertThat(storm.author()).isEqualTo("Staff & Wire");
        assertThat(storm.body()).isEqualTo("UPDATED 17:00\n\nGales of up to nine are expected on Saturday.\n"
                + "Boats should stay in the harbour.\n\nThe breakwater at noon\n\nUse [gallery] to show the pictures.");
    }

    @Test
    void anExportWithoutAPublishedPostSaysWhyNothingWasRead() {
        FormatResult result = read(String.join("\n", NOT_POSTS));

        assertThat(result.articles()).isEmpty();
        assertThat(result.problems()).containsExactly(RecordProblem.ofDocument("a WordPress export with no published"
                + " post: its 9 items are pages, drafts, private or protected posts, uploads, site settings or plugins'"
                + " records"));
    }
}
