package dev.newsflow.enrich;

import dev.newsflow.cli.EnrichCommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The enrich-service: reads raw articles from Kafka, enriches them, publishes them enriched. The same jar is also the
 * engine's command line ({@code analyze}, {@code evaluate}), which must not pay for, or log like, a Spring start.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EnrichApplication {

    public static void main(String[] args) {
        if (EnrichCommandLine.handles(args)) {
            System.exit(EnrichCommandLine.run(args));
        }
        SpringApplication.run(EnrichApplication.class, args);
    }
}
