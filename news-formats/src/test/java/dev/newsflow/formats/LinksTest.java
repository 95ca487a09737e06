package dev.newsflow.formats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LinksTest {

    @Test
    void aRelativeLinkTakesTheFirstBaseThatIsAnAbsoluteWebAddress() {
        assertThat(Links.resolve("/news/ferry", "https://example.org/harbour/"))
                .isEqualTo("https://example.org/news/ferry");
        assertThat(Links.resolve("quay.html", "tag:example.org,2026:x", "https://example.org/harbour/"))
                .isEqualTo("https://example.org/harbour/quay.html");
        assertThat(Links.resolve("n1.html", "notes/", "https://example.org/blog/"))
                .as("a relative base, itself resolved against the next")
                .isEqualTo("https://example.org/blog/notes/n1.html");
        assertThat(Links.resolve("?page=2", "https://example.org/harbour/index.html"))
                .as("RFC 3986, not java.net.URI's older rules")
                .isEqualTo("https://example.org/harbour/index.html?page=2");
    }

    @Test
    void anAbsoluteLinkOrOneWithNothingToResolveItAgainstStaysAsGiven() {
        assertThat(Links.resolve("https://example.com/a", "https://example.org/")).isEqualTo("https://example.com/a");
        assertThat(Links.resolve("mailto:desk@example.org", "https://example.org/"))
                .isEqualTo("mailto:desk@example.org");
        assertThat(Links.resolve("/news/ferry", null, "notes/")).isEqualTo("/news/ferry");
        assertThat(Links.resolve(null, "https://example.org/")).isNull();
    }
}
