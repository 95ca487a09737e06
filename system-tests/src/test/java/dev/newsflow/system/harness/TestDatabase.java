package dev.newsflow.system.harness;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database the store uses in system tests: the PostgreSQL of {@code NEWSFLOW_TEST_DB_URL} (CI always sets it),
 * translated into the store's own {@code NEWSFLOW_DB_*} variables; nothing (embedded H2) when it is unset.
 */
public final class TestDatabase {

    private static final Pattern POSTGRES = Pattern.compile("jdbc:postgresql://([^/:]+)(?::(\\d+))?(/.*)");

    private TestDatabase() {
    }

    public static Optional<Map<String, String>> environment() {
        return url().map(TestDatabase::environment);
    }

    /** The same database reached through {@code proxy}, or nothing when the tests run on H2. */
    static Optional<Map<String, String>> environmentThrough(TcpProxy proxy) {
        return url().map(url -> environment("jdbc:postgresql://127.0.0.1:" + proxy.port() + postgres(url).group(3)));
    }

    /** Host and port of the PostgreSQL server, for a proxy in front of it. */
    static Optional<Map.Entry<String, Integer>> server() {
        return url().map(TestDatabase::postgres)
                .map(url -> Map.entry(url.group(1), url.group(2) == null ? 5432 : Integer.parseInt(url.group(2))));
    }

    private static Matcher postgres(String url) {
        Matcher matcher = POSTGRES.matcher(url);
        if (!matcher.matches()) {
            throw new IllegalStateException("NEWSFLOW_TEST_DB_URL is not a PostgreSQL JDBC URL: " + url);
        }
        return matcher;
    }

    private static Optional<String> url() {
        String url = System.getenv("NEWSFLOW_TEST_DB_URL");
        return url == null || url.isBlank() ? Optional.empty() : Optional.of(url);
    }

    private static Map<String, String> environment(String url) {
        return Map.of(
                "NEWSFLOW_DB_URL", url,
                "NEWSFLOW_DB_USER", System.getenv().getOrDefault("NEWSFLOW_TEST_DB_USER", "news"),
                "NEWSFLOW_DB_PASSWORD", System.getenv().getOrDefault("NEWSFLOW_TEST_DB_PASSWORD", "news"));
    }
}
