package dev.newsflow.ingest.api;

import dev.newsflow.formats.FormatException;
import dev.newsflow.ingest.Reason;
import dev.newsflow.ingest.metrics.IngestMetrics;
import dev.newsflow.ingest.metrics.IngestMetrics.FileOutcome;
import dev.newsflow.ingest.publish.PublishFailedException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Bad uploads become {@code application/problem+json} saying why; nothing is published for them. Ahead of the
 * catch-all {@link HttpProblemHandler}.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = ArticleUploadController.class)
class UploadErrorHandler {

    private final IngestMetrics metrics;

    UploadErrorHandler(IngestMetrics metrics) {
        this.metrics = metrics;
    }

    @ExceptionHandler
    ProblemDetail unreadable(FormatException e, HttpServletRequest request) {
        Reason reason = Reason.of(e.reason());
        metrics.file(FileOutcome.FAILED);
        metrics.rejected(reason, 1);
        HttpStatus status = reason == Reason.TOO_LARGE ? HttpStatus.CONTENT_TOO_LARGE
                : reason == Reason.UNSUPPORTED ? HttpStatus.UNSUPPORTED_MEDIA_TYPE : HttpStatus.BAD_REQUEST;
        return refused(request, "failed", Problems.of(status, reason, "Unreadable article input", e.getMessage()));
    }

    @ExceptionHandler
    ProblemDetail nothingUsable(NoUsableArticleException e, HttpServletRequest request) {
        metrics.file(FileOutcome.FAILED);
        metrics.rejected(Reason.INVALID_RECORD, e.problemCount());
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, Reason.NO_ARTICLES, "No usable article",
                e.getMessage());
        problem.setProperty("problems", e.problems());
        problem.setProperty("problemCount", e.problemCount());
        return refused(request, "failed", problem);
    }

    @ExceptionHandler
    ProblemDetail badUpload(BadUploadException e, HttpServletRequest request) {
        metrics.file(FileOutcome.FAILED);
        return refused(request, "failed", Problems.of(HttpStatus.BAD_REQUEST, Reason.BAD_REQUEST, "Bad upload",
                e.getMessage()));
    }

    @ExceptionHandler
    ProblemDetail notAcknowledged(PublishFailedException e, HttpServletRequest request) {
        metrics.file(FileOutcome.RETRY);
        return refused(request, "retry", Problems.of(HttpStatus.SERVICE_UNAVAILABLE, Reason.KAFKA_UNAVAILABLE,
                "Kafka did not acknowledge the articles; retry later", e.getMessage()));
    }

    private static ProblemDetail refused(HttpServletRequest request, String outcome, ProblemDetail problem) {
        UploadLog.refused(request, outcome, problem.getStatus(), String.valueOf(problem.getProperties().get(Problems.REASON)),
                problem.getDetail());
        return problem;
    }
}
