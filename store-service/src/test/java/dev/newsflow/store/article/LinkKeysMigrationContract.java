package dev.newsflow.store.article;

import dev.newsflow.events.EntityType;
import dev.newsflow.events.EventJson;
import dev.newsflow.store.TestArticles;
import dev.newsflow.store.TestDatabase;
import dev.newsflow.store.db.SqlDialect;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Flyway V6-V11 on a database holding links and forms: every row is kept, the foreign keys go, the primary keys
 * stay (V6); V8 numbers the articles in the order they were first stored and keys their links by that number; V10
 * and V11 give each link one number within its article's range (article_link).
 */
abstract class LinkKeysMigrationContract {

    private static final OffsetDateTime STORED = OffsetDateTime.parse("2025-03-01T10:00:00Z");
    private static final String ARTICLE = "0123456789abcdef0123456789abcdef";
    private static final OffsetDateTime FIRST = OffsetDateTime.parse("2025-03-01T10:00:00Z");
    private static final String PERSON = "person:name:ada-brennan";
    private static final String PLACE = "geo:name:north-quay";

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
                + " 'Title', 'Body', :t, :t, :t, :day, 'neutral', 0, 2, " + TestDatabase.documentAt(5, url, "document")
                + ", :t, :t)", params().addValue("document", "{\"id\":\"" + ARTICLE + "\"}"));
        for (String id : new String[] {"geo:name:north-quay", "person:name:ada-brennan"}) {
            String type = id.startsWith("geo:") ? "LOCATION" : "PERSON";
            jdbc.update("INSERT INTO entity (id, type, name, name_key, first_seen_at) VALUES (:e, :type, :e, :e, :t)",
                    params().addValue("e", id).addValue("type", type));
            jdbc.update("INSERT INTO entity_form (entity_id, form, form_key) VALUES (:e, :e, :e)", params().addValue("e", id));
            link(id, type, 2);
        }

        flyway().target("7").load().migrate();

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

    @Test
    void numbersStoredArticlesByFirstStoredTimeAndKeysTheirLinksByNumber() {
        flyway().target("7").load().migrate();
        var older = TestArticles.article("Harbour wall repaired after the storm");
        var newer = TestArticles.article("Ferry timetable changes for the winter");
        // the last one's id sorts first: the numbers follow the stored time, not the id
        String olderId = older.build().id();
        String newerId = newer.build().id();
        storeAsBefore(olderId, FIRST.plusHours(1), PERSON, PLACE);
        storeAsBefore(newerId, FIRST.plusHours(2), PERSON);
        storeAsBefore("00000000000000000000000000000000", FIRST.plusHours(3), PLACE);

        flyway().target("9").load().migrate();

        assertThat(jdbc.queryForList("SELECT id FROM article ORDER BY article_no", Map.of(), String.class))
                .containsExactly(olderId, newerId, "00000000000000000000000000000000");
        assertThat(jdbc.queryForList("SELECT a.article_no || '/' || ae.entity_id FROM article_entity ae"
                        + " JOIN article a ON a.id = ae.article_id AND a.article_no = ae.article_no ORDER BY 1",
                Map.of(), String.class))
                .containsExactly("1/" + PLACE, "1/" + PERSON, "2/" + PERSON, "3/" + PLACE);
        // the new key refuses a link twice as the old one did
        assertThatThrownBy(() -> jdbc.update("INSERT INTO article_entity (article_no, article_id, entity_id,"
                + " entity_type, name, mentions, sort_day) VALUES (2, :id, :e, 'PERSON', 'Ada Brennan', 1, :day)",
                new MapSqlParameterSource("id", newerId).addValue("e", PERSON).addValue("day", LocalDate.of(2025, 3, 1))))
                .isInstanceOf(DataIntegrityViolationException.class);

        flyway().load().migrate();
        // stored again, an article keeps its number and its links are replaced; a new one is numbered after the rest
        var writer = new ArticleWriter(jdbc, SqlDialect.forJdbcUrl(url), Clock.systemUTC(), new StoredEntities());
        var latest = TestArticles.article("Lighthouse keeper retires").entity("Ines Moreau", EntityType.PERSON, 1, 0.0);
        writer.storeAll(List.of(older.entity("Ines Moreau", EntityType.PERSON, 2, 0.0).incoming(), latest.incoming()));

        assertThat(jdbc.queryForList("SELECT id FROM article ORDER BY article_no", Map.of(), String.class))
                .containsExactly(olderId, newerId, "00000000000000000000000000000000", latest.build().id());
        assertThat(jdbc.queryForList("SELECT ae.article_id || '/' || ae.entity_id FROM article_link ae"
                + " JOIN article a ON a.article_no = ae.article_no WHERE a.id IN (:ids) ORDER BY a.article_no",
                Map.of("ids", List.of(olderId, latest.build().id())), String.class))
                .containsExactly(olderId + "/person:name:ines-moreau", latest.build().id() + "/person:name:ines-moreau");
    }

    @Test
    void givesEachLinkOneNumberInItsArticlesRangeAndDropsTheOldTable() {
        flyway().target("7").load().migrate();
        String other = "00000000000000000000000000000000";
        storeAsBefore(ARTICLE, FIRST.plusHours(1), PLACE, PERSON);
        storeAsBefore(other, FIRST.plusHours(2), PERSON);

        flyway().load().migrate();

        assertThat(tables()).contains("article_link").doesNotContain("article_entity");
        // places follow the entity ids within each article
        assertThat(jdbc.queryForList("SELECT link_no || '/' || article_no || '/' || article_id || '/' || entity_id"
                + " || '/' || mentions || '/' || sort_day FROM article_link ORDER BY link_no", Map.of(), String.class))
                .containsExactly(
                        (1L << 20) + "/1/" + ARTICLE + "/" + PLACE + "/1/2025-03-01",
                        (1L << 20) + 1 + "/1/" + ARTICLE + "/" + PERSON + "/1/2025-03-01",
                        (2L << 20) + "/2/" + other + "/" + PERSON + "/1/2025-03-01");
        // a link twice under one number is refused, as the writer relies on when a re-stored article's links stay
        assertThatThrownBy(() -> jdbc.update("INSERT INTO article_link (link_no, article_no, article_id, entity_id,"
                + " entity_type, name, mentions, sort_day) VALUES (:no, 2, :id, :e, 'PERSON', 'Ada Brennan', 1, :day)",
                new MapSqlParameterSource("no", 2L << 20).addValue("id", other).addValue("e", PERSON)
                        .addValue("day", LocalDate.of(2025, 3, 1))))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    List<String> tables() {
        return jdbc.queryForList("SELECT LOWER(table_name) FROM information_schema.tables"
                + " WHERE table_schema = CURRENT_SCHEMA", Map.of(), String.class);
    }

    /** An article and its links as the writer stored them before V8. */
    private void storeAsBefore(String id, OffsetDateTime stored, String... entities) {
        var params = new MapSqlParameterSource("id", id).addValue("t", stored).addValue("day", LocalDate.of(2025, 3, 1))
                .addValue("document", "{\"id\":\"" + id + "\"}");
        jdbc.update("INSERT INTO article (id, title, body, ingested_at, enriched_at, sort_time, sort_day,"
                + " sentiment_label, sentiment_score, word_count, document, first_stored_at, stored_at) VALUES (:id,"
                + " 'Title', 'Body', :t, :t, :t, :day, 'neutral', 0, 2, " + TestDatabase.documentAt(7, url, "document")
                + ", :t, :t)", params);
        for (String entity : entities) {
            String type = entity.startsWith("geo:") ? "LOCATION" : "PERSON";
            jdbc.update("INSERT INTO entity (id, type, name, name_key, first_seen_at) SELECT :e, :type, :e, :e, :t"
                    + " WHERE NOT EXISTS (SELECT 1 FROM entity WHERE id = :e)",
                    params.addValue("e", entity).addValue("type", type));
            jdbc.update("INSERT INTO article_entity (article_id, entity_id, entity_type, name, mentions, sort_day)"
                    + " VALUES (:id, :e, :type, :e, 1, :day)", params);
        }
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
