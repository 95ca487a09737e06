package dev.newsflow.formats.html;

import org.junit.jupiter.api.Test;

import static dev.newsflow.formats.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kinds of markup an article's text comes in, each on a small self-written page, read the way Readability reads them:
 * which text stays in the body and which does not.
 */
class HtmlBodyClassesTest {

    private static final String[] BATHS = {
        "The county council voted on Thursday to close the old swimming baths on Mill Lane at the end of the summer"
                + " season. Councillors said the building needed repairs that would cost more than a new pool.",
        "Residents who use the baths every morning gathered outside the council chamber before the vote and handed"
                + " over a petition signed by four thousand people who want the building kept open.",
        "The council leader told the meeting that the money was simply not there this year and that a new leisure"
                + " centre on the edge of town would open within three years if funding came through.",
        "Swimming clubs that train at the baths will move to the school pool in Hatherley from September while the"
                + " council looks for a buyer for the building and its car park.",
        "A spokesperson for the campaign group said they would ask for a judicial review of the decision and were"
                + " already raising money for lawyers to look at the consultation process."};
    private static final String TITLE = "<title>Council votes to close Mill Lane baths</title>";

    private static String paragraphs() {
        StringBuilder out = new StringBuilder();
        for (String paragraph : BATHS) {
            out.append("<p>").append(paragraph).append("</p>");
        }
        return out.toString();
    }

    @Test
    void anArticleWrittenAsLineBreakRunsInOneDivBeatsASidebarOfShortParagraphs() {
        String story = "<div class=\"storytext\">" + String.join("<br><br>", BATHS) + "</div>";
        String blurbs = "<div class=\"col2\"><div class=\"box\">"
                + "<p>Weekend markets return to the square with forty stalls, a brass band and a children's trail.</p>"
                + "<p>The library's winter lecture series begins next month with a talk on the canal's lock keepers.</p>"
                + "<p>Roadworks on the ring road will continue until March, with overnight closures between junctions.</p>"
                + "<p>A new bakery, a bike repair shop and a bookshop have opened in the arcade by the bus station.</p>"
                + "</div></div>";

        String body = read(TITLE, "<div id=\"wrap\"><div class=\"col1\"><h1>Council votes to close Mill Lane baths</h1>"
                + story + "</div>" + blurbs + "</div>").body();

        assertThat(body).contains(BATHS[0], BATHS[2], BATHS[4])
                .doesNotContain("Weekend markets", "lecture series", "Roadworks");
    }

    @Test
    void aTableOfResultsInsideTheArticleStaysEvenWhenItsRowsAreLinks() {
        String table = "<table><caption>Standings</caption><tr><th>Team</th><th>Played</th><th>Points</th></tr>"
                + "<tr><td><a href=\"/t/rovers\">Hatherley Rovers</a></td><td>10</td><td>24</td></tr>"
                + "<tr><td><a href=\"/t/united\">Mill Lane United</a></td><td>10</td><td>21</td></tr>"
                + "<tr><td><a href=\"/t/athletic\">Canal Athletic</a></td><td>10</td><td>17</td></tr></table>";
        String layout = "<table><tr><td><a href=\"/a\">Bus fares to rise in April</a></td>"
                + "<td><a href=\"/b\">New bakery opens in the arcade</a></td></tr></table>";

        String body = read(TITLE, "<article>" + paragraphs() + table + layout + "</article>").body();

        assertThat(body).contains(BATHS[4], "Standings", "Hatherley Rovers 10 24", "Canal Athletic 10 17")
                .doesNotContain("Bus fares", "New bakery");
    }

    @Test
    void aLeagueTableWithoutHeadersWhoseRowsLinkTheirTeamsIsData() {
        StringBuilder table = new StringBuilder("<table>");
        String[] teams = {"Hatherley Rovers", "Mill Lane United", "Canal Athletic", "Wharf Town", "Quayside"};
        for (int i = 0; i < teams.length; i++) {
            table.append("<tr><td>").append(i + 1).append("</td><td><a href=\"/t/").append(i).append("\">")
                    .append(teams[i]).append("</a></td><td>10</td><td>").append(24 - 3 * i).append("</td><td>")
                    .append(9 - i).append("</td></tr>");
        }
        String teasers = "<table><tr><td><a href=\"/a\">Bus fares to rise in April</a></td><td><a href=\"/b\">New"
                + " bakery opens</a></td><td><a href=\"/c\">Canal path closed</a></td></tr><tr><td><a href=\"/d\">"
                + "Library hours cut</a></td><td><a href=\"/e\">Fair returns</a></td><td><a href=\"/f\">Choir wins"
                + "</a></td></tr><tr><td><a href=\"/g\">Mayor named</a></td><td><a href=\"/h\">Roadworks end</a>"
                + "</td><td><a href=\"/i\">Market moves</a></td></tr><tr><td>1</td><td>2</td><td>3</td></tr></table>";

        String body = read(TITLE, "<article>" + paragraphs() + table + "</table>" + teasers + "</article>").body();

        assertThat(body).contains(BATHS[4], "1 Hatherley Rovers 10 24 9", "5 Quayside 10 12 5")
                .doesNotContain("Bus fares", "Choir wins");
    }

