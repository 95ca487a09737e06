package dev.newsflow.formats;

import dev.newsflow.events.ArticleId;
import dev.newsflow.events.ArticleIngested;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleEventsTest {

    @Test
    void eachUsableArticleBecomesAnEventWithItsContentIdAndTheFilesOrigin() {
        byte[] content = """
                {"title": "Ferry timetable changes", "body": "Sailings move to the half hour.", "source": "Harbour Herald", "lang": "en-GB"}
                {"title": "No body here"}
                {"title": "Pier lights repaired", "body": "The lamps shine again.", "author": "Ana Ruiz"}
                """.getBytes(StandardCharsets.UTF_8);
        FormatResult result = new ArticleFormats(FormatLimits.DEFAULTS).read("coast.jsonl", content);
        Instant at = Instant.parse("2026-05-04T10:15:30Z");

        List<ArticleIngested> events = ArticleEvents.of("coast.jsonl", content, result, at);

        assertThat(events).extracting(ArticleIngested::id).containsExactly(
                ArticleId.of("Ferry timetable changes", "Sailings move to the half hour."),
                ArticleId.of("Pier lights repaired", "The lamps shine again."));
        ArticleIngested first = events.getFirst();
        assertThat(first.source()).isEqualTo("Harbour Herald");
        assertThat(first.language()).isEqualTo("en");
        assertThat(events.get(1).author()).isEqualTo("Ana Ruiz");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.ingestedAt()).isEqualTo(at);
            assertThat(e.origin().fileName()).isEqualTo("coast.jsonl");
            assertThat(e.origin().format()).isEqualTo("jsonl");
            assertThat(e.origin().sizeBytes()).isEqualTo(content.length);
            assertThat(e.origin().contentSha256()).isEqualTo(ArticleId.sha256Hex(content));
        });
    }
}
