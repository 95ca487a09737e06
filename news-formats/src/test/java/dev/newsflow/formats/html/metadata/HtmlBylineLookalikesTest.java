package dev.newsflow.formats.html.metadata;

import dev.newsflow.formats.Fixtures;
import dev.newsflow.formats.ParsedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.newsflow.formats.Fixtures.PROSE;
import static dev.newsflow.formats.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Things marked like a byline that name no author of the article: the site menu's section items and its teasers of
 * other stories, a template's empty byline that writes "By" alone, a comment counter in the byline box.
 */
class HtmlBylineLookalikesTest {

    @Test
    void aMenusSectionItemsAndTeaserBylinesAreNotTheArticlesByline() {
        ParsedArticle article = Fixtures.read("pages/menu-teaser-bylines.html").articles().getFirst();

        assertThat(article.author()).isEqualTo("Ingrid Holm");
        assertThat(article.title()).isEqualTo("Why the lighthouse keepers stayed on");
    }

    @Test
    void aBylineInTheArticlesOwnNavigationIsTheArticles() {
        ParsedArticle article = read("<title>Quay opening delayed</title>", "<article><h1>Quay opening delayed</h1>"
                + "<nav class=\"article-meta\"><span class=\"byline\">By Ines Roth</span></nav>" + PROSE + "</article>");

        assertThat(article.author()).isEqualTo("Ines Roth");
    }

    @Test
    void aBylineThatIsOnlyItsByGivesWayToTheNextOne() {
        ParsedArticle article = Fixtures.read("pages/interactive-empty-byline.html").articles().getFirst();

        assertThat(article.author()).isEqualTo("The Harbour Gazette Graphics Desk");
        assertThat(article.body()).startsWith("There are forty-one bridges");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            a byline ¦ <span class="byline">By Di Maio</span> ¦ Di Maio
            an author tag ¦ <meta name="author" content="By Di Stefano"> ¦ Di Stefano
            a byline with a colon ¦ <span class="author">By: De Luca</span> ¦ De Luca
            an author tag without its By ¦ <meta name="author" content="Di Stefano"> ¦ Di Stefano
            a byline without its By ¦ <span class="byline">Di Maio</span> ¦ Di Maio
            a byline in Italian ¦ <span class="byline">di Paola Rinaldi</span> ¦ Paola Rinaldi
            a byline in German ¦ <span class="byline">von Ines Roth</span> ¦ Ines Roth
            """)
    void aNameThatStartsWithAParticleIsAName(String rule, String byline, String expected) {
        boolean inHead = byline.startsWith("<meta");
        ParsedArticle article = read("<title>Quay opening delayed</title>" + (inHead ? byline : ""),
                "<article>" + (inHead ? "" : byline) + PROSE + "</article>");

        assertThat(article.author()).as(rule).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            a comment counter in the byline box ¦ <div class="inpost-byline-social"><a href="#comments"><span class="count">1</span></a></div>
            a byline with a colon and no name ¦ <span class="author">By:</span>
            an author tag written as By alone ¦ <meta name="author" content="By">
            a byline of By and a number ¦ <span class="byline">By 1</span>
            a byline written as By alone ¦ <span class="byline">By</span>
            a byline box holding only its time ¦ <div class="byline"><p class="publishedDate">9:39AM BST 05 May 2026</p></div>
            a byline box holding only a numeric date ¦ <div class="byline">04.05.2026 09:39</div>
            a menu item named for the authors ¦ <div class="nav_item sprite_authors"><a href="/reviews/"><span>Authors</span></a></div>
            """)
    void noNameInIt(String rule, String lookalike) {
        boolean inHead = lookalike.startsWith("<meta");
        ParsedArticle article = read("<title>Quay opening delayed</title>" + (inHead ? lookalike : ""),
                "<article>" + (inHead ? "" : lookalike) + "<p class=\"byline\">By Ines Roth</p>" + PROSE + "</article>");

        assertThat(article.author()).as(rule).isEqualTo("Ines Roth");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            a timeline of teaser articles ¦ <div class="timeline"><article class="frag"><h4><a href="/b">Ferry fares rise</a></h4><p class="byline">By <a rel="author" href="/staff/ola-berg">Ola Berg</a></p></article></div>
            a rail of cards ¦ <aside class="left-rail"><div class="card"><a href="/b">Ferry fares rise</a><span class="card-byline">By Ola Berg</span></div></aside>
            the site's top bar ¦ <div class="topbar"><a rel="author" href="/about">About the editor</a></div>
            """)
    void aBylineBeforeTheHeadlinesArticleGivesWayToTheArticlesOwn(String rule, String before) {
        ParsedArticle article = read("<title>Quay opening delayed</title>", before
                + "<main><article><h1>Quay opening delayed</h1><p class=\"byline\">By Ines Roth</p>" + PROSE
                + "</article></main>");

        assertThat(article.author()).as(rule).isEqualTo("Ines Roth");
    }

    @Test
    void aBylineOutsideTheHeadlinesArticleStandsWhenTheArticleHasNone() {
        ParsedArticle article = read("<title>Quay opening delayed</title>", "<div class=\"meta\"><p class=\"byline\">"
                + "By Ines Roth</p></div><article><h1>Quay opening delayed</h1>" + PROSE + "</article>");

        assertThat(article.author()).isEqualTo("Ines Roth");
    }
}
