package dev.newsflow.formats.html;

import dev.newsflow.formats.ParsedArticle;
import org.junit.jupiter.api.Test;

import static dev.newsflow.formats.Fixtures.read;
import static dev.newsflow.formats.html.FerryStory.FIRST;
import static dev.newsflow.formats.html.FerryStory.SECOND;
import static dev.newsflow.formats.html.FerryStory.THIRD;
import static dev.newsflow.formats.html.FerryStory.TITLE;
import static dev.newsflow.formats.html.FerryStory.p;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What news and blog templates put inside the article's own box besides its text, on small self-written pages: which
 * of it stays out of the body (a date line, the box about the author, buttons, a heading's anchor, comments named in
 * another language) and which stays in (paragraphs a paywall names).
 */
class HtmlBodyTemplatesTest {

    private static final String FOURTH = "Islanders who work on the mainland said they would have to leave home an"
            + " hour earlier, and some said they would look for rooms in town for the winter months.";
    private static final String PAID = "The council's transport committee will meet the operator next week and has"
            + " asked for figures on how many passengers travelled on each sailing last winter.";
    private static final String MORE_PAID = "A petition asking for the early sailing to be kept had gathered more"
            + " than nine hundred names by Wednesday evening, the organisers said.";

    private static String article(String inside) {
        return "<article><h1>Ferry timetable cut for the winter</h1>" + inside + "</article>";
    }

    @Test
    void aDateLineOverTheTextIsNotPartOfIt() {
        ParsedArticle article = read(TITLE, article("<div class=\"byline\">By Priya Raman</div>"
                + "<div class=\"display-date\">Published 9:47 a.m. ET Feb. 21, 2024 | Updated 10:15 a.m. ET</div>"
                + "<div class=\"article-body\">" + p(FIRST) + p(SECOND) + "</div>"));

        assertThat(article.body()).isEqualTo(FIRST + "\n\n" + SECOND);
    }

    @Test
    void aDateLineUnderABylineParagraphIsNotPartOfIt() {
        ParsedArticle article = read(TITLE, article("<p class=\"byline\">By Priya Raman</p>"
                + "<p class=\"date\">Published 9:47 a.m. ET Feb. 21, 2024</p>" + p(FIRST) + p(SECOND)));

        assertThat(article.body()).isEqualTo(FIRST + "\n\n" + SECOND);
    }

    @Test
    void aTitleSetInBoldOverTheTextIsNotPartOfIt() {
        ParsedArticle article = read(TITLE, "<table><tr><td><font size=\"5\"><b>Ferry timetable cut for the winter"
                + "</b></font><br><br>" + FIRST + "<br><br>" + SECOND + "<br><br>" + THIRD + "</td></tr></table>");
        ParsedArticle longer = read(TITLE, "<table><tr><td><div><center><font size=\"5\"><b>Ferry timetable cut for"
                + " the winter</b></font></center><br><br>" + FIRST + "<br><br>" + SECOND + "<br><br>" + THIRD
                + "<br><br>" + FOURTH + "</div></td></tr></table>");

        assertThat(article.body()).startsWith(FIRST).endsWith(THIRD);
        assertThat(longer.body()).startsWith(FIRST).endsWith(FOURTH);
    }

    @Test
    void aPageSavedWithADialogOpenKeepsTheArticleItsLibraryHid() {
        String dialog = "<div role=\"dialog\" class=\"consent\"><p>We value your privacy. Accept all cookies?</p>"
                + "</div>";
        ParsedArticle marked = read(TITLE, "<div id=\"__next\" aria-hidden=\"true\"><main>" + article(p(FIRST)
                + "<span aria-hidden=\"true\">Listen to this story</span>" + p(SECOND)) + "</main></div>" + dialog);
        ParsedArticle unmarked = read(TITLE, "<div id=\"app\" aria-hidden=\"true\"><div class=\"story\">" + p(FIRST)
                + p(SECOND) + p(THIRD) + p(FOURTH) + "</div></div>" + dialog);

        assertThat(marked.body()).isEqualTo(FIRST + "\n\n" + SECOND);
        assertThat(unmarked.body()).isEqualTo(FIRST + "\n\n" + SECOND + "\n\n" + THIRD + "\n\n" + FOURTH);
    }

