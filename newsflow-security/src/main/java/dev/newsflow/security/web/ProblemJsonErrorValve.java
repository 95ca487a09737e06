package dev.newsflow.security.web;

import dev.newsflow.security.ProblemJson;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Tomcat rejects some requests before any servlet sees them (an encoded {@code /}, {@code \} or NUL in the path, an
 * over-long request line or header, a character a URL may not hold); its error page is HTML. This valve answers
 * those as problem+json like every other error of the service, with the service's reason for the status when it
 * gives one ({@link StatusReasons}), and never shows server details.
 */
public class ProblemJsonErrorValve extends ErrorReportValve {

    private final StatusReasons reasons;

    /** For Tomcat, which may create the host's error valve by its class name: no {@code reason} in the answers. */
    public ProblemJsonErrorValve() {
        this(status -> null);
    }

    public ProblemJsonErrorValve(StatusReasons reasons) {
        this.reasons = reasons;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String detail = status == 400 ? "the request line or headers are malformed (an encoded '/', '\\' or NUL in"
                + " the path, an over-long URL or header, or invalid characters)" : "the request was refused";
        String body = ProblemJson.toJson(ProblemJson.body(status, "Request rejected", detail, null,
                reasons.reasonFor(status)));
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response was committed meanwhile: nothing more to say
        }
    }
}
