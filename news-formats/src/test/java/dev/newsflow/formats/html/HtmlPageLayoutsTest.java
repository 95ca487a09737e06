package dev.newsflow.formats.html;

import dev.newsflow.formats.Fixtures;
import dev.newsflow.formats.FormatResult;
import dev.newsflow.formats.ParsedArticle;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Whole pages in the layouts publishers use, each written for these tests (fixtures/pages). */
class HtmlPageLayoutsTest {

    private static ParsedArticle page(String name) {
        FormatResult result = Fixtures.read("pages/" + name);
        assertThat(result.problems()).isEmpty();
        return result.articles().getFirst();
    }

    @Test
    void newsSiteWithJsonLdTakesItsFieldsFromTheStructuredData() {
        ParsedArticle article = page("news-jsonld.html");

        assertThat(article.title()).isEqualTo("Tidal barrier passes its first winter test");
        assertThat(article.author()).isEqualTo("Amara Okafor, Tomás Lindqvist");
        assertThat(article.source()).isEqualTo("The Daily Ledger");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2026-01-14T06:45:00Z"));
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.url()).isEqualTo("https://ledger.example.org/news/2026/01/tidal-barrier-winter-test");
        assertThat(article.body())
                .startsWith("The new tidal barrier on the Wend estuary closed all six of its gates")
                .contains("\n\nYears of delays\n\n", "\"Tonight I could sleep.\"")
                .endsWith("within a month.")
                .doesNotContain("cookies", "Share on social", "Copy link", "Barrier costs rise again",
                        "Storm warnings for the coast", "morning briefing", "All rights reserved", "Business",
                        "By Amara Okafor", "Flooding");
    }

    @Test
    void blogPostKeepsListsAndQuotesAndLeavesOutComments() {
        ParsedArticle article = page("blog.html");

        // WordPress writes an en dash before the blog's name, which reader views cut off as any separator
        assertThat(article.title()).isEqualTo("Why our allotment switched to rainwater only");
        assertThat(article.author()).isEqualTo("Maggie Hale");
        assertThat(article.source()).isEqualTo("Green Thumbs Diary");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2025-10-12T08:00:00Z"));
        assertThat(article.body())
                .startsWith("When the water company doubled the standing charge")
                .contains("\n\nTwo tanks sit behind the main shed, fed by its long gutter.\n\n",
                        "We collected just under nineteen thousand litres")
                .endsWith("before the heat arrives.")
                .doesNotContain("Great write-up", "our lease allowed", "Share this", "Recent Posts", "Onion sets",
                        "Posted on", "Proudly powered");
    }

    @Test
    void wikiLikePageKeepsItsShortTitleWholeAndDropsEditLinksAndNavigation() {
        ParsedArticle article = page("wiki.html");

        // three words left after the cut may be a section's name, so a reader view keeps the whole title
        assertThat(article.title()).isEqualTo("Carrow Point Lighthouse - Coastpedia, the free coast encyclopedia");
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.body())
                .contains("is a disused lighthouse on the northern tip of Carrow Point, built in 1864",
                        "\n\nHistory\n\n", "The trust runs guided climbs on summer weekends.")
                .doesNotContain("[edit]", "Log in", "View history", "Contents", "Random article",
                        "Bell Rock North", "Buildings completed in 1864", "last edited");
    }

    @Test
    void commentsLongerThanTheArticleStayOutOfTheBody() {
        ParsedArticle article = page("comments.html");

        assertThat(article.title()).isEqualTo("Library extends Sunday opening after petition");
        assertThat(article.author()).isEqualTo("Priya Nair");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2026-02-20T00:00:00Z"));
        assertThat(article.body())
                .startsWith("Millbrook's central library will open on Sunday afternoons from March")
                .endsWith("is expected to restart in April.")
                .doesNotContain("About time too", "Forty thousand a year", "Readers' comments", "Letters",
                        "12 Market Street");
    }

    @Test
    void paywallTeaserGivesTheTeaserWithoutTheSubscriptionPromptOrCookieNotice() {
        ParsedArticle article = page("paywall.html");

        assertThat(article.title()).isEqualTo("Inside the race to save the reef's oldest coral colony");
        assertThat(article.author()).isEqualTo("Lena Whitcombe");
        assertThat(article.source()).isEqualTo("The Coastal Review");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2026-03-02T21:00:00Z"));
        assertThat(article.body()).isEqualTo("""
                Marine biologists have spent six weeks moving fragments of a coral colony thought to be more than \
                400 years old to a nursery further offshore, where the water stays two degrees cooler in summer.

                The colony, known to researchers as Old Grey, survived three bleaching events, but surveys in \
                January found a third of it had turned white.""");
    }

    @Test
    void ampPageReadsItsGraphAndLeavesOutAmpAdsConsentAndSidebar() {
        ParsedArticle article = page("amp.html");

        assertThat(article.title()).isEqualTo("Neue Fähre verbindet die Inseln ab Mai");
        assertThat(article.author()).isEqualTo("Jens Albers");
        assertThat(article.source()).isEqualTo("Nordküsten-Bote");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2026-04-08T04:30:00Z"));
        assertThat(article.language()).isEqualTo("de");
        assertThat(article.body())
                .startsWith("Ab dem ersten Mai fährt eine neue Fähre")
                .endsWith("täglich auf das Festland müssen.")
                .doesNotContain("Anzeige", "Cookies", "Region", "Sport");
    }

    @Test
    void aShortArticleBesideAGridOfTeaserCardsInTheMainRegionIsReadWithoutThem() {
        ParsedArticle article = page("teaser-cards.html");

        assertThat(article.title()).isEqualTo("Harbour crane back in service after repairs");
        assertThat(article.author()).isEqualTo("Ines Roth");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2026-03-17T08:20:00Z"));
        assertThat(article.body())
                .startsWith("The big container crane on the east quay is working again")
                .endsWith("the unloading of two feeder ships.")
                .doesNotContain("Latest news", "Ferry fares", "island ferry", "bearings", "hospital");
    }

    @Test
    void aPublisherListedInAJsonLdArrayNamesTheSite() {
        assertThat(page("teaser-cards.html").source()).isEqualTo("Eastquay Gazette");
    }

    @Test
    void aTeaserGridBesideAShortArticleDoesNotContinueIt() {
        // the same page with a main region that says nothing by its id: the article scores best, and the grid beside
        // it scores well enough to be taken as the article's next part
        String page = new String(Fixtures.bytes("pages/teaser-cards.html"), java.nio.charset.StandardCharsets.UTF_8)
                .replace("<main id=\"content\">", "<main>");
        ParsedArticle article = Fixtures.FORMATS.read("page.html", page.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .articles().getFirst();

        assertThat(article.body()).endsWith("the unloading of two feeder ships.").doesNotContain("Latest news", "hospital");
    }
}
