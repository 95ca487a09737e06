package dev.newsflow.store.article;

import dev.newsflow.events.ArticleEnriched;
import dev.newsflow.events.EntityType;
import dev.newsflow.events.SentimentLabel;
import dev.newsflow.store.TestArticles;

import java.time.Instant;
import java.util.List;

/** Five articles that differ in every filterable way; listed newest first. */
final class ArticleFixtures {

    static final ArticleEnriched FRENCH_REOPENING = TestArticles.article("Le port de Nordhavn rouvre")
            .source("Gazette du Nord").language("fr").published((Instant) null)
            .ingested(Instant.parse("2025-03-04T09:00:00Z")).tone(SentimentLabel.POSITIVE, 0.3)
            .entity("Nordhavn", EntityType.LOCATION, 2, 0.2).build();
    static final ArticleEnriched FERRY_STRIKE = TestArticles.article("Ferry strike halts crossings")
            .body("The ferry union stopped every ferry at dawn. Ferry passengers waited for hours at the quay.")
            .source("Daily Ledger").published("2025-03-03T08:00:00Z").ingested(Instant.parse("2025-03-03T08:05:00Z"))
            .tone(SentimentLabel.NEGATIVE, -0.4)
            .entity("Ferry Workers Union", EntityType.ORGANIZATION, 2, -0.3, "union").build();
    static final ArticleEnriched STORM = TestArticles.article("Storm floods Nordhavn harbour district")
            .source("Coast Courier").published("2025-03-02T08:00:00Z").ingested(Instant.parse("2025-03-02T08:05:00Z"))
            .tone(SentimentLabel.NEGATIVE, -0.7)
            .entity("Nordhavn", EntityType.LOCATION, 4, -0.6)
            .entity("Marta Lindqvist", EntityType.PERSON, 1, -0.2).build();
    static final ArticleEnriched TERMINAL = TestArticles.article("Harbour council approves new ferry terminal")
            .source("Coast Courier").published("2025-03-01T08:00:00Z").ingested(Instant.parse("2025-03-01T08:05:00Z"))
            .tone(SentimentLabel.POSITIVE, 0.6)
            .entity("Marta Lindqvist", EntityType.PERSON, 3, 0.5, "Lindqvist")
            .entity("Port Authority of Nordhavn", EntityType.ORGANIZATION, 1, 0.1, "Port Authority")
            .entity("Nordhavn", EntityType.LOCATION, 1, 0.0).build();
    static final ArticleEnriched BUDGET = TestArticles.article("Council budget vote delayed")
            .body("Councillors postponed the vote. One member asked about the ferry subsidy before the session ended.")
            .source("Daily Ledger").published("2025-02-27T08:00:00Z").ingested(Instant.parse("2025-02-27T08:05:00Z"))
            .tone(SentimentLabel.NEUTRAL, 0.0).build();

    static final List<ArticleEnriched> NEWEST_FIRST = List.of(FRENCH_REOPENING, FERRY_STRIKE, STORM, TERMINAL, BUDGET);

    private ArticleFixtures() {
    }
}
