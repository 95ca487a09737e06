package dev.newsflow.formats.html.metadata;

import dev.newsflow.formats.ParsedArticle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.newsflow.formats.Fixtures.PROSE;
import static dev.newsflow.formats.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The words a byline opens with besides "By": the kind of piece it is ("Guest post by", "Opinion by"), in a byline's
 * box or on a line of its own over the text; the same words in a sentence or a heading name no one.
 */
class HtmlBylineOpenersTest {

    private static final String TITLE = "<title>Quay opening delayed</title>";
    private static final String HEADLINE = "<h1>Quay opening delayed</h1>";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            a guest post's byline box ¦ <span class="byline">Guest post by Jane Doe</span>
            a guest post's line ¦ <p>A guest post by Jane Doe</p>
            an opinion piece's author box ¦ <div class="author">Opinion by Jane Doe</div>
            an opinion piece's line ¦ <p><em>Opinion by Jane Doe</em></p>
            """)
    void theKindOfPieceIsNoPartOfTheName(String rule, String byline) {
        ParsedArticle article = read(TITLE, "<article>" + HEADLINE + byline + PROSE + PROSE + "</article>");

        assertThat(article.author()).as(rule).isEqualTo("Jane Doe");
        assertThat(article.body()).as(rule).startsWith("The harbour authority").doesNotContain("Jane Doe");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            an opinion in a sentence ¦ <p>Opinion by Friday had turned against the plan.</p>
            a heading ¦ <h2>Opinion by the numbers</h2>
            a guest post in a sentence ¦ <p>Guest post by a harbour pilot, who asked not to be named.</p>
            """)
    void theSameWordsInTheTextNameNoOne(String rule, String line) {
        ParsedArticle article = read(TITLE, "<article>" + HEADLINE + line + PROSE + PROSE + "</article>");

        assertThat(article.author()).as(rule).isNull();
    }
}
