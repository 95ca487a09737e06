package dev.newsflow.bench.observe;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads {@code /actuator/prometheus} of each service; a service that does not answer reads as empty. */
public final class ServiceMetrics {

    private final HttpClient http;
    private final Map<String, URI> services;

    /** @param services service name to its base URL, in report order */
    public ServiceMetrics(HttpClient http, Map<String, URI> services) {
        this.http = http;
        this.services = Collections.unmodifiableMap(new LinkedHashMap<>(services));
    }

    public Map<String, PrometheusScrape> scrape() throws InterruptedException {
        Map<String, PrometheusScrape> scrapes = new LinkedHashMap<>();
        for (Map.Entry<String, URI> service : services.entrySet()) {
            scrapes.put(service.getKey(), scrape(service.getValue()));
        }
        return scrapes;
    }

    private PrometheusScrape scrape(URI base) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/actuator/prometheus"))
                .timeout(Duration.ofSeconds(10)).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? PrometheusScrape.parse(response.body()) : PrometheusScrape.EMPTY;
        } catch (IOException e) {
            return PrometheusScrape.EMPTY;
        }
    }
}
