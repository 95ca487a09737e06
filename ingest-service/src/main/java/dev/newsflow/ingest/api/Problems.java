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

    static boolean isUpload(String requestUri) {
        return requestUri != null && requestUri.startsWith("/api/articles");
    }
}
