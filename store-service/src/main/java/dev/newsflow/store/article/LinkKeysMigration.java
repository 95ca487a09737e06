package dev.newsflow.store.article;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Flyway V6: the links and surface forms lose their foreign keys. On H2 each key kept a one-column index of its own
 * (article_entity: article_id and entity_id; entity_form: entity_id) beside the primary key and the named indexes,
 * so every stored link updated four index B-trees instead of two, the article_id one at a random place (ids are
 * hashes): the store's CPU per article fell ~20 % and its file writes ~40 % without them; on PostgreSQL each key
 * cost a trigger and a primary-key probe per row. H2 drops the index a key owns with the key.
 * <p>
 * The store's only writer keeps what the keys checked: an entity row is written in the transaction of the links and
 * forms naming it (EntityRowWriter), a link copies its article's stored sort_day (NOT NULL, so a link without its
 * article is refused), and the links of an article are deleted before it is stored again (by article id then, by article number since
 * V8); articles
 * and entities are never deleted.
 * <p>
 * In Java because the keys' names are generated (H2: CONSTRAINT_A...), so they are read from the information schema,
 * which both vendors have. Dropped in place, each {@code IF EXISTS}: H2 commits every DDL statement, so a crash
 * part-way leaves some keys dropped and a re-run drops the rest; no table is copied, no extra disk is needed.
 */
@Component
class LinkKeysMigration implements JavaMigration {

    private static final Logger log = LoggerFactory.getLogger(LinkKeysMigration.class);

    @Override
    public void migrate(Context context) {
        var jdbc = new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
        List<String> drops = jdbc.query("SELECT table_name, constraint_name FROM information_schema.table_constraints"
                + " WHERE constraint_type = 'FOREIGN KEY' AND table_schema = CURRENT_SCHEMA"
                + " AND table_name IN ('article_entity', 'entity_form')", (rs, row) -> "ALTER TABLE "
                + rs.getString(1) + " DROP CONSTRAINT IF EXISTS \"" + rs.getString(2).replace("\"", "\"\"") + '"');
        drops.forEach(jdbc::execute);
        log.info("Link keys: {} foreign keys of article_entity and entity_form dropped", drops.size());
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("6");
    }

    @Override
    public String getDescription() {
        return "links without foreign keys";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }
}
