package dev.newsflow.formats.html.metadata;

import dev.newsflow.formats.ParsedArticle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.newsflow.formats.Fixtures.PROSE;
import static dev.newsflow.formats.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The words a byline opens with besides "By": the kind of piece it is ("Guest post by"; "Opinion by" only in a box
 * marked as the byline), or a phrase another language writes for it ("A cura di", "Propos recueillis par"), in a
 * byline's box or on a line of its own over the text; the same words in a sentence or a heading name no one.
 */
class HtmlBylineOpenersTest {

    private static final String TITLE = "<title>Quay opening delayed</title>";
    private static final String HEADLINE = "<h1>Quay opening delayed</h1>";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            a guest post's byline box ¦ <span class="byline">Guest post by Jane Doe</span>
            a guest post's line ¦ <p>A guest post by Jane Doe</p>
            an opinion piece's author box ¦ <div class="author">Opinion by Jane Doe</div>
            """)
    void theKindOfPieceIsNoPartOfTheName(String rule, String byline) {
        ParsedArticle article = read(TITLE, "<article>" + HEADLINE + byline + PROSE + PROSE + "</article>");

        assertThat(article.author()).as(rule).isEqualTo("Jane Doe");
        assertThat(article.body()).as(rule).startsWith("The harbour authority").doesNotContain("Jane Doe");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            an Italian byline box ¦ <span class="autore">A cura di Paola Rinaldi</span> ¦ Paola Rinaldi
            an Italian line ¦ <p>A cura di Paola Rinaldi e Marco Bellini</p> ¦ Paola Rinaldi e Marco Bellini
            a French interview's byline box ¦ <div class="signature">Propos recueillis par Lea Roux</div> ¦ Lea Roux
            a French interview's line ¦ <p><em>Propos recueillis par Claire Dubois</em></p> ¦ Claire Dubois
            """)
    void aPhraseThatStandsForByIsNoPartOfTheName(String rule, String byline, String expected) {
        ParsedArticle article = read(TITLE, "<article>" + HEADLINE + byline + PROSE + PROSE + "</article>");

        assertThat(article.author()).as(rule).isEqualTo(expected);
        assertThat(article.body()).as(rule).startsWith("The harbour authority");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            particles beside three names ¦ <p>Di Maria Grazia De Luca</p> ¦ Maria Grazia De Luca
            a Norwegian name of four words ¦ <p>Av Per Olav Sølvberg Hansen</p> ¦ Per Olav Sølvberg Hansen
            the pictures' credit after a bar ¦ <p>Av Erik Lind | Foto: Ola Berg</p> ¦ Erik Lind
            a date after a bar ¦ <p>di Marco Rossi · 12 marzo 2024</p> ¦ Marco Rossi
            two writers and a credit ¦ <p>Av Anna Lind och Erik Berg | Foto: Ola Berg</p> ¦ Anna Lind och Erik Berg
            """)
    void aShortForeignBylineKeepsWhatABylineHas(String rule, String byline, String expected) {
        // "di" opens only short names, being Indonesian's "in" too, but a byline's particles and the details a bar
        // sets after it are still a byline's; Scandinavian headings are not in title case
        ParsedArticle article = read(TITLE, "<article>" + HEADLINE + byline + PROSE + PROSE + "</article>");

        assertThat(article.author()).as(rule).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            a project's care in a sentence ¦ <p>A cura di questo progetto è stata la fondazione del porto.</p>
            a project's care with a name ¦ <p>A cura di questo progetto è stata Paola Rinaldi, per tre anni.</p>
            remarks gathered by telephone ¦ <p>Propos recueillis par téléphone auprès des pêcheurs du port.</p>
            an opinion in a sentence ¦ <p>Opinion by Friday had turned against the plan.</p>
            a heading ¦ <h2>Opinion by the numbers</h2>
            a poll chart's heading ¦ <p><strong>Opinion by Political Party</strong></p>
            a desk after a phrase ¦ <p>A cura di Redazione Online</p>
            an Indonesian heading ('di': in) ¦ <p>Di Balik Layar Persiapan Debat</p>
            a correspondent's city (Swedish 'i': in) ¦ <p>Av Kari Nord i New York</p>
            a guest post in a sentence ¦ <p>Guest post by a harbour pilot, who asked not to be named.</p>
            """)
    void theSameWordsInTheTextNameNoOne(String rule, String line) {
        ParsedArticle article = read(TITLE, "<article>" + HEADLINE + line + PROSE + PROSE + "</article>");

        assertThat(article.author()).as(rule).isNull();
    }
}
