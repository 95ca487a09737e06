package dev.newsflow.store.db;

import org.springframework.boot.jdbc.DatabaseDriver;

/**
 * The database product, told from the JDBC URL rather than from a connection: the store must start (and report
 * DOWN) while its database is unreachable. The one place the URL is read: the dialect and the migrations follow.
 */
enum DatabaseVendor {
    POSTGRESQL, H2;

    static DatabaseVendor fromJdbcUrl(String url) {
        return switch (DatabaseDriver.fromJdbcUrl(url)) {
            case POSTGRESQL -> POSTGRESQL;
            case H2 -> H2;
            default -> throw new IllegalStateException(
                    "Unsupported database URL " + url + ": newsflow stores articles in PostgreSQL or H2");
        };
    }

    /** The SQL this vendor needs where PostgreSQL and H2 differ. */
    SqlDialect dialect() {
        return switch (this) {
            case POSTGRESQL -> new PostgresDialect();
            case H2 -> new H2Dialect();
        };
    }

    /** The Flyway location of this vendor's migrations. */
    String migrations() {
        return "classpath:db/migration/" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
