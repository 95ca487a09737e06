package dev.newsflow.store.article;

import org.flywaydb.core.api.configuration.FluentConfiguration;

class LinkKeysMigrationOnH2Test extends LinkKeysMigrationContract {

    LinkKeysMigrationOnH2Test() {
        super("jdbc:h2:mem:link-keys-migration;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH", "sa", "");
    }

    @Override
    FluentConfiguration configure(FluentConfiguration flyway) {
        return flyway.locations("classpath:db/migration/h2");
    }
}
