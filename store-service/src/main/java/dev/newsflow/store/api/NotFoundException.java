package dev.newsflow.store.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 404 for an article or entity the store does not know. */
public class NotFoundException extends ErrorResponseException {

    public NotFoundException(String what, String key) {
        super(HttpStatus.NOT_FOUND, problem(what, key), null);
    }

    private static ProblemDetail problem(String what, String key) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No " + what + " '" + key + "' is stored");
        problem.setTitle(Character.toUpperCase(what.charAt(0)) + what.substring(1) + " not found");
        return problem;
    }
}
