package dev.newsflow.ingest.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;

/**
 * The upload API ({@code newsflow.ingest.api.*}).
 *
 * @param allowedOrigins web origins ({@code https://desk.example.org}) whose pages may post uploads; empty (the
 *                       default): none, only clients that send no {@code Origin} (curl, scripts, servers)
 */
@ConfigurationProperties("newsflow.ingest.api")
record ApiSettings(@DefaultValue List<String> allowedOrigins) {

    ApiSettings {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
    }
}
