package dev.newsflow.enrich.nlp;

import dev.newsflow.events.NamedEntity;
import dev.newsflow.events.Sentiment;

import java.util.List;

/**
 * What the engine found in one article.
 *
 * @param language ISO 639-1 code, or {@code "und"} when undetermined
 */
public record Analysis(String language, List<NamedEntity> entities, Sentiment sentiment, List<String> keywords,
        int wordCount) {

    public Analysis {
        entities = List.copyOf(entities);
        keywords = List.copyOf(keywords);
    }
}
