package dev.newsflow.nlp;

/**
 * The NLP engine's one entry point: plain Java, no framework, thread-safe, data loaded once at construction.
 */
public interface ArticleAnalyzer {

    /** Analyses {@code ArticleText.of(title, body)}; entity offsets count into that text. */
    Analysis analyze(String title, String body);

    /**
     * As {@link #analyze(String, String)} for an article published by {@code source} (the site's name, may be
     * null): a part of the title that only names the site is not the article's entity, tone or keyword. An analyzer
     * that reads no source analyses the whole title.
     */
    default Analysis analyze(String title, String body, String source) {
        return analyze(title, body);
    }

    /** Engine and data version, written to every enriched article as {@code enricherVersion}. */
    String version();
}
