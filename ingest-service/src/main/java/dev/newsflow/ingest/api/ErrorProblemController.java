package dev.newsflow.ingest.api;

import dev.newsflow.ingest.Reason;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors the servlet container sends itself (rejected before any handler ran) as problem+json, in place of Spring
 * Boot's default error body.
 */
@RestController
class ErrorProblemController implements ErrorController {

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        int code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer status ? status : 500;
        HttpStatus status = HttpStatus.resolve(code) == null ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.resolve(code);
        Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        String detail = message == null || message.toString().isBlank() ? status.getReasonPhrase() : message.toString();
        ProblemDetail problem = Problems.of(status, Reason.forStatus(code), status.getReasonPhrase(), detail);
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri && Problems.isUpload(uri)) {
            UploadLog.refused(request, "failed", code, Reason.forStatus(code).code(), detail);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
