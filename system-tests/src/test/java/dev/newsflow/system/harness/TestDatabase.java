package dev.newsflow.system.harness;

import java.util.Map;
import java.util.Optional;

/**
 * The database the store uses in system tests: the PostgreSQL of {@code NEWSFLOW_TEST_DB_URL} (CI always sets it),
 * translated into the store's own {@code NEWSFLOW_DB_*} variables; nothing (embedded H2) when it is unset.
 */
final class TestDatabase {

    private TestDatabase() {
    }

    static Optional<Map<String, String>> environment() {
        String url = System.getenv("NEWSFLOW_TEST_DB_URL");
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Map.of(
                "NEWSFLOW_DB_URL", url,
                "NEWSFLOW_DB_USER", System.getenv().getOrDefault("NEWSFLOW_TEST_DB_USER", "news"),
                "NEWSFLOW_DB_PASSWORD", System.getenv().getOrDefault("NEWSFLOW_TEST_DB_PASSWORD", "news")));
    }
}
