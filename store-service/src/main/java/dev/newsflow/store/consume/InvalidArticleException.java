package dev.newsflow.store.consume;

/** A record that is not a storable enriched article; it goes to the dead-letter topic with this message. */
class InvalidArticleException extends RuntimeException {

    InvalidArticleException(String message) {
        super(message);
    }

    InvalidArticleException(String message, Throwable cause) {
        super(message, cause);
    }
}
