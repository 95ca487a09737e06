package dev.newsflow.formats.feed;

import dev.newsflow.formats.Fixtures;
import dev.newsflow.formats.FormatException;
import dev.newsflow.formats.FormatResult;
import dev.newsflow.formats.ParsedArticle;
import dev.newsflow.formats.RecordProblem;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
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

    @Test
    void aBulkFeedInAnotherScriptIsReadFromItsBytesWithItsLanguage() {
        StringBuilder atom = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"ru\"><title>Речной вестник</title>\n");
        int entries = 3_000;
        for (int i = 0; i < entries; i++) {
            atom.append("<entry><title>Паром номер ").append(i).append(" вышел по расписанию</title>")
                    .append("<published>2026-05-04T08:15:00Z</published><content type=\"html\">&lt;p&gt;")
                    .append("Утренний паром через реку снова ходит каждый час, сообщили в порту. ".repeat(4))
                    .append("&lt;/p&gt;</content></entry>\n");
        }
        byte[] bytes = atom.append("</feed>").toString().getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.length).as("large enough to be kept as bytes").isGreaterThan(1024 * 1024);

        FormatResult result = Fixtures.FORMATS.read("river.atom", bytes);

        assertThat(result.articles()).hasSize(entries);
        assertThat(result.articles().getLast().title()).isEqualTo("Паром номер 2999 вышел по расписанию");
        assertThat(result.articles()).allSatisfy(article -> assertThat(article.language()).isEqualTo("ru"));
    }
}
