package dev.newsflow.ingest.api;

import dev.newsflow.ingest.Reason;
import dev.newsflow.ingest.process.Ingestion;
import dev.newsflow.ingest.process.Source;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Errors Spring MVC raises before or around a handler (bad multipart, missing part, wrong method or type) as
 * problem+json with a {@code reason}, instead of a generic 500 with a stack trace in the log.
 */
@RestControllerAdvice
class HttpProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(HttpProblemHandler.class);

    private final Ingestion ingestion;

    HttpProblemHandler(Ingestion ingestion) {
        this.ingestion = ingestion;
    }

    /**
     * A multipart upload over {@code max-file-size}, refused while the container parsed it: counted and logged by
     * {@link Ingestion} like a file or raw body over the limit, so uploads count like files.
     */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        String message = "upload has more than the limit of " + ingestion.maxBytes() + " bytes";
        try {
            ingestion.refuse(Source.UPLOAD, null, Reason.TOO_LARGE, message, outcome -> Integer.toString(status.value()));
        } catch (IOException notFromThisDisposition) {
            throw new UncheckedIOException(notFromThisDisposition);
        }
        ProblemDetail problem = Problems.of(HttpStatus.CONTENT_TOO_LARGE, Reason.TOO_LARGE, "Unreadable article input",
                message);
        // the parent's, not this class's: the line is logged already
        return super.handleExceptionInternal(e, problem, headers, status, request);
    }

    /** Tomcat's messages for a malformed multipart body ("Stream ended unexpectedly", "no multipart boundary"). */
    @ExceptionHandler
    ResponseEntity<Object> malformedMultipart(MultipartException e, WebRequest request) {
        String why = "the body ends before its closing boundary";
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                why = cause.getMessage();
            }
        }
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, Reason.BAD_REQUEST, "Malformed multipart upload",
                "the multipart body cannot be read: " + why);
        return handleExceptionInternal(e, problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
    }

    /** A fault of this service: the one case logged with its stack trace. */
    @ExceptionHandler
    ResponseEntity<Object> unexpected(Exception e, WebRequest request) {
        log.error("request failed unexpectedly", e);
        ProblemDetail problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, Reason.INTERNAL, "Internal error",
                "the service failed on this request; see its log");
        return handleExceptionInternal(e, problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        ProblemDetail problem = body instanceof ProblemDetail given ? given
                : ProblemDetail.forStatusAndDetail(statusCode, ex.getMessage());
        if (problem.getProperties() == null || !problem.getProperties().containsKey(Problems.REASON)) {
            problem.setProperty(Problems.REASON, Reason.forStatus(statusCode.value()).code());
        }
        if (request instanceof ServletWebRequest servlet && Problems.isUpload(servlet.getRequest().getRequestURI())) {
            HttpServletRequest http = servlet.getRequest();
            UploadLog.refused(http, "failed", statusCode.value(), String.valueOf(problem.getProperties().get(Problems.REASON)),
                    problem.getDetail());
        }
        return super.handleExceptionInternal(ex, problem, headers, statusCode, request);
    }
}