    @Test
    void imageCaptionsInTheArticleAreKeptWhateverTheirBoxIsCalled() {
        String figure = "<figure><img data-src=\"pool.jpg\" src=\"data:image/gif;base64,R0lGOD\">"
                + "<figcaption class=\"caption\">The main pool at Mill Lane, which opened in 1911.</figcaption></figure>";
        String imageBox = "<div class=\"image\"><img data-lazy-src=\"queue.jpg\">"
                + "<div class=\"caption\">Swimmers queue outside before the morning session.</div></div>";

        String body = read(TITLE, "<div class=\"article-body\"><p>" + BATHS[0] + "</p>" + figure + "<p>" + BATHS[1]
                + "</p>" + imageBox + "<p>" + BATHS[2] + "</p><p>" + BATHS[3] + "</p></div>").body();

        assertThat(body).contains("which opened in 1911", "Swimmers queue outside before the morning session.", BATHS[3]);
    }

    @Test
    void theStandfirstInTheArticlesHeaderIsKeptAndSubheadingsToo() {
        String header = "<header><h1>Council votes to close Mill Lane baths</h1>"
                + "<p class=\"standfirst\">Campaigners promise a legal challenge after a four-hour meeting.</p></header>";
        String story = "<article>" + header + "<p>" + BATHS[0] + "</p><h2>Petition handed in</h2><p>" + BATHS[1]
                + "</p><h3>What happens next</h3><p>" + BATHS[2] + "</p><p>" + BATHS[3] + "</p></article>";

        String body = read(TITLE, story).body();

        assertThat(body).startsWith("Campaigners promise a legal challenge after a four-hour meeting.\n\n" + BATHS[0])
                .contains("\n\nPetition handed in\n\n", "\n\nWhat happens next\n\n")
                .doesNotContain("Council votes to close");
    }

    @Test
    void aSiteHeaderOfLinksInsideThePageWrapperStaysOut() {
        String masthead = "<header class=\"masthead-wrap\"><a href=\"/\">Valley Post</a> <a href=\"/news\">News</a> "
                + "<a href=\"/sport\">Sport</a> <a href=\"/weather\">Weather</a></header>";

        String body = read(TITLE, "<div id=\"page\">" + masthead + paragraphs() + "</div>").body();

        assertThat(body).startsWith(BATHS[0]).doesNotContain("Valley Post", "Weather");
    }

    @Test
    void aSiteHeaderWithAPromoInsideThePageWrapperStaysOut() {
        String header = "<header><a href=\"/\">Valley Post</a><p>Subscribe today for one pound a week and read every"
                + " story on the site, in the app and in the morning newsletter.</p></header>";

        String body = read(TITLE, "<div id=\"page\">" + header + paragraphs() + "</div>").body();

        assertThat(body).startsWith(BATHS[0]).doesNotContain("Valley Post", "Subscribe today");
    }

    @Test
    void aOneRowTableOfSectionLinksInsideTheStoryIsNavigation() {
        String menu = "<table><tr><td><a href=\"/\">Home</a></td><td><a href=\"/news\">News</a></td>"
                + "<td><a href=\"/sport\">Sport</a></td><td><a href=\"/weather\">Weather</a></td>"
                + "<td><a href=\"/culture\">Culture</a></td><td><a href=\"/opinion\">Opinion</a></td></tr></table>";

        String body = read(TITLE, "<div class=\"story\"><p>" + BATHS[0] + "</p>" + menu + "<p>" + BATHS[1] + "</p><p>"
                + BATHS[2] + "</p><p>" + BATHS[3] + "</p></div>").body();

        assertThat(body).contains(BATHS[0], BATHS[3]).doesNotContain("Culture", "Opinion");
    }

    @Test
    void aGridOfLinkedHeadlinesInATableIsNotData() {
        StringBuilder grid = new StringBuilder("<table>");
        for (int row = 0; row < 4; row++) {
            grid.append("<tr>");
            for (int column = 0; column < 3; column++) {
                grid.append("<td><a href=\"/s").append(row).append(column).append("\">Story number ").append(row)
                        .append(column).append(" from around the valley</a></td>");
            }
            grid.append("</tr>");
        }
        grid.append("</table>");

        String body = read(TITLE, "<article>" + paragraphs() + grid + "</article>").body();

        assertThat(body).contains(BATHS[4]).doesNotContain("Story number");
    }

    @Test
    void sectionHeadingsWrittenAsH1AreKeptWhileTheHeadlineOverTheTextGoes() {
        String doc = "<div class=\"doc\"><h1>Swimming baths in the valley</h1><p>" + BATHS[0] + "</p>"
                + "<h1>The Victorian baths</h1><p>" + BATHS[1] + "</p><h1>Closures since the war</h1><p>" + BATHS[2]
                + "</p><p>" + BATHS[3] + "</p></div>";

        String body = read("<title>Swimming baths in the valley: a history</title>", doc).body();

        assertThat(body).startsWith(BATHS[0])
                .contains("\n\nThe Victorian baths\n\n", "\n\nClosures since the war\n\n");
    }

