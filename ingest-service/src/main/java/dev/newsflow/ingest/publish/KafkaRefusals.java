package dev.newsflow.ingest.publish;

import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;

/**
 * Tells a Kafka failure that will recur however often the file's records are sent from one worth retrying. Only
 * errors about the records themselves count as refusals: anything else, known or not (a broker away, a timeout, a
 * fenced or aborted transaction, a missing ACL or topic, which concern the service and would otherwise send every
 * file to failed/), is retried, as losing nothing matters more than moving a file on early.
 */
final class KafkaRefusals {

    private KafkaRefusals() {
    }

    /** The refusal in {@code failure}'s causes, or null when there is none or a retriable error comes first. */
    static Throwable refusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RetriableException || cause instanceof TimeoutException) {
                return null;
            }
            if (cause instanceof RecordTooLargeException || cause instanceof RecordBatchTooLargeException
                    || cause instanceof InvalidRecordException || cause instanceof SerializationException) {
                return cause;
            }
        }
        return null;
    }

    /** A {@link PublishRefusedException} when Kafka refused for good, else a {@link PublishFailedException}. */
    static PublishFailedException of(String message, Throwable failure) {
        Throwable refusal = refusal(failure);
        return refusal == null ? new PublishFailedException(message, failure)
                : new PublishRefusedException(message + " (" + refusal.getClass().getSimpleName() + ": "
                        + refusal.getMessage() + "; Kafka refuses these records however often they are sent)", failure);
    }
}
