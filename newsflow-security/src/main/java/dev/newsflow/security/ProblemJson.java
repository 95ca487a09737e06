package dev.newsflow.security;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one {@code application/problem+json} body for answers written outside Spring MVC (security filters, a
 * service's own servlet filters and container valves), so without MVC's {@code ProblemDetail} support: the same
 * fields, flat, with the services' {@code reason}.
 */
public final class ProblemJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemJson() {
    }

    /**
     * @param instance the request path; null to leave it out (a path the container refused is not echoed)
     * @param reason   the service's reason code; null to leave it out (a service without reason codes)
     */
    public static Map<String, Object> body(int status, String title, String detail, String instance, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        if (instance != null) {
            body.put("instance", instance);
        }
        if (reason != null) {
            body.put("reason", reason);
        }
        return body;
    }

    public static String toJson(Map<String, Object> body) {
        return JSON.writeValueAsString(body);
    }

    /** Sets the status and content type and writes the body. */
    public static void write(HttpServletResponse response, int status, String title, String detail, String instance,
                             String reason) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JSON.writeValue(response.getOutputStream(), body(status, title, detail, instance, reason));
    }
}
