package dev.newsflow.events;

import java.time.Instant;
import java.util.List;

/** Self-written sample events, shared with the services' tests through the test-jar. */
public final class SampleEvents {

    public static final String TITLE = "Harbour city opens tidal barrier after record storm";
    public static final String BODY = """
            Engineers in Rotterdam closed the new tidal barrier on Tuesday as the storm surge peaked.

            Mayor Anna de Vries thanked the crews. "The barrier did exactly what it was built to do," de Vries said.""";

    private SampleEvents() {
    }

    public static ArticleIngested ingested() {
        return new ArticleIngested(ArticleId.of(TITLE, BODY), TITLE, BODY, "Harbour Herald",
                "https://example.org/news/barrier", "Pat Writer", Instant.parse("2026-11-24T08:00:00Z"), "en",
                new ArticleOrigin("barrier.txt", "txt", 321, "a".repeat(64)), Instant.parse("2026-11-24T09:00:00Z"));
    }

    public static ArticleEnriched enriched() {
        var person = new NamedEntity("person:name:anna-de-vries", "Anna de Vries", EntityType.PERSON,
                List.of("de Vries"), 2, 140, 0.6, new EntitySentiment(SentimentLabel.POSITIVE, 0.42), null);
        var place = new NamedEntity("geo:geonames:2747891", "Rotterdam", EntityType.LOCATION, List.of(), 1, 66,
                0.4, new EntitySentiment(SentimentLabel.NEUTRAL, 0.0), new Geo(51.9225, 4.47917, "NL"));
        return ArticleEnriched.of(ingested(), "en", List.of(person, place),
                new Sentiment(SentimentLabel.POSITIVE, 0.31, 0.2, 0.05, 0.75), List.of("tidal barrier", "storm surge"),
                38, "test-1", Instant.parse("2026-11-24T09:00:01Z"));
    }
}
