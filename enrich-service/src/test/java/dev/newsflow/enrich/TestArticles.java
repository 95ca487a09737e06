package dev.newsflow.enrich;

import dev.newsflow.events.ArticleId;
import dev.newsflow.events.ArticleIngested;
import dev.newsflow.events.ArticleOrigin;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Raw articles written for these tests. */
public final class TestArticles {

    public static final String BODY = """
            The city council of Lakeview approved a new ferry line on Monday after a long debate.

            Councillor Maria Ortega said the service would cut commuting times for thousands of residents, \
            while critics warned that the budget was too tight.""";

    private TestArticles() {
    }

    /** A raw article with the shared body; the title makes it (and its id) unique. */
    public static ArticleIngested raw(String title) {
        return raw(title, BODY);
    }

    public static ArticleIngested raw(String title, String body) {
        String id = ArticleId.of(title, body);
        return new ArticleIngested(id, title, body, "Lakeview Ledger", "https://example.org/ferry", "Sam Reporter",
                Instant.parse("2026-03-02T07:30:00Z"), "en",
                new ArticleOrigin(id + ".txt", "txt", body.length(),
                        ArticleId.sha256Hex(body.getBytes(StandardCharsets.UTF_8))),
                Instant.parse("2026-03-02T08:00:00Z"));
    }
}
