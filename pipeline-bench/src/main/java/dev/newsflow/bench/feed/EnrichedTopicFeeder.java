package dev.newsflow.bench.feed;

import dev.newsflow.events.ArticleEnriched;
import dev.newsflow.events.EventJson;
import dev.newsflow.events.EventType;
import dev.newsflow.events.Sentiment;
import dev.newsflow.events.SentimentLabel;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Publishes enriched events straight to {@code news.articles.enriched.v1}, as enrich would, so the store is
 * measured alone: its stored/s and its CPU per article. Entities are {@link SyntheticEntities}, not the engine's.
 */
public final class EnrichedTopicFeeder extends TopicFeeder {

    static final String ENRICHER_VERSION = "pipeline-bench-synthetic";

    public EnrichedTopicFeeder(String bootstrapServers, EventJson json, Clock clock) {
        super(bootstrapServers, json, clock, EventType.ARTICLE_ENRICHED);
    }

    @Override
    Record event(BenchArticle article, Instant now) {
        return enriched(article, now);
    }

    /** The event enrich would publish for {@code article}, ingested and enriched at {@code now}. */
    static ArticleEnriched enriched(BenchArticle article, Instant now) {
        String text = article.title() + "\n\n" + article.body();
        String[] words = text.strip().split("\\s+");
        List<String> keywords = Arrays.stream(words).map(w -> w.replaceAll("\\P{L}", "").toLowerCase(Locale.ROOT))
                .filter(w -> w.length() > 7).distinct().limit(8).toList();
        SentimentLabel label = SentimentLabel.values()[Math.floorMod(article.body().length(), 3)];
        double score = switch (label) {
            case POSITIVE -> 0.5;
            case NEGATIVE -> -0.5;
            case NEUTRAL -> 0;
        };
        return ArticleEnriched.of(RawTopicFeeder.raw(article, now), "en", SyntheticEntities.of(text),
                new Sentiment(label, score, 0.3, 0.2, 0.5), keywords, words.length, ENRICHER_VERSION, now);
    }

    @Override
    public String describe() {
        return "enriched topic -> store (ingest and enrich bypassed)";
    }
}
