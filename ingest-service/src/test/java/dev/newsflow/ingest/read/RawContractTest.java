package dev.newsflow.ingest.read;

import dev.newsflow.events.ArticleId;
import dev.newsflow.events.ArticleIngested;
import dev.newsflow.events.ArticleOrigin;
import dev.newsflow.events.EventJson;
import dev.newsflow.events.validation.RecordValidator;
import dev.newsflow.formats.FormatResult;
import dev.newsflow.formats.RecordProblem;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 14: ingest publishes only raw articles its contract's validator accepts. */
class RawContractTest {

    final RawContract contract = new RawContract(new RecordValidator(), new EventJson());

    @Test
    void anArticleBreakingTheRawSchemaIsRefusedAsAnInvalidRecordAndTheOthersAreKept() {
        ArticleIngested good = article("Harbour reopens", "Boats are back in the harbour.");
        // an id that is not 32 hex digits breaks the schema in a part it requires, yet the record's constructor takes
        // it; readers never make one, so it is built here
        ArticleIngested misnamed = new ArticleIngested("not-an-article-id", "Ferry late", "The ferry was late again.",
                null, null, null, null, null, new ArticleOrigin("a.jsonl", "jsonl", 10, null),
                Instant.parse("2026-03-02T09:00:00Z"));
        FormatResult read = new FormatResult("jsonl", List.of(), List.of(RecordProblem.atLine(3, "not JSON")), 1);

        ArticleReading.ReadFile checked = contract.check(read, List.of(good, misnamed));

        assertThat(checked.articles()).containsExactly(good);
        assertThat(checked.result().problemCount()).isEqualTo(2);
        assertThat(checked.result().problems()).hasSize(2).last().satisfies(problem ->
                assertThat(problem.reason()).contains(misnamed.id()).contains("raw-article schema").contains("/id"));
    }

    @Test
    void aConformingFileIsUnchanged() {
        ArticleIngested good = article("Harbour reopens", "Boats are back in the harbour.");
        FormatResult read = new FormatResult("txt", List.of(), List.of(), 0);

        ArticleReading.ReadFile checked = contract.check(read, List.of(good));

        assertThat(checked.articles()).containsExactly(good);
        assertThat(checked.result()).isSameAs(read);
    }

    private static ArticleIngested article(String title, String body) {
        return new ArticleIngested(ArticleId.of(title, body), title, body, null, null, null,
                null, null, new ArticleOrigin("a.jsonl", "jsonl", 10, null), Instant.parse("2026-03-02T09:00:00Z"));
    }
}
