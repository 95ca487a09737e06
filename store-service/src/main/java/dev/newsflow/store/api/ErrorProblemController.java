package dev.newsflow.store.api;

import io.swagger.v3.oas.annotations.Hidden;
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
 * Errors raised before any handler ran, such as a path the security firewall refuses (an encoded '%', '.' or ';'),
 * as problem+json like every other error of the API, in place of Spring Boot's default error body.
 */
@Hidden
@RestController
class ErrorProblemController implements ErrorController {

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        int code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer status ? status : 500;
        HttpStatus resolved = HttpStatus.resolve(code);
        HttpStatus status = resolved == null ? HttpStatus.INTERNAL_SERVER_ERROR : resolved;
        // the container's own message may name server internals: say only what the client can act on
        String detail = status == HttpStatus.BAD_REQUEST ? "the request's path or parameters are malformed (an"
                + " encoded '%', '.', ';', '/' or '\\' in the path, say); encode a name as a query parameter instead"
                : status.getReasonPhrase();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
