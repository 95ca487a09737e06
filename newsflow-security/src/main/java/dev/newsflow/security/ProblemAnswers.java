package dev.newsflow.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;

/**
 * 401 and 403 as {@code application/problem+json}, with a {@code reason} like every other error of the services.
 * With no key configured at all a write cannot succeed whatever the client sends, so it is 403 with how to configure
 * one, not 401.
 */
final class ProblemAnswers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ApiKeys keys;
    private final String header;

    ProblemAnswers(ApiKeys keys, String header) {
        this.keys = keys;
        this.header = header;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (keys.isEmpty()) {
            write(request, response, HttpStatus.FORBIDDEN, "no-api-key-configured", "No API key configured",
                    "this service has no API key, so it refuses every write; set NEWSFLOW_SECURITY_KEYS (or"
                            + " newsflow.security.keys) or NEWSFLOW_SECURITY_KEYS_FILE (a file of keys, one per line)"
                            + " and send the key in the " + header + " header; ./newsflow generates one");
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "ApiKey header=\"" + header + "\"");
        boolean sent = request.getHeader(header) != null;
        write(request, response, HttpStatus.UNAUTHORIZED, "unauthorized", "API key required",
                sent ? "the API key in the " + header + " header is not valid"
                        : "this request needs an API key in the " + header + " header");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "this key may not do this");
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                              String reason, String title, String detail) throws IOException {
        ProblemJson.write(response, status.value(), title, detail, request.getRequestURI(), reason);
    }
}
