package dev.newsflow.ingest.api;

/** A request that is not a well-formed upload, whatever its content (reason {@code bad-request}). */
class BadUploadException extends RuntimeException {

    BadUploadException(String message) {
        super(message);
    }
}
