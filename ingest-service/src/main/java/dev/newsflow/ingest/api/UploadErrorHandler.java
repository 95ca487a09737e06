package dev.newsflow.ingest.api;

import dev.newsflow.ingest.Reason;
import dev.newsflow.ingest.process.Outcome;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refused upload becomes {@code application/problem+json} saying why; nothing was published for it, and it was
 * counted and logged where it was ingested. Ahead of the catch-all {@link HttpProblemHandler}.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = ArticleUploadController.class)
class UploadErrorHandler {

    @ExceptionHandler
    ProblemDetail refused(UploadRefusedException e) {
        return switch (e.outcome()) {
            case Outcome.Failed f -> failed(f);
            case Outcome.Retry r -> Problems.of(UploadStatus.of(r), Reason.KAFKA_UNAVAILABLE,
                    "Kafka did not acknowledge the articles; retry later", r.message());
            case Outcome.Published p -> throw new IllegalStateException("a published upload is not refused");
        };
    }

    private static ProblemDetail failed(Outcome.Failed f) {
        String title = switch (f.reason()) {
            case NO_ARTICLES -> "No usable article";
            case BAD_REQUEST -> "Bad upload";
            case KAFKA_REFUSED -> "Kafka refused the articles";
            default -> "Unreadable article input";
        };
        ProblemDetail problem = Problems.of(UploadStatus.of(f), f.reason(), title, f.message());
        if (f.result() != null) {
            problem.setProperty("problems", f.problems());
            problem.setProperty("problemCount", f.skipped());
        }
        return problem;
    }
}
