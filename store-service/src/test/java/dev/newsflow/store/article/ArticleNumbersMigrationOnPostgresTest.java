package dev.newsflow.store.article;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** On the PostgreSQL of {@code NEWSFLOW_TEST_DB_URL}, in a schema of its own, emptied first. */
@EnabledIfEnvironmentVariable(named = "NEWSFLOW_TEST_DB_URL", matches = ".+")
class ArticleNumbersMigrationOnPostgresTest extends ArticleNumbersMigrationContract {

    private static final String SCHEMA = "store_article_numbers_test";

    ArticleNumbersMigrationOnPostgresTest() {
        super(System.getenv("NEWSFLOW_TEST_DB_URL") + (System.getenv("NEWSFLOW_TEST_DB_URL").contains("?") ? "&" : "?")
                + "currentSchema=" + SCHEMA, env("NEWSFLOW_TEST_DB_USER"), env("NEWSFLOW_TEST_DB_PASSWORD"));
    }

    @BeforeEach
    void emptySchema() {
        configure(Flyway.configure().dataSource(System.getenv("NEWSFLOW_TEST_DB_URL"), env("NEWSFLOW_TEST_DB_USER"),
                env("NEWSFLOW_TEST_DB_PASSWORD")).cleanDisabled(false)).load().clean();
    }

    @Override
    FluentConfiguration configure(FluentConfiguration flyway) {
        return flyway.locations("classpath:db/migration/postgresql").schemas(SCHEMA);
    }

    private static String env(String name) {
        String value = System.getenv(name);
        return value == null ? "news" : value;
    }
}
