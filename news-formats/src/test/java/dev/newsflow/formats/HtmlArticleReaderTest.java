package dev.newsflow.formats;

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
}
