package dev.newsflow.nlp;

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

    public static final String UNDETERMINED_LANGUAGE = "und";

    public Analysis {
        entities = List.copyOf(entities);
        keywords = List.copyOf(keywords);
    }

    /** The detected language, or {@code declared} (the source's own, may be null) when the engine could not tell. */
    public String languageOr(String declared) {
        boolean undetermined = language == null || language.isBlank() || UNDETERMINED_LANGUAGE.equals(language);
        if (undetermined && declared != null) {
            return declared;
        }
        return undetermined ? UNDETERMINED_LANGUAGE : language;
    }
}
