package dev.newsflow.store.api;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a real HTTP client sees for a request refused before any handler, by the security firewall or by the
 * container itself: raw sockets, so the request reaches the server exactly as written.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:mem:store-rejected;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH",
        "spring.datasource.username=sa",
        "spring.datasource.password=",
        "spring.kafka.listener.auto-startup=false",
        "spring.kafka.admin.auto-create=false"})
class MalformedRequestsTest {

    @LocalServerPort
    int port;

    @Test
    void pathsTheFirewallRefusesAreAProblemLikeEveryOtherError() {
        // an entity named "100% Growth", an encoded dot, a matrix parameter
        String[] paths = {"/api/entities/100%25%20Growth", "/api/entities/Corp%2E", "/api/articles;x=1"};
        for (String path : paths) {
            String response = send("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

            assertThat(response).as(path).startsWith("HTTP/1.1 400")
                    .containsIgnoringCase("Content-Type: application/problem+json")
                    .contains("\"status\":400").contains("malformed").doesNotContain("\"timestamp\"");
        }
    }

    @Test
    void requestsTheContainerRefusesAreAProblemNotAnHtmlPage() {
        String nulInPath = send("GET /api/articles%00x HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        String hugeHeader = send("GET /api/articles HTTP/1.1\r\nHost: x\r\nX-Note: " + "a".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");

        for (String response : new String[] {nulInPath, hugeHeader}) {
            assertThat(response).startsWith("HTTP/1.1 400")
                    .containsIgnoringCase("Content-Type: application/problem+json")
                    .contains("\"status\":400").doesNotContain("<html");
        }
    }

    @Test
    void aSearchWithCharactersBrowsersLeaveUnencodedIsAnswered() {
        for (String query : new String[] {"a|b", "[draft]", "\"harbour%20board\"", "{x}^"}) {
            String response = send("GET /api/articles?q=" + query
                    + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

            assertThat(response).as(query).startsWith("HTTP/1.1 200").contains("\"items\"");
        }
    }

    private String send(String request) {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
