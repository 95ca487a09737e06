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
 * Articles by several people, declared the way papers, reports and wire stories declare them: one author tag per
 * person in the page's head, or joined by their language's "and" on a byline's line. Every one of them is the
 * author, not only the first.
 */
class HtmlSeveralAuthorsTest {

    @Test
    void aWorkingPaperCreditsEachDublinCoreCreatorOnce() {
        ParsedArticle article = Fixtures.read("pages/working-paper.html").articles().getFirst();

        assertThat(article.author()).isEqualTo("Aune, Siri; Falk, Jonas");
        assertThat(article.title()).isEqualTo("Ferry fares and island employment");
        assertThat(article.source()).isEqualTo("Institute for Coastal Economics");
        assertThat(article.body()).startsWith("When the regional council").doesNotContain("Tor Lunde");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            two author tags ¦ <meta name="author" content="Ines Roth"><meta name="author" content="Ola Berg"> ¦ Ines Roth, Ola Berg
            the same author twice ¦ <meta name="author" content="Ines Roth"><meta name="author" content="Ines Roth"> ¦ Ines Roth
            article:author names beside a profile URL ¦ <meta property="article:author" content="https://example.org/ines"><meta property="article:author" content="Ines Roth"><meta property="article:author" content="Ola Berg"> ¦ Ines Roth, Ola Berg
            Highwire citation tags of a journal ¦ <meta name="citation_author" content="Roth, Ines"><meta name="citation_author" content="Berg, Ola"> ¦ Roth, Ines; Berg, Ola
            """)
    void everyAuthorTagInTheHeadNamesAnAuthor(String rule, String head, String expected) {
        ParsedArticle article = read(head, PROSE);

        assertThat(article.author()).as(rule).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            a Norwegian by-line ¦ <p>Av Erik Lind og Kari Nord</p> ¦ Erik Lind og Kari Nord
            a Norwegian label ¦ <p>Forfatter: Erik Lind og Kari Nord</p> ¦ Erik Lind og Kari Nord
            a Danish label ¦ <p>Forfatter: Mette Holm og Jens Bak</p> ¦ Mette Holm og Jens Bak
            a Catalan label ¦ <p>Text: Ana Ruiz i Pau Vidal</p> ¦ Ana Ruiz i Pau Vidal
            an English label ¦ <p>Authors: Ines Roth and Ola Berg</p> ¦ Ines Roth and Ola Berg
            """)
    void twoWritersOnALineOverTheTextAreJoinedByTheirLanguagesAnd(String rule, String line, String expected) {
        ParsedArticle article = read("", "<article><h1>Quay opening delayed</h1>" + line + PROSE + "</article>");

        assertThat(article.author()).as(rule).isEqualTo(expected);
        assertThat(article.body()).as(rule).startsWith("The harbour authority");
    }

    @Test
    void anAuthorTagInARelatedCardIsNotACoAuthor() {
        ParsedArticle article = read("<meta name=\"author\" content=\"Ines Roth\">", PROSE
                + "<aside class=\"related\"><div itemscope><a href=\"/quay\">Quay costs rise</a>"
                + "<meta itemprop=\"author\" content=\"Ola Berg\"></div></aside>");

        assertThat(article.author()).isEqualTo("Ines Roth");
    }
}
