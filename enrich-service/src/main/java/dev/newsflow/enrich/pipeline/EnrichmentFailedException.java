package dev.newsflow.enrich.pipeline;

/**
 * The engine failed on an article. The engine is deterministic, so the same article would fail again: it is
 * dead-lettered at once, with the engine's exception as the cause.
 */
public class EnrichmentFailedException extends RuntimeException {

    public EnrichmentFailedException(String articleId, Throwable cause) {
        super("the NLP engine failed on article " + articleId + ": " + cause, cause);
    }
}
