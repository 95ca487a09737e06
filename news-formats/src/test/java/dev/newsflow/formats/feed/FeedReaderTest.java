package dev.newsflow.formats.feed;

import dev.newsflow.formats.Fixtures;
import dev.newsflow.formats.FormatException;
import dev.newsflow.formats.FormatResult;
import dev.newsflow.formats.ParsedArticle;
import dev.newsflow.formats.RecordProblem;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeedReaderTest {

    @Test
    void everyRssItemIsAnArticleWithHtmlTurnedIntoText() {
        FormatResult result = Fixtures.read("regional.rss");

        assertThat(result.format()).isEqualTo("rss");
        assertThat(result.articles()).hasSize(2);
        ParsedArticle first = result.articles().getFirst();
        assertThat(first.title()).isEqualTo("Rowing club celebrates its centenary");
        assertThat(first.source()).isEqualTo("Lakeside Daily");
        assertThat(first.url()).isEqualTo("https://example.org/lakeside/rowing");
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2026-06-06T18:00:00Z"));
        assertThat(first.language()).isEqualTo("en");
        assertThat(first.body()).isEqualTo("""
                The rowing club on the north shore turned one hundred on Saturday.

                Former members came from across the country to race.""");
        assertThat(result.problems()).containsExactly(RecordProblem.atIndex(2, "no body text"));
    }

    @Test
    void atomEntriesWithAuthorAndPublishedDate() {
        FormatResult result = Fixtures.read("science.atom");

        assertThat(result.format()).isEqualTo("atom");
        ParsedArticle entry = result.articles().getFirst();
        assertThat(entry.author()).isEqualTo("Lee Chen");
        assertThat(entry.source()).isEqualTo("Campus Science Notes");
        assertThat(entry.publishedAt()).isEqualTo(Instant.parse("2026-06-30T10:00:00Z"));
        assertThat(entry.body()).startsWith("A student team launched");
    }

    @Test
    void aFeedWithADoctypeIsRefusedSoNoEntityIsEverResolved() {
        assertThatThrownBy(() -> Fixtures.read("xxe.rss"))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("DOCTYPE")
                .extracting(e -> ((FormatException) e).reason()).isEqualTo(FormatException.Reason.UNSAFE_XML);
    }

    @Test
    void xmlThatIsNotAFeedIsAClearError() {
        assertThatThrownBy(() -> Fixtures.FORMATS.read("notes.xml", "<notes><note>hi</note></notes>".getBytes()))
                .isInstanceOf(FormatException.class).hasMessageContaining("not a readable RSS or Atom feed");
    }
}
