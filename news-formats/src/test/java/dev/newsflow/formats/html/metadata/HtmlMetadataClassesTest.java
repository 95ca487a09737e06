package dev.newsflow.formats.html.metadata;

import dev.newsflow.formats.Fixtures;
import dev.newsflow.formats.ParsedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static dev.newsflow.formats.Fixtures.PROSE;
import static dev.newsflow.formats.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bylines, dates and site names in the shapes real pages write them that the simple rules in
 * {@link HtmlExtractionRulesTest} miss: references inside a JSON-LD graph, Parse.ly's object tag, unmarked
 * "By" lines, dates written out in words, and look-alikes that are not the article's.
 */
class HtmlMetadataClassesTest {

    @Test
    void aWordPressGraphNamesAuthorPublisherAndDateByReference() {
        ParsedArticle article = Fixtures.read("pages/wordpress-graph.html").articles().getFirst();

        assertThat(article.title()).isEqualTo("Ferry timetable cut for the winter");
        assertThat(article.author()).isEqualTo("Maren Solberg");
        assertThat(article.source()).isEqualTo("Northshore Courier");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2026-10-02T07:40:11Z"));
        assertThat(article.body()).startsWith("The island ferry will run two crossings")
                .endsWith("finish their training.")
                .doesNotContain("Sign in", "Most read", "Posted on", "Share this", "Harbourwatcher", "Copyright");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            a By line of its own ¦ <p>By Ines Roth</p> ¦ Ines Roth
            a By line in capitals with a role and a date ¦ <div>By INES ROTH, Port reporter | 4 May 2026</div> ¦ INES ROTH
            a By line of two names ¦ <p><strong>By Ines Roth and Ola Berg</strong></p> ¦ Ines Roth and Ola Berg
            rel=author among other link types ¦ <p>Words: <a rel="author external" href="/ines">Ines Roth</a></p> ¦ Ines Roth
            a Written by line ¦ <p>Written by Ines Roth</p> ¦ Ines Roth
            a Story by line ¦ <div class="story-credit">Story by Ines Roth</div> ¦ Ines Roth
            a Words by line with the photographer ¦ <p class="credit">Words by Ines Roth | Photography by Ola Berg</p> ¦ Ines Roth
            a German line ¦ <p>Von Ines Roth</p> ¦ Ines Roth
            a French line ¦ <p class="signature">Par Ines Roth</p> ¦ Ines Roth
            a French line of two names ¦ <p class="signature">Par Ines Roth et Ola Berg</p> ¦ Ines Roth et Ola Berg
            a German line of two names ¦ <p>Von Ines Roth und Ola Berg</p> ¦ Ines Roth und Ola Berg
            a Spanish line of two names ¦ <p>Por Ines Roth y Ola Berg</p> ¦ Ines Roth y Ola Berg
            a Swedish line ¦ <p>Av Ines Roth</p> ¦ Ines Roth
            a Swedish line of two names ¦ <p>Av Ines Roth och Ola Berg</p> ¦ Ines Roth och Ola Berg
            a Danish byline ¦ <span class="byline">Af Ines Roth</span> ¦ Ines Roth
            a name and the paper ¦ <p>By Ines Roth, Harbour Times</p> ¦ Ines Roth
            an old page's font line ¦ <font size="1">By Ines Roth, Port Reporter<br>Thursday, May 7, 2026</font> ¦ Ines Roth
            """)
    void unmarkedAndLooselyMarkedBylines(String rule, String marker, String expected) {
        ParsedArticle article = read("<title>Quay opening delayed</title>", "<article>" + marker + PROSE + "</article>");

        assertThat(article.author()).as(rule).isEqualTo(expected);
        assertThat(article.body()).as(rule).startsWith("The harbour authority").doesNotContain("Ines", "INES");
    }

    @Test
    void aBlogPostsTitleUnderTheBlogsHeadingOwnsTheAuthorAndDateInItsFooter() {
        ParsedArticle article = read("<title>Harbour Notes: Quay opening delayed</title>"
                + "<meta property=\"og:title\" content=\"Quay opening delayed\">",
                "<header><h1 class=\"title\"><a href=\"/\">Harbour Notes</a></h1></header>"
                + "<div class=\"post hentry\"><h3 class=\"post-title entry-title\">Quay opening delayed</h3>"
                + "<div class=\"post-body entry-content\">" + PROSE + PROSE.replace("June", "July") + "</div>"
                + "<div class=\"post-footer\"><span class=\"post-author vcard\">Posted by <span class=\"fn\">"
                + "<a rel=\"author\" href=\"/profile/1\">Ines Roth</a></span></span> <span class=\"post-timestamp\">"
                + "at <abbr class=\"published\" title=\"2026-05-04T18:42:00Z\">18:42</abbr></span></div></div>"
                + "<div class=\"sidebar\"><h2>Popular posts</h2><ul><li><a href=\"/a\">Ferry timetable cut</a></li>"
                + "</ul></div>");

        assertThat(article.author()).isEqualTo("Ines Roth");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2026-05-04T18:42:00Z"));
    }

    @Test
    void aSentenceOpeningWithByIsNoByline() {
        ParsedArticle article = read("", "<article><p>By Monday the council had agreed to pay.</p>" + PROSE + "</article>");

        assertThat(article.author()).isNull();
        assertThat(article.body()).startsWith("By Monday the council had agreed to pay.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            a film's credits over the review ¦ <ul class="credits"><li>Directed by Ines Roth</li><li>Written by Ola Berg</li><li>Starring Siri Aune</li></ul>
            a song's lyricist in the text ¦ <p>The harbour authority said on Monday that the new quay would open in June, two months later than planned.</p><p>The festival's organisers said the song would close the night, as it has every year since the harbour reopened.</p><p>Words by Ola Berg</p>
            a subheading in title case ¦ <p>The harbour authority said on Monday that the new quay would open in June, two months later than planned.</p><p>The festival's organisers said the song would close the night, as it has every year since the harbour reopened.</p><p><strong>Par For The Course</strong></p>
            a German phrase of two nouns joined by und ¦ <p>Von Mäusen und Menschen</p>
            two places joined by und ¦ <p>Von Kiel und Rostock</p>
            a Spanish phrase joined by y ¦ <p>Por Tierra y Mar</p>
            """)
    void creditsAndSubheadingsAreNoByline(String rule, String lines) {
        ParsedArticle article = read("<title>Quay opening delayed</title>", "<article>" + lines + PROSE + "</article>");

        assertThat(article.author()).as(rule).isNull();
    }

