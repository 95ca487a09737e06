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
 * Which of two tags a page says the same thing in is believed: a {@code property} tag over a {@code name} tag of the
 * same key, a site name over an {@code application-name} that only repeats the title, a real name over an
 * author tag that holds a profile address, and of a JSON-LD article's {@code name} and {@code headline} the one the
 * page's {@code <title>} repeats.
 */
class HtmlMetaPrecedenceTest {

    @Test
    void theStorysPropertyTagsWinOverAPluginsNameTagsOfTheSameKey() {
        ParsedArticle article = Fixtures.read("pages/magazine-two-og-titles.html").articles().getFirst();

        assertThat(article.title()).isEqualTo("Night trains return to the coast line after nine years");
        assertThat(article.author()).isEqualTo("Petra Valdez");
        assertThat(article.source()).isEqualTo("Coastline Review");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2026-06-20T04:30:00Z"));
    }

    @Test
    void aPropertyTagInARelatedTeaserInTheBodyDoesNotReplaceTheHeadsNameTag() {
        ParsedArticle article = read("<title>Quay opening delayed</title><meta name=\"author\" content=\"Ines Roth\">"
                        + "<meta name=\"pubdate\" content=\"2026-05-07T08:00:00Z\">",
                "<article>" + PROSE + "</article><div class=\"teaser\"><meta property=\"author\" content=\"Jonas Falk\">"
                        + "<meta property=\"pubdate\" content=\"2026-04-02T10:00:00Z\"><a href=\"/b\">Ferry strike ends</a></div>");

        assertThat(article.author()).isEqualTo("Ines Roth");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2026-05-07T08:00:00Z"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            property first ¦ <meta property="author" content="Petra Valdez"><meta name="author" content="Weekend desk">
            name first ¦ <meta name="author" content="Weekend desk"><meta property="author" content="Petra Valdez">
            """)
    void aPropertyAuthorTagWinsOverANameOneInEitherOrder(String rule, String tags) {
        ParsedArticle article = read("<title>Quay opening delayed</title>" + tags, "<article>" + PROSE + "</article>");

        assertThat(article.author()).as(rule).isEqualTo("Petra Valdez");
    }

    @Test
    void anApplicationNameThatRepeatsTheTitleIsNotTheSiteName() {
        ParsedArticle article = Fixtures.read("pages/council-app-name.html").articles().getFirst();

        assertThat(article.title()).isEqualTo("Library opening hours extended over the winter");
        assertThat(article.source()).isEqualTo("Fenbridge District Council");
    }

    @Test
    void anApplicationNameOfItsOwnIsTheSiteName() {
        ParsedArticle article = read("<title>Quay opening delayed</title>"
                + "<meta name=\"application-name\" content=\"Harbour Gazette\">", PROSE);

        assertThat(article.source()).isEqualTo("Harbour Gazette");
    }

    @Test
    void aProfileAddressWithoutItsSchemeIsNoAuthor() {
        ParsedArticle article = Fixtures.read("pages/profile-link-author.html").articles().getFirst();

        assertThat(article.author()).isEqualTo("Rosa Ferreira");
        assertThat(article.title()).isEqualTo("The small bakery that beat the supermarkets on price");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            a profile with its scheme, a byline on the page ¦ <meta property="article:author" content="https://www.facebook.com/ines.roth"> ¦ <p class="byline">By Ines Roth</p>
            a profile without its scheme, a byline on the page ¦ <meta property="article:author" content="facebook.com/ines.roth"> ¦ <p class="byline">By Ines Roth</p>
            a profile from www, a name in JSON-LD ¦ <meta property="article:author" content="www.facebook.com/ines.roth"><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Ines Roth"}}</script> ¦ -
            a profile as property, the name as name ¦ <meta name="article:author" content="Ines Roth"><meta property="article:author" content="https://www.facebook.com/ines.roth"> ¦ -
            a profile before the author tag ¦ <meta property="article:author" content="facebook.com/ines.roth"><meta name="author" content="Ines Roth"> ¦ -
            a profile in JSON-LD, the name in a tag ¦ <script type="application/ld+json">{"@type":"NewsArticle","author":"www.example.org/staff/iroth"}</script><meta name="author" content="Ines Roth"> ¦ -
            """)
    void aProfileAddressNeverHidesTheName(String rule, String head, String byline) {
        ParsedArticle article = read("<title>Quay opening delayed</title>" + head,
                "<article>" + (byline.equals("-") ? "" : byline) + PROSE + "</article>");

        assertThat(article.author()).as(rule).isEqualTo("Ines Roth");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            an agency's short code ¦ A.Roth/dpa
            an agency in capitals ¦ J.Smith/AP
            """)
    void aWireCreditWithADotAndASlashIsANameNotAnAddress(String rule, String credit) {
        ParsedArticle article = read("<title>Quay opening delayed</title><meta name=\"author\" content=\"" + credit
                + "\">", "<article>" + PROSE + "</article>");

        assertThat(article.author()).as(rule).isEqualTo(credit);
    }

    @Test
    void aJsonLdNameThatTheTitleRepeatsWinsOverAShortDisplayHeadline() {
        ParsedArticle article = Fixtures.read("pages/jsonld-name-and-headline.html").articles().getFirst();

        assertThat(article.title()).isEqualTo("Council approves night-time bus network for the three valley towns");
        assertThat(article.author()).isEqualTo("Bryn Lowther");
        assertThat(article.source()).isEqualTo("Valley Echo");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            the site's own name in name ¦ Harbour Gazette ¦ Quay opening delayed by steel shortage ¦ Quay opening delayed by steel shortage - Harbour Gazette ¦ Quay opening delayed by steel shortage
            neither is the title: name ¦ Quay to open in August ¦ Steel shortage hits harbour ¦ Harbour Gazette ¦ Quay to open in August
            both are the title: name ¦ Quay opening delayed by steel shortage again ¦ Quay opening delayed by steel shortage ¦ Quay opening delayed by steel shortage ¦ Quay opening delayed by steel shortage again
            in another script no word is split out, so name ¦ Новая поликлиника откроется весной ¦ В Северогорске откроют поликлинику ¦ В Северогорске откроют поликлинику ¦ Новая поликлиника откроется весной
            """)
    void ofAJsonLdNameAndHeadlineTheTitleDecides(String rule, String name, String headline, String title,
                                                  String expected) {
        ParsedArticle article = read("<title>" + title + "</title><script type=\"application/ld+json\">"
                + "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"name\":\"" + name
                + "\",\"headline\":\"" + headline + "\"}</script>", PROSE);

        assertThat(article.title()).as(rule).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            the JSON-LD reader views read first ¦ {"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2026-05-04T08:15:00Z"} ¦ 2026-05-04T08:15:00Z
            a list type holding an article's too ¦ {"@context":"https://schema.org","@type":["NewsArticle"],"datePublished":"2026-05-04T08:15:00Z"} ¦ 2026-05-04T08:15:00Z
            not one they skip: no schema.org context ¦ {"@type":"NewsArticle","datePublished":"2026-05-04T08:15:00Z"} ¦ 2026-05-03T21:00:00Z
            nor a creation date ¦ {"@context":"https://schema.org","@type":"NewsArticle","dateCreated":"2026-05-04T08:15:00Z"} ¦ 2026-05-03T21:00:00Z
            """)
    void articlePublishedTimeComesBeforeAJsonLdDateReaderViewsDoNotRead(String rule, String jsonLd, String expected) {
        ParsedArticle article = read("<script type=\"application/ld+json\">" + jsonLd + "</script>"
                + "<meta property=\"article:published_time\" content=\"2026-05-03T21:00:00Z\">", PROSE);

        assertThat(article.publishedAt()).as(rule).isEqualTo(Instant.parse(expected));
    }

    @Test
    void aDatelineOfAChineseOrJapaneseDateAloneNamesNoWriter() {
        ParsedArticle article = read("", "<article><h1>港北市、旧市庁舎を図書館に改修へ</h1><p class=\"dateline\">2024年3月12日 10時30分"
                + "</p>" + PROSE + "</article>");

        assertThat(article.author()).isNull();
    }

    @Test
    void aJsonLdHeadlineAndPublisherWrittenWithEntitiesAreReadAsText() {
        // a CMS writes the headline's apostrophe and ampersand as entities, which JSON leaves as they are
        ParsedArticle article = read("<title>Harbour's quay delayed</title><script type=\"application/ld+json\">"
                + "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":"
                + "\"Harbour&#8217;s quay delayed: steel &amp; cement short\","
                + "\"publisher\":{\"name\":\"Tide &amp; Quay\"}}</script>", PROSE);

        assertThat(article.title()).isEqualTo("Harbour\u2019s quay delayed: steel & cement short");
        assertThat(article.source()).isEqualTo("Tide & Quay");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            the page's title over a newsletter's shorter one ¦ <title>Quay opening delayed by steel shortage</title> ¦ Quay opening delayed by steel shortage
            the newsletter's when the page has no title ¦ - ¦ Quay opening delayed
            """)
    void aSailthruTitleComesAfterThePagesTitle(String rule, String title, String expected) {
        ParsedArticle article = read((title.equals("-") ? "" : title)
                + "<meta name=\"sailthru.title\" content=\"Quay opening delayed\">", PROSE);

        assertThat(article.title()).as(rule).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            a site builder's author tag of the site's title, the post's byline ¦ <meta itemprop="author" content="Harbour Gazette"> ¦ <p class="byline">By Ines Roth</p> ¦ Ines Roth
            an author tag of the site's name, then one of a person ¦ <meta name="author" content="harbour  gazette"><meta property="article:author" content="Ines Roth"> ¦ - ¦ Ines Roth
            the site's name when the page names no one else ¦ <meta itemprop="author" content="Harbour Gazette"> ¦ - ¦ Harbour Gazette
            """)
    void anAuthorTagOfTheSitesNameYieldsToAPerson(String rule, String tags, String byline, String expected) {
        ParsedArticle article = read("<title>Quay opening delayed</title>"
                + "<meta property=\"og:site_name\" content=\"Harbour Gazette\">" + tags,
                "<article>" + (byline.equals("-") ? "" : byline) + PROSE + "</article>");

        assertThat(article.author()).as(rule).isEqualTo(expected);
    }
}
