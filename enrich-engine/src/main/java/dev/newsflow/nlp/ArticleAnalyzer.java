package dev.newsflow.nlp;

/**
 * The NLP engine's one entry point: plain Java, no framework, thread-safe, data loaded once at construction.
 */
public interface ArticleAnalyzer {

    /** Analyses {@code ArticleText.of(title, body)}; entity offsets count into that text. */
    Analysis analyze(String title, String body);

    /** Engine and data version, written to every enriched article as {@code enricherVersion}. */
    String version();
}
