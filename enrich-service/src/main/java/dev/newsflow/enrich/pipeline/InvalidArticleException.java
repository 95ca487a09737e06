package dev.newsflow.enrich.pipeline;

/** A record on the raw topic that is not a readable raw article; retrying cannot help, so it is dead-lettered. */
public class InvalidArticleException extends RuntimeException {

    public InvalidArticleException(String message, Throwable cause) {
        super(message, cause);
    }
}
