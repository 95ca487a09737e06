package dev.newsflow.formats.html;

import dev.newsflow.formats.ParsedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.newsflow.formats.Fixtures.read;
import static dev.newsflow.formats.html.FerryStory.FIRST;
import static dev.newsflow.formats.html.FerryStory.HEADLINE;
import static dev.newsflow.formats.html.FerryStory.SECOND;
import static dev.newsflow.formats.html.FerryStory.THIRD;
import static dev.newsflow.formats.html.FerryStory.TITLE;
import static dev.newsflow.formats.html.FerryStory.p;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readers' comments under the names sites in other languages and blogs give them, on both sides of reading: out of
 * the body and never the byline. A post's topic classes and an opinion piece's name are not comments.
 */
class HtmlCommentSectionsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            comentários ¦ Rafael Nogueira ¦ Moro na ilha há vinte anos e nunca vi um inverno assim.
            sekcja-komentarzy ¦ Anna Nowak ¦ Mieszkam na wyspie od dwudziestu lat i takiej zimy nie pamiętam.
            komentarai ¦ Jonas Kazlauskas ¦ Keltas turi plaukti ir rytais, kitaip vaikai nespės į mokyklą.
            kommentareList ¦ Jana Döring ¦ Seit Jahren dasselbe, und niemand fragt die Leute auf der Insel.
            comentariosFacebook ¦ Pedro Ruiz ¦ Llevamos meses esperando una respuesta del operador del ferry.
            komentari ¦ Ivana Horvat ¦ Svake zime ista priča s brodom i nitko ništa ne poduzima.
            yorumlar ¦ Ayşe Demir ¦ Sabah seferi kalkarsa adadaki öğrenciler okula nasıl gidecek?
            kommentarer ¦ Erik Lind ¦ Vi som pendlar till fastlandet får nu gå upp en timme tidigare.
            """)
    void aCommentSectionUnderAnotherNameIsNeitherTextNorByline(String name, String commenter, String comment) {
        ParsedArticle article = read(TITLE, "<article>" + HEADLINE + p(FIRST) + p(SECOND) + p(THIRD)
                + "<section class=\"" + name + "\"><h3>2</h3><div class=\"entry\"><span class=\"author\">" + commenter
                + "</span>" + p(comment) + "</div></section></article>");

        assertThat(article.body()).as(name).isEqualTo(FIRST + "\n\n" + SECOND + "\n\n" + THIRD);
        assertThat(article.author()).as(name).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            responses ¦ I have taken the early boat for eleven years and nobody asked us.
            reactions ¦ Two sailings a day is not a service, it is a gesture, and they know it.
            discussion ¦ Does anyone know whether the freight boat will still take passengers?
            """)
    void aBoxThatMayBeCommentsGivesNoByline(String name, String comment) {
        ParsedArticle article = read(TITLE, "<article>" + HEADLINE + p(FIRST) + p(SECOND) + p(THIRD)
                + "<section class=\"" + name + "\"><h3>2</h3><div class=\"entry\"><span class=\"author\">Pete Grainger"
                + "</span>" + p(comment) + "</div></section></article>");

        assertThat(article.author()).as(name).isNull();
    }

    @Test
    void anArticlesOwnDiscussionIsText() {
        // a paper's or a report's section named for what it holds: a box named so is not dropped from the body as
        // comments are, or the article would lose a chapter
        String findings = "The survey found that two sailings a day left most pupils at the harbour for over an"
                + " hour before school, and that the later return sailing missed the last bus inland.";
        String discussion = "These results suggest that the timetable, rather than the number of crossings, decides"
                + " whether the island's families can rely on the ferry through the winter months.";
        String meeting = "Parents at the meeting said the council had known of the crews leaving since the summer and"
                + " had done nothing to find new ones before the winter timetable was printed.";
        ParsedArticle article = read(TITLE, "<article>" + HEADLINE + "<section id=\"results\"><h2>Results</h2>"
                + p(findings) + p(FIRST) + p(SECOND) + p(meeting) + "</section><section id=\"discussion\">"
                + "<h2>Discussion</h2>" + p(discussion) + p(THIRD) + "</section></article>");

        assertThat(article.body()).contains(findings, discussion, THIRD);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            daftar-komentar ¦ Semoga kapal pagi tetap ada, banyak anak sekolah harus menyeberang.
            komentar ¦ Semoga kapal pagi tetap ada, banyak anak sekolah harus menyeberang.
            yorumAlani ¦ Sabah seferi kalkarsa adadaki öğrenciler okula nasıl gidecek?
            comentario ¦ Por fin alguien lo dice claro, llevamos meses esperando una respuesta.
            """)
    void aCommentBoxNamedByASingularLeavesTheBody(String name, String comment) {
        // Indonesian "komentar", Turkish "yorum": the readers' comments, but elsewhere also a column
        ParsedArticle article = read(TITLE, "<article>" + HEADLINE + p(FIRST) + p(SECOND) + p(THIRD)
                + "<section class=\"" + name + "\">" + p(comment) + "</section></article>");

        assertThat(article.body()).as(name).isEqualTo(FIRST + "\n\n" + SECOND + "\n\n" + THIRD);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"komentar", "komentar-autor", "komentarAutor", "komentarzysta", "yorum-yazar", "yorumcu",
            "komentarz-box"})
    void aColumnistsBoxKeepsItsWriter(String name) {
        // Croatian "komentar", Polish "komentarzysta", Turkish "yorumcu": a column or its writer as well as a
        // comment; the byline rules take the writer named in such a box
        String text = "Takva odluka ima cijenu: brodari odlaze u susjedne luke, a s njima i radna mjesta koja se više"
                + " neće vratiti, bez obzira na obećanja iz ministarstva.";
        ParsedArticle article = read("<title>Luke ne mogu čekati</title>", "<article><h1>Luke ne mogu čekati</h1>"
                + p(FIRST) + p(SECOND) + p(THIRD) + "<div class=\"" + name + "\"><span class=\"author\">Ivana Horvat"
                + "</span>" + p(text) + "</div></article>");

        assertThat(article.author()).as(name).isEqualTo("Ivana Horvat");
    }

    @Test
    void aPostsTopicClassesAreNotComments() {
        // WordPress writes the post's tags and categories into its classes: a post tagged "discussion", filed
        // under "Kommentare", is still the post (and its box about the author still furniture, as on any post)
        ParsedArticle article = read(TITLE, "<div id=\"post-118\" class=\"post type-post tag-discussion"
                + " category-kommentare\">" + HEADLINE + "<div class=\"entry-meta\"><span class=\"author vcard\">"
                + "<a href=\"/author/jane-doe\">Jane Doe</a></span></div>" + p(FIRST) + p(SECOND) + p(THIRD)
                + "<div class=\"author-bio\"><p>Jane Doe has written about the islands and their boats for the"
                + " paper since 2015, and before that sailed as a deckhand on the winter crossings.</p></div></div>");

        assertThat(article.body()).isEqualTo(FIRST + "\n\n" + SECOND + "\n\n" + THIRD);
        assertThat(article.author()).isEqualTo("Jane Doe");
    }

    @Test
    void aPolishOpinionPieceIsTheArticle() {
        // "komentarz", like the German "Kommentar", is an opinion piece as well as a comment: only the plural is
        // the readers'
        String lead = "Prom na wyspę będzie pływał dwa razy dziennie zamiast czterech od listopada, a operator nie"
                + " przedstawił żadnego planu dla uczniów i pracowników, którzy codziennie dojeżdżają na stały ląd.";
        String text = "Rada gminy powinna była zapytać mieszkańców, zanim zgodziła się na zimowy rozkład. Teraz"
                + " sklepy w porcie zostaną bez świeżego pieczywa, a szkoła bez porannego kursu.";
        String more = "Operator obiecuje przegląd rozkładu w marcu, ale obietnice z zeszłej zimy wciąż czekają na"
                + " spełnienie, a załogi, które odeszły, nie wrócą same z siebie na wyspę.";
        ParsedArticle article = read("<title>Prom, który odpływa bez nas</title>", "<article><h1>Prom, który"
                + " odpływa bez nas</h1><div class=\"lead\">" + p(lead) + p(lead) + p(lead) + "</div>"
                + "<div class=\"komentarz\"><span class=\"author\">Anna Kowalska</span>" + p(text) + p(more)
                + "</div></article>");

        assertThat(article.body()).contains(text, more);
        assertThat(article.author()).isEqualTo("Anna Kowalska");
    }
}
