package dev.newsflow.ingest.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** What the container answers before any servlet runs carries the same reason as the same status from Spring MVC. */
class ProblemJsonErrorValveTest {

    @ParameterizedTest
    @CsvSource({"400, bad-request", "404, not-found", "413, too-large", "415, unsupported", "503, kafka-unavailable",
            "500, internal"})
    void theContainersErrorAnswerGivesTheStatusItsOneReason(int status, String reason) throws Exception {
        Response response = mock(Response.class);
        StringWriter body = new StringWriter();
        when(response.getStatus()).thenReturn(status);
        when(response.setErrorReported()).thenReturn(true);
        when(response.getReporter()).thenReturn(new PrintWriter(body));

        new ProblemJsonErrorValve().report(mock(Request.class), response, null);

        assertThat(body.toString()).contains("\"status\":" + status).contains("\"reason\":\"" + reason + "\"");
    }
}