    @Test
    void aBylineBesideTheTextsBoxIsNotPartOfIt() {
        ParsedArticle article = read(TITLE, "<div class=\"story-wrap\"><h1>Ferry timetable cut for the winter</h1>"
                + "<div class=\"story-byline\">By Priya Raman<span class=\"story-date\">Feb. 21, 2024 9:47 a.m. ET"
                + "</span></div><div class=\"story-body\">" + p(FIRST) + p(SECOND) + p(THIRD) + "</div></div>");

        assertThat(article.body()).isEqualTo(FIRST + "\n\n" + SECOND + "\n\n" + THIRD);
    }

    @Test
    void aWikisLeadNamingItsSubjectInBoldKeepsTheName() {
        String lead = "<b>Ferry timetable cut for the winter</b> is the name the island's paper gave to the row over"
                + " the ferry's sailings in November, after two of its crews left for jobs on the mainland.";
        ParsedArticle article = read(TITLE, "<div id=\"content\"><p>" + lead + "</p>" + p(SECOND) + p(THIRD) + "</div>");

        assertThat(article.body()).startsWith("Ferry timetable cut for the winter is the name");
    }

    @Test
    void aShortPostWhoseTitleIsItsTextKeepsIt() {
        String post = "The ferry was cancelled again this morning, the third time this week, and the harbour office"
                + " still will not say when the new quay opens.";
        ParsedArticle article = read("<title>" + post + "</title>", "<article><div class=\"e-content\">" + post
                + "</div></article>");

        assertThat(article.body()).isEqualTo(post);
    }

    @Test
    void aBriefsHiddenWidgetsStayOutOfItsText() {
        ParsedArticle article = read(TITLE, "<div aria-hidden=\"true\" class=\"listen\">Listen to this article 2 min"
                + "</div><article>" + p(FIRST) + "</article><div aria-hidden=\"true\" class=\"ticker\">Breaking news:"
                + " ferry strike called off</div>");

        assertThat(article.body()).isEqualTo(FIRST);
    }

    @Test
    void aTimeGoesWithTheShortLineItIsOn() {
        ParsedArticle article = read(TITLE, article("<p class=\"meta\">Harbour Post | <time datetime=\"2024-02-21\">"
                + "21.02.2024 à 09h47</time> • Mis à jour le <time datetime=\"2024-02-22\">22.02.2024</time></p>"
                + p(FIRST) + p(SECOND)));

        assertThat(article.body()).isEqualTo(FIRST + "\n\n" + SECOND);
    }

    @Test
    void aDateLineWithAnOrdinalDayIsNotPartOfIt() {
        ParsedArticle article = read(TITLE, article("<p>Published: 8th January 2024</p>" + p(FIRST) + p(SECOND)));

        assertThat(article.body()).isEqualTo(FIRST + "\n\n" + SECOND);
    }

    @Test
    void aGermanDateLineWithItsClocksWordIsNotPartOfIt() {
        ParsedArticle article = read(TITLE, article("<p>Stand: 12.03.2024, 10:30 Uhr</p>" + p(FIRST) + p(SECOND)));

        assertThat(article.body()).isEqualTo(FIRST + "\n\n" + SECOND);
    }

    @Test
    void aReadAlsoLinkBetweenTheParagraphsIsNotPartOfIt() {
        ParsedArticle article = read(TITLE, article(p(FIRST) + "<p><strong>Baca juga: <a href=\"/b\">Jadwal kapal"
                + " feri dipangkas selama musim dingin</a></strong></p>" + p(SECOND)
                + "<p>Read also: <a href=\"/c\">Islanders petition for the early sailing</a></p>" + p(THIRD)));

        assertThat(article.body()).isEqualTo(FIRST + "\n\n" + SECOND + "\n\n" + THIRD);
    }

    @Test
    void aTimeInTextWrittenAsLineBreakRunsStays() {
        String dated = "The council met on <time datetime=\"2024-05-04\">4 May 2024</time> and approved the plan.";
        ParsedArticle article = read(TITLE, article("<div class=\"post-body\">" + FIRST + "<br><br>" + dated + "<br><br>"
                + SECOND + "</div>"));

        assertThat(article.body()).contains("The council met on 4 May 2024 and approved the plan.");
    }

    @Test
    void keyPointsWithATimeStay() {
        ParsedArticle article = read(TITLE, article("<ul class=\"key-points\"><li>Sailings resume <time>May 4</time></li>"
                + "<li>Crews train until March 2025</li></ul>" + p(FIRST) + p(SECOND) + p(THIRD)));

        assertThat(article.body()).startsWith("Sailings resume May 4\n\nCrews train until March 2025");
    }

