package dev.newsflow.formats.html;

import dev.newsflow.formats.Fixtures;
import dev.newsflow.formats.FormatResult;
import dev.newsflow.formats.ParsedArticle;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlArticleReaderTest {

    @Test
    void readsTheArticleAndItsMetaTagsWithoutPageFurniture() {
        FormatResult result = Fixtures.read("museum.html");

        assertThat(result.format()).isEqualTo("html");
        ParsedArticle article = result.articles().getFirst();
        assertThat(article.title()).isEqualTo("Museum unveils restored steam engine");
        assertThat(article.source()).isEqualTo("Northern Chronicle");
        assertThat(article.author()).isEqualTo("Priya Das");
        assertThat(article.url()).isEqualTo("https://example.org/chronicle/steam-engine");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2026-05-06T11:00:00Z"));
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.body()).isEqualTo("""
                The railway museum in Hollowford showed its restored steam engine to the public on Wednesday.

                Volunteers spent eleven years rebuilding the engine from parts found across the country.""");
    }

    @Test
    void withoutMetaTagsTheTitleElementAndBodyAreUsed() {
        String page = "<html><head><title>Town hall clock repaired</title></head>"
                + "<body><p>The clock on the town hall tower is ticking again.</p></body></html>";

        ParsedArticle article = Fixtures.FORMATS.read("clock.htm", page.getBytes(StandardCharsets.UTF_8))
                .articles().getFirst();

        assertThat(article.title()).isEqualTo("Town hall clock repaired");
        assertThat(article.body()).isEqualTo("The clock on the town hall tower is ticking again.");
    }

    @Test
    void anArticleTextIsStoredCleanWhetherOrNotItIsAllAscii() {
        // text written as entities reaches the article as characters a store refuses (a control, a lone surrogate)
        // beside plain prose, non-ASCII letters and spacing that needs collapsing
        String page = "<html><head><title>Harbour wall</title></head><body><article>"
                + "<p> The harbour wall was repaired <b>on time</b> and under budget. </p>"
                + "<p>Crews worked&#1; through the night &#xD800;to finish it, the café owner said.</p>"
                + "<p>Boats  return\tnext\u00A0week.</p></article></body></html>";

        ParsedArticle article = Fixtures.FORMATS.read("wall.html", page.getBytes(StandardCharsets.UTF_8))
                .articles().getFirst();

        assertThat(article.body()).isEqualTo("""
                The harbour wall was repaired on time and under budget.

                Crews worked through the night \uFFFDto finish it, the café owner said.

                Boats return next week.""");
    }
}
