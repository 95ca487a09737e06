package dev.newsflow.store.article;

import dev.newsflow.events.EventJson;
import dev.newsflow.store.TestDatabase;
import dev.newsflow.store.db.SqlDialect;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Flyway V6-V7 on a database holding links and forms: every row is kept, the keys go, the primary keys stay. */
abstract class LinkKeysMigrationContract {

    private static final OffsetDateTime STORED = OffsetDateTime.parse("2025-03-01T10:00:00Z");
    private static final String ARTICLE = "0123456789abcdef0123456789abcdef";

    private final String url;
    private final DriverManagerDataSource dataSource;
    final NamedParameterJdbcTemplate jdbc;

    LinkKeysMigrationContract(String url, String user, String password) {
        this.url = url;
        this.dataSource = new DriverManagerDataSource(url, user, password);
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    }

    abstract FluentConfiguration configure(FluentConfiguration flyway);

    @Test
    void keepsEveryLinkAndFormAndDropsOnlyTheForeignKeys() {
        flyway().target("5").load().migrate();
        assertThat(foreignKeys()).isEqualTo(3);
        jdbc.update("INSERT INTO article (id, title, body, ingested_at, enriched_at, sort_time, sort_day,"
                + " sentiment_label, sentiment_score, word_count, document, first_stored_at, stored_at) VALUES (:id,"
                + " 'Title', 'Body', :t, :t, :t, :day, 'neutral', 0, 2, " + TestDatabase.documentBeforeV7(url, "document")
                + ", :t, :t)", params().addValue("document", "{\"id\":\"" + ARTICLE + "\"}"));
        for (String id : new String[] {"geo:name:north-quay", "person:name:ada-brennan"}) {
            String type = id.startsWith("geo:") ? "LOCATION" : "PERSON";
            jdbc.update("INSERT INTO entity (id, type, name, name_key, first_seen_at) VALUES (:e, :type, :e, :e, :t)",
                    params().addValue("e", id).addValue("type", type));
            jdbc.update("INSERT INTO entity_form (entity_id, form, form_key) VALUES (:e, :e, :e)", params().addValue("e", id));
            link(id, type, 2);
        }

        flyway().load().migrate();

        assertThat(foreignKeys()).isZero();
        assertThat(jdbc.queryForList("SELECT entity_id || '/' || mentions || '/' || sort_day FROM article_entity"
                + " WHERE article_id = :id ORDER BY entity_id", params(), String.class))
                .containsExactly("geo:name:north-quay/2/2025-03-01", "person:name:ada-brennan/2/2025-03-01");
        assertThat(jdbc.queryForObject("SELECT document FROM article", Map.of(), String.class)).startsWith("{").contains(ARTICLE);
        assertThat(jdbc.queryForList("SELECT form_key FROM entity_form ORDER BY 1", Map.of(), String.class))
                .containsExactly("geo:name:north-quay", "person:name:ada-brennan");
        // the writer relies on the primary keys: a link or form twice is still refused
        assertThatThrownBy(() -> link("geo:name:north-quay", "LOCATION", 3)).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("INSERT INTO entity_form (entity_id, form, form_key) VALUES (:e, :e, :e)",
                params().addValue("e", "geo:name:north-quay"))).isInstanceOf(DataIntegrityViolationException.class);
    }

    private void link(String entityId, String type, int mentions) {
        jdbc.update("INSERT INTO article_entity (article_id, entity_id, entity_type, name, mentions, sort_day)"
                + " VALUES (:id, :e, :type, :e, :m, :day)", params().addValue("e", entityId).addValue("type", type)
                .addValue("m", mentions));
    }

    long foreignKeys() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.table_constraints WHERE constraint_type"
                + " = 'FOREIGN KEY' AND table_schema = CURRENT_SCHEMA AND table_name IN ('article_entity', 'entity_form')",
                Map.of(), Long.class);
    }

    private static MapSqlParameterSource params() {
        return new MapSqlParameterSource("id", ARTICLE).addValue("t", STORED).addValue("day", LocalDate.of(2025, 3, 1));
    }

    FluentConfiguration flyway() {
        return configure(Flyway.configure().dataSource(dataSource).cleanDisabled(false)
                .javaMigrations(new EntityIdsMigration(SqlDialect.forJdbcUrl(url), new EventJson()),
                        new LinkKeysMigration()));
    }
}
