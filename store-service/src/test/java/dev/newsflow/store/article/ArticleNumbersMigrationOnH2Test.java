package dev.newsflow.store.article;

import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.BeforeEach;

class ArticleNumbersMigrationOnH2Test extends ArticleNumbersMigrationContract {

    ArticleNumbersMigrationOnH2Test() {
        super("jdbc:h2:mem:article-numbers-migration;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH", "sa", "");
    }

    @Override
    FluentConfiguration configure(FluentConfiguration flyway) {
        return flyway.locations("classpath:db/migration/h2");
    }

    /** The in-memory database outlives a test: each starts empty. */
    @BeforeEach
    void emptyDatabase() {
        jdbc.getJdbcTemplate().execute("DROP ALL OBJECTS");
    }
}
