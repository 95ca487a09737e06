package dev.newsflow.store.article;

import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LinkKeysMigrationOnH2Test extends LinkKeysMigrationContract {

    LinkKeysMigrationOnH2Test() {
        super("jdbc:h2:mem:link-keys-migration;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
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

    /**
     * H2 commits each DDL statement: a crash after the first key was dropped leaves V6 unrecorded, and Flyway runs
     * it again at the next start. It must finish then, and running it once more must change nothing.
     */
    @Test
    void aRunInterruptedAfterTheFirstKeyFinishesAndARerunChangesNothing() throws SQLException {
        flyway().target("5").load().migrate();
        assertThat(linkIndexes()).hasSize(7);
        String first = jdbc.queryForObject("SELECT MIN(constraint_name) FROM information_schema.table_constraints"
                + " WHERE constraint_type = 'FOREIGN KEY' AND table_name = 'article_entity'", Map.of(), String.class);
        jdbc.getJdbcTemplate().execute("ALTER TABLE article_entity DROP CONSTRAINT \"" + first + "\"");

        flyway().target("9").load().migrate();
        try (Connection connection = jdbc.getJdbcTemplate().getDataSource().getConnection()) {
            new LinkKeysMigration().migrate(contextOf(connection));
        }

        assertThat(foreignKeys()).isZero();
        // H2 drops the one-column index each key owned with the key
        assertThat(linkIndexes()).containsExactlyInAnyOrder("article_entity/PRIMARY KEY",
                "article_entity/article_entity_entity_day_idx", "entity_form/PRIMARY KEY", "entity_form/entity_form_key_idx");
    }

    /**
     * H2 commits each statement of V10 on its own: a start that stopped part-way through copying the links leaves
     * V10 unrecorded and article_entity whole, and the next start copies them all again.
     */
    @Test
    void aLinkCopyInterruptedPartWayIsRedoneWhole() {
        flyway().target("9").load().migrate();
        jdbc.update("INSERT INTO article (id, title, body, ingested_at, enriched_at, sort_time, sort_day,"
                + " sentiment_label, sentiment_score, word_count, document, first_stored_at, stored_at) VALUES (:id,"
                + " 'Title', 'Body', :t, :t, :t, :day, 'neutral', 0, 2, '{}', :t, :t)", linkParams());
        for (String entity : new String[] {"geo:name:north-quay", "person:name:ada-brennan"}) {
            jdbc.update("INSERT INTO article_entity (article_no, article_id, entity_id, entity_type, name, mentions,"
                    + " sort_day) SELECT article_no, id, :e, 'PERSON', :e, 1, :day FROM article",
                    linkParams().addValue("e", entity));
        }
        // the first statements of V10 ran, and one link was copied
        jdbc.getJdbcTemplate().execute("CREATE TABLE article_link (link_no BIGINT PRIMARY KEY, article_no BIGINT)");
        jdbc.getJdbcTemplate().execute("INSERT INTO article_link VALUES (1048576, 1)");

        flyway().load().migrate();

        assertThat(jdbc.queryForList("SELECT link_no || '/' || entity_id FROM article_link ORDER BY link_no",
                Map.of(), String.class)).containsExactly("1048576/geo:name:north-quay", "1048577/person:name:ada-brennan");
        assertThat(tables()).doesNotContain("article_entity");
    }

    /** V12 on a store holding links: every link stays, each in the generation of its article's number. */
    @Test
    void keyingTheEntityIndexByGenerationKeepsEveryLink() {
        flyway().target("11").load().migrate();
        for (long number : new long[] {7, 4095, 4096, 20000}) {
            jdbc.update("INSERT INTO article_link (link_no, article_no, article_id, entity_id, entity_type, name,"
                    + " mentions, sort_day) VALUES (:no, :article, :id, 'geo:name:north-quay', 'LOCATION', 'North Quay', 1,"
                    + " :day)", linkParams().addValue("no", LinkNumbers.of(number, 0)).addValue("article", number));
        }

        flyway().load().migrate();

        assertThat(jdbc.queryForList("SELECT article_no || '/' || gen FROM article_link WHERE entity_id"
                + " = 'geo:name:north-quay' ORDER BY link_no", Map.of(), String.class))
                .containsExactly("7/0", "4095/0", "4096/1", "20000/4");
        assertThat(jdbc.queryForList("SELECT index_name FROM information_schema.indexes WHERE table_schema"
                + " = CURRENT_SCHEMA AND table_name = 'article_link' AND index_type_name <> 'PRIMARY KEY'", Map.of(),
                String.class)).containsExactly("article_link_gen_entity_day_idx");
    }

    /**
     * H2 commits each statement of V12 on its own: a start stopped after the old index went and the column came, but
     * before the new index, leaves V12 unrecorded, and the next start runs it again from its first line.
     */
    @Test
    void aGenerationKeyInterruptedPartWayIsFinishedByTheNextStart() {
        flyway().target("11").load().migrate();
        jdbc.update("INSERT INTO article_link (link_no, article_no, article_id, entity_id, entity_type, name, mentions,"
                + " sort_day) VALUES (:no, 4096, :id, 'geo:name:north-quay', 'LOCATION', 'North Quay', 1, :day)",
                linkParams().addValue("no", LinkNumbers.of(4096, 0)));
        // the first two statements of V12 ran
        jdbc.getJdbcTemplate().execute("DROP INDEX article_link_entity_day_idx");
        jdbc.getJdbcTemplate().execute("ALTER TABLE article_link ADD COLUMN gen INTEGER GENERATED ALWAYS AS"
                + " (CAST(article_no / 4096 AS INTEGER))");

        flyway().load().migrate();

        assertThat(jdbc.queryForList("SELECT article_no || '/' || gen FROM article_link", Map.of(), String.class))
                .containsExactly("4096/1");
        assertThat(jdbc.queryForList("SELECT index_name FROM information_schema.indexes WHERE table_schema"
                + " = CURRENT_SCHEMA AND table_name = 'article_link' AND index_type_name <> 'PRIMARY KEY'", Map.of(),
                String.class)).containsExactly("article_link_gen_entity_day_idx");
    }

    private static org.springframework.jdbc.core.namedparam.MapSqlParameterSource linkParams() {
        return new org.springframework.jdbc.core.namedparam.MapSqlParameterSource("id", "0123456789abcdef0123456789abcdef")
                .addValue("t", java.time.OffsetDateTime.parse("2025-03-01T10:00:00Z"))
                .addValue("day", java.time.LocalDate.of(2025, 3, 1));
    }

    /** Each index of the links and forms: the primary key's by its type (its name is generated), others by name. */
    private java.util.List<String> linkIndexes() {
        return jdbc.queryForList("SELECT table_name || '/' || CASE WHEN index_type_name = 'PRIMARY KEY'"
                + " THEN index_type_name ELSE index_name END FROM information_schema.indexes WHERE table_schema"
                + " = CURRENT_SCHEMA AND table_name IN ('article_entity', 'entity_form')", Map.of(), String.class);
    }

    private static Context contextOf(Connection connection) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return connection;
            }
        };
    }
}
