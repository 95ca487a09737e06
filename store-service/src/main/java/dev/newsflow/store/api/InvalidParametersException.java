package dev.newsflow.store.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.util.List;
import java.util.stream.Collectors;

/** 400 with every invalid parameter listed, as RFC 9457's {@code invalid-params} example extension does. */
public class InvalidParametersException extends ErrorResponseException {

    public record InvalidParam(String name, String reason) {
    }

    public InvalidParametersException(List<InvalidParam> invalidParams) {
        super(HttpStatus.BAD_REQUEST, problem(invalidParams), null);
    }

    private static ProblemDetail problem(List<InvalidParam> invalidParams) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, invalidParams.stream()
                .map(p -> p.name() + ": " + p.reason()).collect(Collectors.joining("; ")));
        problem.setTitle("Invalid request parameters");
        problem.setProperty("invalidParams", List.copyOf(invalidParams));
        return problem;
    }
}
