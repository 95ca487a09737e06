package dev.newsflow.store.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as RFC 9457 problem+json: Spring MVC's own (unknown path, wrong method, ...) through the base class,
 * ours ({@link InvalidParametersException}, {@link NotFoundException}) as {@code ErrorResponse}s, a value the
 * database refuses as 400, and a database outage as 503 so clients know to retry.
 */
@RestControllerAdvice
class ProblemHandling extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);

    /**
     * Stored data is checked on the way in, so the database refusing a query's data or SQL means a request
     * parameter it cannot take (a value beyond its types' range): the client's to fix, not a server fault.
     */
    @ExceptionHandler({DataIntegrityViolationException.class, BadSqlGrammarException.class})
    ProblemDetail parameterRefusedByDatabase(DataAccessException e) {
        log.warn("Database refused a request's parameters: {}", e.getMostSpecificCause().getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The database cannot use a value of this request's parameters; check dates and numbers");
        problem.setTitle("Invalid request parameters");
        return problem;
    }

    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessException.class})
    ProblemDetail databaseUnavailable(RuntimeException e) {
        log.warn("Database unavailable while answering a request: {}", e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The article database is not reachable right now; try again shortly");
        problem.setTitle("Database unavailable");
        return problem;
    }
}