    @Test
    void aWrittenByLineUnderAStandfirstNamesTheWriter() {
        ParsedArticle article = read("<title>Quay opening delayed</title>", "<article><h1>Stung by criticism, council"
                + " delays quay</h1><p class=\"standfirst\">The harbour council has put off the opening of the new quay"
                + " for a third time, blaming a shortage of steel.</p><p>Written by Ines Roth</p>" + PROSE + "</article>");

        assertThat(article.author()).isEqualTo("Ines Roth");
        assertThat(article.body()).doesNotContain("Written by");
    }

    @Test
    void aWritersLineBesideThePhotographersNamesTheWriterAndNeitherIsText() {
        ParsedArticle article = read("<title>Quay opening delayed</title>", "<article><p>Words by Ines Roth</p>"
                + "<p>Photos by Ola Berg</p>" + PROSE + "<figure><img src=\"q.jpg\" alt=\"\"><figcaption>Photo by Siri"
                + " Aune</figcaption></figure></article>");

        assertThat(article.author()).isEqualTo("Ines Roth");
        assertThat(article.body()).startsWith("The harbour authority").endsWith("Photo by Siri Aune");
    }

    @Test
    void aGermanSentenceOpeningWithVonIsNoByline() {
        ParsedArticle article = read("", "<article><p>Von Seiten der Regierung hieß es, man prüfe den Plan.</p>"
                + PROSE + "</article>");

        assertThat(article.author()).isNull();
        assertThat(article.body()).startsWith("Von Seiten der Regierung hieß es, man prüfe den Plan.");
    }

    @Test
    void aLogInBoxWhoseIdSaysAuthorizationIsNoByline() {
        ParsedArticle article = read("", "<div id=\"authorization\"><a href=\"/in\">Sign in</a> | Register</div>"
                + "<article><p class=\"byline\">By Ines Roth</p>" + PROSE + "</article>");

        assertThat(article.author()).isEqualTo("Ines Roth");
    }

    @Test
    void parselysObjectTagGivesAuthorsAndDate() {
        ParsedArticle article = read("<meta name=\"parsely-page\" content='{\"title\":\"Quay opening delayed\","
                + "\"pub_date\":\"2026-05-04T08:15:00Z\",\"authors\":[\"Ines Roth\",\"Ola Berg\"]}'>", PROSE);

        assertThat(article.author()).isEqualTo("Ines Roth, Ola Berg");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2026-05-04T08:15:00Z"));
    }

