package dev.newsflow.formats.html.metadata;

import dev.newsflow.formats.ParsedArticle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static dev.newsflow.formats.Fixtures.PROSE;
import static dev.newsflow.formats.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page that declares its title with the site's name in it ("Port News | Quay opening delayed") still shows the
 * headline alone in its {@code <h1>}: that heading is found all the same, and what stands beside it (the byline in a
 * two-column layout's box, the date in the post's header) is the article's. The title read stays as declared.
 */
class HtmlSiteTitledHeadlineTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            site name first ¦ Port News | Quay opening delayed by steel shortage ¦ Quay opening delayed by steel shortage
            site name last, a short headline ¦ Quay delayed | Port News ¦ Quay delayed
            site name last, declared nowhere else ¦ Quay delayed - Port News ¦ Quay delayed
            """)
    void theBylineBesideTheHeadlineInASidebarNamedLayout(String rule, String declared, String heading) {
        ParsedArticle article = read(head(declared),
                "<div class=\"content-right-sidebar\"><h1>" + heading + "</h1><p class=\"byline\">By Ines Roth</p>"
                        + PROSE + "</div>");

        assertThat(article.author()).as(rule).isEqualTo("Ines Roth");
        assertThat(article.title()).as(rule).isEqualTo(declared);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            site name first ¦ Port News | Quay opening delayed by steel shortage ¦ Quay opening delayed by steel shortage
            site name last, a short headline ¦ Quay delayed | Port News ¦ Quay delayed
            site name last, declared nowhere else ¦ Quay delayed - Port News ¦ Quay delayed
            """)
    void theDateInThePostsHeader(String rule, String declared, String heading) {
        ParsedArticle article = read(head(declared), "<main><header class=\"entry-header\"><h1>" + heading
                + "</h1><span>May 7, 2026</span></header>" + PROSE + "</main>");

        assertThat(article.publishedAt()).as(rule).isEqualTo(Instant.parse("2026-05-07T00:00:00Z"));
        assertThat(article.title()).as(rule).isEqualTo(declared);
    }

    private static String head(String declared) {
        String siteName = declared.contains(" | ") ? "<meta property=\"og:site_name\" content=\"Port News\">" : "";
        return "<title>" + declared + "</title>" + siteName + "<meta property=\"og:title\" content=\"" + declared
                + "\">";
    }
}
