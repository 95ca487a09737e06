package dev.newsflow.store.db;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/** DOWN until the schema is migrated: before that the store neither consumes nor serves. */
@Component("migration")
class MigrationHealth extends AbstractHealthIndicator {

    private final DatabaseMigration migration;

    MigrationHealth(DatabaseMigration migration) {
        this.migration = migration;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        if (migration.isMigrated()) {
            health.up();
        } else {
            health.down().withDetail("lastFailure", migration.lastFailure());
        }
    }
}
