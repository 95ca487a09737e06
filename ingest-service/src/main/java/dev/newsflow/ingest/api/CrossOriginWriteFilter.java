package dev.newsflow.ingest.api;

import dev.newsflow.ingest.Reason;
import dev.newsflow.security.ProblemJson;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Set;

/**
 * Refuses writes sent by a web page of another origin. The API key already keeps browsers out (a key sent in a
 * header forces a CORS preflight that no unlisted origin passes); this is defence in depth for a page that holds a
 * key, and for {@code text/plain} and multipart posts, which need no preflight. Browsers always send {@code Origin}
 * on such requests; curl and scripts send none and stay allowed.
 */
@Component
class CrossOriginWriteFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of(HttpMethod.GET.name(), HttpMethod.HEAD.name(),
            HttpMethod.OPTIONS.name());

    private final Set<String> allowed;

    CrossOriginWriteFilter(ApiSettings settings) {
        this.allowed = Set.copyOf(settings.allowedOrigins());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null || SAFE_METHODS.contains(request.getMethod()) || allowed.contains(origin)) {
            chain.doFilter(request, response);
            return;
        }
        ProblemDetail problem = Problems.of(HttpStatus.FORBIDDEN, Reason.CROSS_ORIGIN, "Cross-origin write refused",
                "requests from web pages of origin " + origin + " may not write here; list the origin in"
                        + " newsflow.ingest.api.allowed-origins to allow it");
        if (Problems.isUpload(request.getRequestURI())) {
            UploadLog.refused(request, "failed", HttpStatus.FORBIDDEN.value(), Reason.CROSS_ORIGIN.code(),
                    problem.getDetail());
        }
        ProblemJson.write(response, problem.getStatus(), problem.getTitle(), problem.getDetail(),
                request.getRequestURI(), Reason.CROSS_ORIGIN.code());
    }
}
