package dev.newsflow.security.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** What the container answers before any servlet runs: problem+json, with the service's reason for the status. */
class ProblemJsonErrorValveTest {

    @ParameterizedTest
    @CsvSource({"400, bad-request", "404, not-found", "413, too-large", "500, internal"})
    void theContainersErrorAnswerGivesTheStatusTheServicesReason(int status, String reason) throws Exception {
        StatusReasons reasons = code -> switch (code) {
            case 404 -> "not-found";
            case 413 -> "too-large";
            default -> code >= 500 ? "internal" : "bad-request";
        };

        String body = report(new ProblemJsonErrorValve(reasons), status);

        assertThat(body).contains("\"status\":" + status).contains("\"reason\":\"" + reason + "\"");
    }

    @Test
    void aServiceWithoutReasonCodesAnswersWithoutOne() throws Exception {
        String body = report(new ProblemJsonErrorValve(), 400);

        assertThat(body).contains("\"status\":400").contains("\"title\":\"Request rejected\"").doesNotContain("reason");
    }

    private static String report(ProblemJsonErrorValve valve, int status) throws Exception {
        Response response = mock(Response.class);
        StringWriter body = new StringWriter();
        when(response.getStatus()).thenReturn(status);
        when(response.setErrorReported()).thenReturn(true);
        when(response.getReporter()).thenReturn(new PrintWriter(body));
        valve.report(mock(Request.class), response, null);
        return body.toString();
    }
}
