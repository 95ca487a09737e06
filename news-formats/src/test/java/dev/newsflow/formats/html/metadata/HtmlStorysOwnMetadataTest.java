package dev.newsflow.formats.html.metadata;

import dev.newsflow.formats.ParsedArticle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.newsflow.formats.Fixtures.PROSE;
import static dev.newsflow.formats.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What sits beside a story and is not its author, date or site: a byline box's like counter, a review's fact box, a
 * desk's credit, a rail of other stories, a schedule under the headline, a post's topic classes, a headline's end.
 */
class HtmlStorysOwnMetadataTest {

    private static final String TITLE = "<title>Quay opening delayed | Town Post</title>";
    private static final String HEADLINE = "<h1>Quay opening delayed</h1>";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", nullValues = "-", textBlock = """
            a like counter after the date ¦ <article>HEADLINE<div class="author-share"><span class="name">Ines Roth</span><span class="date">2024-03-05 14:27:02</span><a class="favor"><span class="num">74</span></a></div>PROSE</article> ¦ Ines Roth
            a comment count after the date ¦ <article>HEADLINE<div class="post-author"><span>Ines Roth</span><span>05.03.2024</span><span>3 Kommentare</span></div>PROSE</article> ¦ Ines Roth
            two writers a box links ¦ <article>HEADLINE<div class="byline">By <a href="/by/jane-doe">Jane Doe</a> and <a href="/by/omar-hill">Omar Hill</a>, with additional reporting from the city desk.</div>PROSE</article> ¦ Jane Doe, Omar Hill
            a book's fact box ¦ <article>HEADLINE<p>Autor: Juli Zeh</p><p>Verlag: Luchterhand</p><p>Seiten: 640</p>PROSE</article> ¦ -
            a play's credits ¦ <article>HEADLINE<p>Text: Bertolt Brecht | Musik: Kurt Weill</p>PROSE</article> ¦ -
            a desk's credit ¦ <article>HEADLINE<p>Autor: Redaktion Berlin</p>PROSE</article> ¦ -
            a post tagged as a discussion ¦ <h1 class="entry-title">Quay opening delayed</h1><article class="post type-post tag-panel-discussion"><div class="entry-meta"><span class="author vcard"><a href="/author/jane-doe">Jane Doe</a></span></div>PROSE</article> ¦ Jane Doe
            """)
    void theStorysAuthor(String page, String body, String author) {
        ParsedArticle article = read(TITLE, body.replace("HEADLINE", HEADLINE).replace("PROSE", PROSE + PROSE));

        assertThat(article.author()).as(page).isEqualTo(author);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", nullValues = "-", textBlock = """
            the site's name as author, a rail's teaser byline ¦ <meta property="og:site_name" content="Reuters"><meta name="author" content="Reuters"> ¦ <article>HEADLINE PROSE</article><div class="rail"><a href="/x">Bridge closes</a><span class="byline">By Jane Doe</span></div> ¦ Reuters
            a blog whose site and writer share a name ¦ <meta property="og:site_name" content="Jane Doe"><meta name="author" content="Jane Doe"> ¦ <article>HEADLINE<p>By Christmas Eve, the tulips were up.</p>PROSE</article> ¦ Jane Doe
            """)
    void anAuthorTagNamingTheSiteYieldsOnlyToTheStorysByline(String page, String head, String body, String author) {
        ParsedArticle article = read(TITLE + head, body.replace("HEADLINE", HEADLINE).replace("PROSE", PROSE + PROSE));

        assertThat(article.author()).as(page).isEqualTo(author);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", nullValues = "-", textBlock = """
            a teaser's byline and date in a rail ¦ <article>HEADLINE PROSE</article><div class="more-stories"><h3><a href="/a">Bridge closes</a></h3><p>By Jane Doe | March 3, 2021</p></div> ¦ -
            a schedule under the headline ¦ <article>HEADLINE<p>Here is the timetable.</p><ul><li>4 May 2026</li><li>Opening of the wall</li></ul>PROSE</article> ¦ -
            a short line, then a date in the text ¦ <article>HEADLINE<p>Last updated: 12 March 2024</p><p>Tickets go on sale soon.</p><p>12 April 2025</p>PROSE</article> ¦ -
            a post tagged as a discussion ¦ <h1 class="entry-title">Quay opening delayed</h1><article class="post tag-panel-discussion"><div class="entry-meta"><time class="entry-date published" datetime="2024-03-05T10:00:00Z">March 5, 2024</time></div>PROSE</article> ¦ 2024-03-05T10:00:00Z
            """)
    void theStorysDate(String page, String body, String date) {
        ParsedArticle article = read(TITLE, body.replace("HEADLINE", HEADLINE).replace("PROSE", PROSE + PROSE));

        assertThat(article.publishedAt() == null ? null : article.publishedAt().toString()).as(page).isEqualTo(date);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            a German headline's end ¦ Neue Regeln für Mieter ab Mai - Ärger im Treppenhaus
            a German headline's end with 'und' ¦ Neue Regeln für Mieter ab Mai - Streit und Ärger
            """)
    void aHeadlinesEndInGermanIsNoSiteName(String page, String title) {
        ParsedArticle article = read("<title>" + title + "</title>", "<article>" + HEADLINE + PROSE + PROSE
                + "</article>");

        assertThat(article.source()).as(page).isNull();
    }
}