    @Test
    void aMetaDateThatIsNoDateGivesWayToTheNextOne() {
        ParsedArticle article = read("<meta name=\"pubdate\" content=\"today\"><meta name=\"DC.date\" content=\"2026-05-04\">",
                PROSE);

        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2026-05-04T00:00:00Z"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            abbreviated month with a dot ¦ <time>Oct. 12, 2025</time> ¦ 2025-10-12
            ordinal day ¦ <time>12th October 2025</time> ¦ 2025-10-12
            weekday and abbreviated month ¦ <time>Sun, 12 Oct 2025</time> ¦ 2025-10-12
            slashes ¦ <time>2025/10/12</time> ¦ 2025-10-12
            a time after the date ¦ <time>October 12, 2025 at 10:15 am</time> ¦ 2025-10-12
            an email-style date with its time ¦ <time>Sun, 12 Oct 2025 08:15:00 GMT</time> ¦ 2025-10-12T08:15:00Z
            a date in a title attribute ¦ <span class="dateline" title="2025-10-12T08:15:00Z"></span> ¦ 2025-10-12T08:15:00Z
            a class that names the publication date ¦ <span class="post-date">12 October 2025</span> ¦ 2025-10-12
            """)
    void datesWrittenOut(String rule, String marker, String expected) {
        Instant want = expected.length() == 10 ? Instant.parse(expected + "T00:00:00Z") : Instant.parse(expected);

        assertThat(read("", "<article>" + marker + PROSE + "</article>").publishedAt()).as(rule).isEqualTo(want);
    }

    @Test
    void theArticlesOwnTimeBeatsOneInAListBeforeIt() {
        ParsedArticle article = read("", "<div class=\"most-read\"><a href=\"/b\">Bridge toll</a>"
                + "<time datetime=\"2026-04-28T10:00:00Z\">28 April</time></div>"
                + "<article><time datetime=\"2026-05-04T08:15:00Z\">4 May</time>" + PROSE + "</article>");

        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2026-05-04T08:15:00Z"));
    }

    @Test
    void aCommentsDateIsNotTheArticles() {
        ParsedArticle article = read("", "<article>" + PROSE + "</article><div class=\"comments\"><p>Nice.</p>"
                + "<time datetime=\"2026-05-05T08:15:00Z\">5 May</time></div>");

        assertThat(article.publishedAt()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            German Kommentare ¦ <section class="kommentare"><div><span class="author">Horst Weber</span> <time datetime="2026-05-05T08:15:00Z">5. Mai</time><p>Endlich.</p></div></section>
            Spanish comentarios ¦ <div id="comentarios"><div><span class="author">Pedro Ruiz</span> <time datetime="2026-05-05T08:15:00Z">5 may</time><p>Por fin.</p></div></div>
            Dutch reacties ¦ <div class="reacties-lijst"><div><span class="author">Kees Bakker</span> <time datetime="2026-05-05T08:15:00Z">5 mei</time><p>Eindelijk.</p></div></div>
            responses of readers ¦ <div class="responses"><div><a class="author" href="/u/pete">Pete Grainger</a> <time datetime="2026-05-05T08:15:00Z">May 5</time><p>At last.</p></div></div>
            a schema.org Comment ¦ <div class="thread"><div itemprop="comment" itemscope itemtype="https://schema.org/Comment"><div itemprop="author" itemscope><span itemprop="name">Pete Grainger</span></div><meta itemprop="datePublished" content="2026-05-05T08:15:00Z"><p itemprop="text">At last.</p></div></div>
            """)
    void aCommentersNameAndDateAreNotTheArticlesInAnyLanguage(String rule, String comments) {
        ParsedArticle article = read("", "<article><h1>Quay opening delayed</h1>" + PROSE + "</article>" + comments);

        assertThat(article.author()).as(rule).isNull();
        assertThat(article.publishedAt()).as(rule).isNull();
    }

    @Test
    void aBylineInABoxOfAnOpinionPieceNamedKommentarIsTheArticles() {
        // German and Polish call an opinion piece a Kommentar, komentarz: only the plural names the readers' comments
        ParsedArticle article = read("", "<div class=\"kommentar-kopf\"><h1>Die Brücke muss warten</h1></div>"
                + "<div class=\"kommentar-autor\"><span class=\"author\">Ines Roth</span></div>" + PROSE);

        assertThat(article.author()).isEqualTo("Ines Roth");
    }
}
