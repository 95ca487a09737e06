package dev.newsflow.ingest.publish;

/**
 * Kafka answered that it will never take these records as they are: a record larger than the topic or producer allows,
 * a record the broker finds invalid, or no permission to write to the topic. Unlike a broker that is away, trying again
 * changes nothing, so the input goes to failed/ with the reason instead of coming back for ever.
 */
public class PublishRefusedException extends PublishFailedException {

    public PublishRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