    @Test
    void readersCommentsWrittenAsArticlesBesideTheStoryStayOut() {
        String comment = "<article class=\"comment\" id=\"comment-%d\"><p>Pat from Hatherley</p><p>I learned to swim there"
                + " in the sixties, and my grandchildren learned there too. The council should find the money.</p></article>";
        String page = "<main><div class=\"story-and-talk\"><article class=\"story\">" + paragraphs() + "</article>"
                + "<h2>Your views</h2>" + String.format(comment.repeat(4), 1, 2, 3, 4) + "</div></main>";

        String body = read(TITLE, page).body();

        assertThat(body).startsWith(BATHS[0]).contains(BATHS[4]).doesNotContain("learned to swim", "Pat from");
    }

    @Test
    void aListOfShortParagraphsInsideALongArticleIsKept() {
        String steps = "<ol><li><p>Net the surface every few days in autumn.</p></li>"
                + "<li><p>Trim marginal plants above the water line.</p></li>"
                + "<li><p>Float a ball on the water before the frost.</p></li></ol>";

        String body = read("<title>How to winterise a garden pond</title>",
                "<div class=\"post-body\">" + paragraphs() + steps + "<p>" + BATHS[0] + "</p></div>").body();

        assertThat(body).contains("Net the surface every few days in autumn.\n\nTrim marginal plants",
                "Float a ball on the water before the frost.");
    }

    @Test
    void shareBoxesBetweenParagraphsGoEvenWhenTheirNameAlsoSaysArticleOrContent() {
        String story = "<div class=\"article-content\"><p>" + BATHS[0] + "</p>"
                + "<div class=\"article-share\"><span>Share this article</span> <button>Email</button></div>"
                + "<p>" + BATHS[1] + "</p><div class=\"content-share-tools\"><p>Spread the word with your friends</p></div>"
                + "<p>" + BATHS[2] + "</p></div>";

        String body = read(TITLE, story).body();

        assertThat(body).contains(BATHS[0], BATHS[2]).doesNotContain("Share this", "Spread the word");
    }

    @Test
    void adSlotsNamedWithAnUnderscoreOrInCamelCaseStayOut() {
        String story = "<div class=\"article-content\"><p>" + BATHS[0] + "</p><div class=\"ad_unit\">"
                + "<p class=\"ad_label\">Advertisement</p></div><p>" + BATHS[1] + "</p><div class=\"adSlot\"><p>"
                + "Sponsored: book a spa day</p></div><p>" + BATHS[2] + "</p></div>";

        String body = read(TITLE, story).body();

        assertThat(body).isEqualTo(BATHS[0] + "\n\n" + BATHS[1] + "\n\n" + BATHS[2]);
    }

    @Test
    void textForScreenReadersBesideItsHiddenTwinKeepsOneCopy() {
        String story = "<div class=\"article-content\"><p>" + BATHS[0].replace("The county", "<span aria-hidden=\"true\""
                + " class=\"dropcap\">T</span><span class=\"sr-only\">The</span><span aria-hidden=\"true\">he</span>"
                + " county") + "</p><p>" + BATHS[1] + "</p></div>";

        String body = read(TITLE, story).body();

        assertThat(body).isEqualTo(BATHS[0] + "\n\n" + BATHS[1]);
    }

    @Test
    void aRatingACallToActionAndACopyrightNoticeInTheArticlesBoxStayOut() {
        String story = "<div class=\"entry-content\"><div class=\"wprm-recipe-rating\"><span>★★★★★</span> 4.86 from 21"
                + " votes</div><p>" + BATHS[0] + "</p><p>" + BATHS[1] + "</p><div class=\"captioned-button-wrap\">"
                + "<p class=\"cta-caption\">Thanks for reading the Mill Lane letter! Share it with a neighbour.</p>"
                + "<p><a href=\"/share\">Share</a></p></div><p>" + BATHS[2] + "</p><p class=\"print-copyright\">© 2026"
                + " Mill Lane Gazette. All rights reserved.</p></div>";

        String body = read(TITLE, story).body();

        assertThat(body).isEqualTo(BATHS[0] + "\n\n" + BATHS[1] + "\n\n" + BATHS[2]);
    }

    @Test
    void operatingAndCtaLikeWordsInsideOtherClassNamesAreNoFurniture() {
        String story = "<div class=\"operating-report\"><p>" + BATHS[0] + "</p></div><div class=\"actaeon\"><p>"
                + BATHS[1] + "</p></div><div class=\"entry-content\"><p>" + BATHS[2] + "</p></div>";

        String body = read(TITLE, "<article>" + story + "</article>").body();

        assertThat(body).contains(BATHS[0], BATHS[1], BATHS[2]);
    }
}
