package dev.newsflow.nlp;

/**
 * The NLP engine's one entry point: plain Java, no framework, thread-safe, data loaded once at construction.
 */
public interface ArticleAnalyzer {

    /**
     * Analyses {@code ArticleText.of(title, body)} for an article published by {@code source} (the site's name, may be
     * null): a part of the title that only names the site is not the article's entity, tone or keyword. Entity
     * offsets count into that text, the title as published. Abstract, so that an analyzer cannot drop the source by
     * implementing only the shorter form.
     */
    Analysis analyze(String title, String body, String source);

    /** {@link #analyze(String, String, String)} for an article whose publisher is unknown. */
    default Analysis analyze(String title, String body) {
        return analyze(title, body, null);
    }

    /** Engine and data version, written to every enriched article as {@code enricherVersion}. */
    String version();
}
