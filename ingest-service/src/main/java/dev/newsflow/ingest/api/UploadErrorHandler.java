package dev.newsflow.ingest.api;

import dev.newsflow.formats.FormatException;
import dev.newsflow.ingest.metrics.IngestMetrics;
import dev.newsflow.ingest.publish.PublishFailedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Bad uploads become {@code application/problem+json} saying why; nothing is published for them. */
@RestControllerAdvice(assignableTypes = ArticleUploadController.class)
class UploadErrorHandler {

    private final IngestMetrics metrics;

    UploadErrorHandler(IngestMetrics metrics) {
        this.metrics = metrics;
    }

    @ExceptionHandler
    ProblemDetail unreadable(FormatException e) {
        metrics.file(IngestMetrics.FileOutcome.FAILED);
        metrics.rejected(e.reason().code(), 1);
        HttpStatus status = e.reason() == FormatException.Reason.TOO_LARGE ? HttpStatus.CONTENT_TOO_LARGE
                : e.reason() == FormatException.Reason.UNSUPPORTED ? HttpStatus.UNSUPPORTED_MEDIA_TYPE
                : HttpStatus.BAD_REQUEST;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setTitle("Unreadable article input");
        problem.setProperty("reason", e.reason().code());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail nothingUsable(NoUsableArticleException e) {
        metrics.rejected("invalid-record", e.problems().size());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("No usable article");
        problem.setProperty("reason", "no-articles");
        problem.setProperty("problems", e.problems());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail notAcknowledged(PublishFailedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setTitle("Kafka did not acknowledge the articles; retry later");
        return problem;
    }
}
