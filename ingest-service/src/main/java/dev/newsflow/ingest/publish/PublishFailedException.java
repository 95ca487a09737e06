package dev.newsflow.ingest.publish;

/** Kafka did not acknowledge every article in time; nothing about the input is wrong, so it is retried. */
public class PublishFailedException extends RuntimeException {

    public PublishFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