    @Test
    void aSingularKommentarIsAnOpinionPiece() {
        ParsedArticle article = read("<title>Kommentar: Die Fähre</title>", "<h1>Kommentar: Die Fähre</h1>"
                + "<div class=\"kommentar\">" + p(FIRST) + p(SECOND) + p(THIRD) + "</div><section class=\"more\">"
                + "<div class=\"teaser\"><h3>Other story</h3><p>Another short item about the harbour and the island"
                + " council that runs a little longer, with commas, and more words.</p></div></section>");

        assertThat(article.body()).startsWith(FIRST);
    }

    @Test
    void shortParagraphsAPaywallNamesStay() {
        ParsedArticle article = read(TITLE, article("<div class=\"body-content\">" + "<p class=\"paywall\">" + FIRST
                + "</p><p class=\"paywall\">The vote was 7 to 2.</p><p class=\"paywall\">" + SECOND + "</p>"
                + "<p class=\"paywall\">" + THIRD + "</p><p class=\"paywall\">" + FOURTH + "</p></div>"));

        assertThat(article.body()).contains("The vote was 7 to 2.");
    }

    @Test
    void aDateInTheTextStays() {
        String dated = "The next review is set for 12 March 2025.";
        ParsedArticle article = read(TITLE, article(p(FIRST) + "<p class=\"date\">" + dated + "</p>" + p(SECOND)));

        assertThat(article.body()).contains(dated);
    }

    @Test
    void theBoxAboutTheAuthorAfterTheTextIsNotPartOfIt() {
        ParsedArticle article = read(TITLE, "<main><article class=\"post hentry\"><h1>Ferry timetable cut for the"
                + " winter</h1><div class=\"entry-content\">" + p(FIRST) + p(SECOND) + p(THIRD) + "</div>"
                + "<div class=\"author-bio\"><p><a href=\"/people/priya\">Priya Raman</a> covers transport and the"
                + " islands for the Courier. She joined the paper in 2019 after ten years at the coastguard.</p></div>"
                + "</article></main>");

        assertThat(article.body()).isEqualTo(FIRST + "\n\n" + SECOND + "\n\n" + THIRD);
    }

    @Test
    void paragraphsAPaywallNamesAreTheArticlesText() {
        ParsedArticle article = read(TITLE, article("<div class=\"body\">" + p(FIRST) + p(SECOND) + p(THIRD)
                + p(FOURTH) + "<div class=\"paywall\">" + p(PAID) + p(MORE_PAID) + "</div>"
                + "<div class=\"paywall-prompt\"><p>Subscribe to keep reading.</p></div></div>"));

        assertThat(article.body()).endsWith(FOURTH + "\n\n" + PAID + "\n\n" + MORE_PAID);
    }

    @Test
    void aFreePreviewBeforeThePaidTextIsTheArticlesText() {
        ParsedArticle article = read(TITLE, article("<div class=\"subscriber-preview\">" + p(FIRST) + "</div>"
                + "<div class=\"subscriber-only\">" + p(SECOND) + p(THIRD) + p(FOURTH) + p(PAID) + "</div>"));

        assertThat(article.body()).startsWith(FIRST + "\n\n" + SECOND).endsWith(PAID);
    }

    @Test
    void buttonsInsideThePostAreNotText() {
        ParsedArticle article = read(TITLE, article(p(FIRST) + "<p class=\"button-wrapper\"><a class=\"button"
                + " primary\" href=\"?action=share\"><span>Share</span></a></p>" + p(SECOND)));

        assertThat(article.body()).isEqualTo(FIRST + "\n\n" + SECOND);
    }

    @Test
    void aHeadingsHiddenAnchorIsNotText() {
        ParsedArticle article = read(TITLE, article(p(FIRST) + "<h2 id=\"crews\">Crews<a hidden class=\"anchor\""
                + " aria-hidden=\"true\" href=\"#crews\">#</a></h2>" + p(SECOND)));

        assertThat(article.body()).isEqualTo(FIRST + "\n\nCrews\n\n" + SECOND);
    }

    @Test
    void commentsNamedInAnotherLanguageAreNotText() {
        ParsedArticle article = read(TITLE, article(p(FIRST) + p(SECOND)) + "<div class=\"kommentare\"><h3>Kommentare"
                + " (2)</h3><div>Heinz_B schrieb am 12.03.2024 um 11:02: Herzlichen Glückwunsch, verdient ist"
                + " verdient, und das sage ich als Nachbar seit dreißig Jahren.</div></div>"
                + "<div class=\"comentarios\"><p>Muy buena noticia para el pueblo, por fin alguien lo dice claro.</p></div>");

        assertThat(article.body()).isEqualTo(FIRST + "\n\n" + SECOND);
    }
}
