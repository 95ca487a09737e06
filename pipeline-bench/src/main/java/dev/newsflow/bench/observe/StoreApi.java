package dev.newsflow.bench.observe;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.json.JsonMapper;

/** The two store-service endpoints the generator needs. */
public final class StoreApi {

    private final HttpClient http;
    private final URI base;
    private final JsonMapper json;

    public StoreApi(HttpClient http, URI base, JsonMapper json) {
        this.http = http;
        this.base = base;
        this.json = json;
    }

    /** {@code GET /api/articles/{id}}: true on 200, false on 404. */
    public boolean has(String id) throws IOException, InterruptedException {
        int status = get("/api/articles/" + id, HttpResponse.BodyHandlers.discarding()).statusCode();
        return switch (status) {
            case 200 -> true;
            case 404 -> false;
            default -> throw new IOException("GET /api/articles/" + id + " answered " + status);
        };
    }

    /** {@code articles} of {@code GET /api/stats}. */
    public long storedArticles() throws IOException, InterruptedException {
        HttpResponse<String> response = get("/api/stats", HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET /api/stats answered " + response.statusCode());
        }
        return json.readTree(response.body()).path("articles").asLong(-1);
    }

    private <T> HttpResponse<T> get(String path, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10)).GET().build();
        return http.send(request, handler);
    }
}
