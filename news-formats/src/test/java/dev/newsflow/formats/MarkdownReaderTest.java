package dev.newsflow.formats;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MarkdownReaderTest {

    @Test
    void frontMatterGivesTheFieldsAndMarkupBecomesText() {
        FormatResult result = Fixtures.read("council-vote.md");

        assertThat(result.format()).isEqualTo("md");
        ParsedArticle article = result.articles().getFirst();
        assertThat(article.title()).isEqualTo("Council approves new cycle lanes");
        assertThat(article.source()).isEqualTo("Riverside Gazette");
        assertThat(article.author()).isEqualTo("Sam Ortega");
        assertThat(article.url()).isEqualTo("https://example.org/riverside/cycle-lanes");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2026-03-04T09:30:00Z"));
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.body())
                .startsWith("The city council voted nine to four on Wednesday to build protected cycle lanes along")
                .contains("\n\nWhat happens next\n\n")
                .doesNotContain("**", "](", "##", "*early");
    }

    @Test
    void withoutFrontMatterTheFirstHeadingIsTheTitle() {
        ParsedArticle article = Fixtures.read("heading-only.md").articles().getFirst();

        assertThat(article.title()).isEqualTo("Bakery wins regional bread prize");
        assertThat(article.body()).startsWith("A family bakery in Eastford");
    }

    @Test
    void brokenFrontMatterIsAClearError() {
        byte[] bad = "---\ntitle: [unclosed\n---\nBody text.".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Fixtures.FORMATS.read("bad.md", bad))
                .isInstanceOf(FormatException.class).hasMessageContaining("invalid YAML front matter");
    }
}
