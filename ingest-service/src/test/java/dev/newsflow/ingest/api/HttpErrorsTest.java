package dev.newsflow.ingest.api;

import dev.newsflow.ingest.Deltas;
import io.micrometer.core.instrument.MeterRegistry;
import dev.newsflow.ingest.security.TestApiKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a real HTTP client sees when the request itself is broken: requests the container rejects before any handler
 * and multipart bodies it cannot parse. Raw sockets, because HTTP clients refuse to send most of these.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
                "newsflow.ingest.max-file-size=16KB", TestApiKey.PROPERTY})
@EmbeddedKafka(partitions = 1)
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class HttpErrorsTest {

    static final Path HOME = tempHome();
    static final String KEY_HEADER = TestApiKey.HEADER + ": " + TestApiKey.KEY + "\r\n";

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        registry.add("newsflow.home", HOME::toString);
    }

    @AfterAll
    static void cleanUp() throws IOException {
        FileSystemUtils.deleteRecursively(HOME);
    }

    @Test
    void malformedMultipartBodiesAreAProblemWithAReasonAndNoStackTrace(CapturedOutput log) {
        String noBoundary = send("POST /api/articles HTTP/1.1\r\nHost: x\r\n" + KEY_HEADER + "Content-Type: multipart/form-data\r\n"
                + "Content-Length: 5\r\nConnection: close\r\n\r\nhello");
        String truncated = send("POST /api/articles HTTP/1.1\r\nHost: x\r\n" + KEY_HEADER + "Content-Type: multipart/form-data; boundary=XyZ\r\n"
                + "Content-Length: 80\r\nConnection: close\r\n\r\n--XyZ\r\nContent-Disposition: form-data; name=\"file\";"
                + " filename=\"a.txt\"\r\n\r\nTitle");

        String part = "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"nul\u0000.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nTitle\n\nBody.\r\n--XyZ--\r\n";
        String nulInName = send("POST /api/articles HTTP/1.1\r\nHost: x\r\n" + KEY_HEADER + "Content-Type: multipart/form-data; boundary=XyZ\r\n"
                + "Content-Length: " + part.length() + "\r\nConnection: close\r\n\r\n" + part);

        for (String response : new String[] {noBoundary, truncated, nulInName}) {
            assertThat(response).startsWith("HTTP/1.1 400").containsIgnoringCase("application/problem+json")
                    .contains("\"reason\":\"bad-request\"");
        }
        assertThat(log.getOut()).doesNotContain(" ERROR ").doesNotContain("\tat org.apache");
        assertThat(log.getOut()).contains("upload=- outcome=failed status=400 reason=bad-request");
    }

    @Test
    void aMultipartUploadOverTheSizeLimitIsCountedAndLoggedLikeAFileOverIt(CapturedOutput log) {
        Deltas failed = new Deltas(meters, "newsflow.ingest.files", "outcome", "failed");
        Deltas tooLarge = new Deltas(meters, "newsflow.ingest.articles.rejected", "reason", "too-large");
        String part = "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"long.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nLong read\n\n" + "x".repeat(20_000) + "\r\n--XyZ--\r\n";

        String response = send("POST /api/articles HTTP/1.1\r\nHost: x\r\n" + KEY_HEADER
                + "Content-Type: multipart/form-data; boundary=XyZ\r\n" + "Content-Length: " + part.length() + "\r\nConnection: close\r\n\r\n" + part);

        assertThat(response).startsWith("HTTP/1.1 413").containsIgnoringCase("application/problem+json")
                .contains("\"reason\":\"too-large\"");
        // counted before the answer was written
        assertThat(failed.since()).containsExactly(1.0);
        assertThat(tooLarge.since()).containsExactly(1.0);
        assertThat(log.getOut()).containsOnlyOnce("outcome=failed status=413 reason=too-large");
    }

    @Test
    void requestsTheContainerRejectsAreProblemJsonNotAnHtmlPage() {
        String longQuery = "x=" + "a".repeat(20_000);
        for (String target : new String[] {"/api/articles%2Fx", "/api/%5C..%5Cetc", "/api/articles%00.txt",
                "/api/articles?" + longQuery}) {
            String response = send("POST " + target + " HTTP/1.1\r\nHost: x\r\n" + KEY_HEADER + "Content-Length: 0\r\nConnection: close\r\n\r\n");

            assertThat(response).as(target).startsWith("HTTP/1.1 400").containsIgnoringCase("application/problem+json")
                    .contains("\"reason\":\"bad-request\"").doesNotContain("<html");
        }
    }

    private String send(String request) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path tempHome() {
        try {
            return Files.createTempDirectory("newsflow-http-errors");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
