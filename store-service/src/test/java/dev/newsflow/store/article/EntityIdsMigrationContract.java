package dev.newsflow.store.article;

import dev.newsflow.events.EventJson;
import dev.newsflow.store.TestDatabase;
import dev.newsflow.store.db.SqlDialect;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Flyway V3-V5 on a database holding V1 entity rows: every entity, alias and link is kept, under its id. */
abstract class EntityIdsMigrationContract {

    private static final OffsetDateTime STORED = OffsetDateTime.parse("2025-03-01T10:00:00Z");

    private final String url;
    private final DriverManagerDataSource dataSource;
    private final NamedParameterJdbcTemplate jdbc;

    EntityIdsMigrationContract(String url, String user, String password) {
        this.url = url;
        this.dataSource = new DriverManagerDataSource(url, user, password);
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    }

    abstract FluentConfiguration configure(FluentConfiguration flyway);

    @Test
    void bringsEveryV1EntityAliasAndLinkOverUnderItsIdOrTheDerivedOne() {
        flyway().target("2").load().migrate();
        // enriched by an engine that gave ids, stored by a store that did not know them yet
        article("0123456789abcdef0123456789abcdef", """
                {"entities":[{"id":"geo:country:US","name":"United States","type":"LOCATION","aliases":["US"],"mentions":2},
                {"name":"Ines Moreau","type":"PERSON","aliases":["Moreau"],"mentions":1}]}""");
        article("fedcba9876543210fedcba9876543210", """
                {"entities":[{"name":"Société Générale","type":"ORGANIZATION","aliases":[],"mentions":3}]}""");
        v1Entity("United States", "LOCATION", "US");
        v1Entity("Ines Moreau", "PERSON", "Moreau");
        v1Entity("Société Générale", "ORGANIZATION", null);
        v1Entity("Old Harbour", "LOCATION", "Harbour"); // no article names it any more
        v1Link("0123456789abcdef0123456789abcdef", "United States", "LOCATION", 2);
        v1Link("0123456789abcdef0123456789abcdef", "Ines Moreau", "PERSON", 1);
        v1Link("fedcba9876543210fedcba9876543210", "Société Générale", "ORGANIZATION", 3);

        flyway().load().migrate();

        assertThat(jdbc.queryForList("SELECT id, name FROM entity ORDER BY id", Map.of()))
                .extracting(row -> row.get("id"), row -> row.get("name"))
                .containsExactly(tuple("geo:country:US", "United States"), tuple("geo:name:old-harbour", "Old Harbour"),
                        tuple("org:name:societe-generale", "Société Générale"),
                        tuple("person:name:ines-moreau", "Ines Moreau"));
        assertThat(jdbc.queryForList("SELECT entity_id || '=' || form AS f FROM entity_form ORDER BY 1", Map.of(),
                String.class)).containsExactly("geo:country:US=US", "geo:country:US=United States",
                "geo:name:old-harbour=Harbour", "geo:name:old-harbour=Old Harbour",
                "org:name:societe-generale=Société Générale", "person:name:ines-moreau=Ines Moreau",
                "person:name:ines-moreau=Moreau");
        assertThat(jdbc.queryForList("SELECT article_id, entity_id, mentions, sort_day FROM article_link"
                + " ORDER BY article_id, entity_id", Map.of()))
                .extracting(r -> r.get("entity_id"), r -> ((Number) r.get("mentions")).intValue())
                .containsExactly(tuple("geo:country:US", 2), tuple("person:name:ines-moreau", 1),
                        tuple("org:name:societe-generale", 3));
    }

    private FluentConfiguration flyway() {
        return configure(Flyway.configure().dataSource(dataSource).cleanDisabled(false)
                .javaMigrations(new EntityIdsMigration(SqlDialect.forJdbcUrl(url), new EventJson()),
                        new LinkKeysMigration()));
    }

    private void article(String id, String entitiesJson) {
        String document = "{\"id\":\"" + id + "\"," + entitiesJson.strip().substring(1);
        jdbc.update("INSERT INTO article (id, title, body, ingested_at, enriched_at, sort_time, sort_day,"
                + " sentiment_label, sentiment_score, word_count, document, first_stored_at, stored_at) VALUES (:id,"
                + " 'Title', 'Body', :t, :t, :t, :day, 'neutral', 0, 2, "
                + TestDatabase.documentAt(2, url, "document") + ", :t, :t)", new MapSqlParameterSource("id", id)
                .addValue("t", STORED).addValue("day", LocalDate.of(2025, 3, 1)).addValue("document", document));
    }

    private void v1Entity(String name, String type, String alias) {
        var params = new MapSqlParameterSource("name", name).addValue("type", type).addValue("t", STORED)
                .addValue("key", name.toLowerCase()).addValue("alias", alias);
        jdbc.update("INSERT INTO entity (name, type, name_key, first_seen_at) VALUES (:name, :type, :key, :t)", params);
        if (alias != null) {
            jdbc.update("INSERT INTO entity_alias (entity_name, entity_type, alias, alias_key)"
                    + " VALUES (:name, :type, :alias, :alias)", params);
        }
    }

    private void v1Link(String articleId, String name, String type, int mentions) {
        jdbc.update("INSERT INTO article_entity (article_id, entity_name, entity_type, mentions) VALUES (:a, :n, :t, :m)",
                new MapSqlParameterSource("a", articleId).addValue("n", name).addValue("t", type).addValue("m", mentions));
    }
}
