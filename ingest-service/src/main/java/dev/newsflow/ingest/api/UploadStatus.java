package dev.newsflow.ingest.api;

import dev.newsflow.ingest.Reason;
import dev.newsflow.ingest.process.Outcome;
import org.springframework.http.HttpStatus;

/** The HTTP status an upload's outcome is answered with (and logged with). */
final class UploadStatus {

    private UploadStatus() {
    }

    static HttpStatus of(Outcome outcome) {
        return switch (outcome) {
            case Outcome.Published p -> HttpStatus.OK;
            case Outcome.Failed f -> f.reason() == Reason.TOO_LARGE ? HttpStatus.CONTENT_TOO_LARGE
                    : f.reason() == Reason.UNSUPPORTED ? HttpStatus.UNSUPPORTED_MEDIA_TYPE
                    : f.reason() == Reason.KAFKA_REFUSED ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.BAD_REQUEST;
            case Outcome.Retry r -> HttpStatus.SERVICE_UNAVAILABLE;
        };
    }

    /** For the upload's log line. */
    static String code(Outcome outcome) {
        return Integer.toString(of(outcome).value());
    }
}
