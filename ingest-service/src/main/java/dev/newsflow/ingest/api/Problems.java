package dev.newsflow.ingest.api;

import dev.newsflow.ingest.Reason;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Every error answer is {@code application/problem+json} with a {@code reason} from {@link Reason}. */
final class Problems {

    static final String REASON = "reason";

    private Problems() {
    }

    static ProblemDetail of(HttpStatus status, Reason reason, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setProperty(REASON, reason.code());
        return problem;
    }

    /** The reason of an error the framework or the container raised, by its status. */
    static Reason forStatus(int status) {
        return switch (status) {
            case 404 -> Reason.NOT_FOUND;
            case 405 -> Reason.METHOD_NOT_ALLOWED;
            case 413 -> Reason.TOO_LARGE;
            case 415 -> Reason.UNSUPPORTED;
            case 503 -> Reason.KAFKA_UNAVAILABLE;
            default -> status >= 500 ? Reason.INTERNAL : Reason.BAD_REQUEST;
        };
    }

    static boolean isUpload(String requestUri) {
        return requestUri != null && requestUri.startsWith("/api/articles");
    }
}
