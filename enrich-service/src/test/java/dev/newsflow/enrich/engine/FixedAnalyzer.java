package dev.newsflow.enrich.engine;

import dev.newsflow.nlp.Analysis;
import dev.newsflow.nlp.ArticleAnalyzer;
import dev.newsflow.events.EntityType;
import dev.newsflow.events.NamedEntity;
import dev.newsflow.events.Sentiment;
import dev.newsflow.events.SentimentLabel;

import java.util.List;

/** Returns the same analysis for every article, for tests that need known entities and tone. */
public record FixedAnalyzer(Analysis analysis, String version) implements ArticleAnalyzer {

    public static final String VERSION = "fixed-1";

    /** A person and a place in {@code TestArticles.BODY}, negative tone. */
    public static FixedAnalyzer ferryStory() {
        var person = new NamedEntity("person:name:maria-ortega", "Maria Ortega", EntityType.PERSON, List.of("Ortega"),
                1, 110, 0.7, null, null);
        var place = new NamedEntity("geo:name:lakeview", "Lakeview", EntityType.LOCATION, List.of(), 1, 30, 0.5, null, null);
        return new FixedAnalyzer(new Analysis("en", List.of(person, place),
                new Sentiment(SentimentLabel.NEGATIVE, -0.4, 0.05, 0.35, 0.6), List.of("ferry line"), 40), VERSION);
    }

    @Override
    public Analysis analyze(String title, String body, String source) {
        return analysis;
    }
}
