package dev.newsflow.store.article;

import dev.newsflow.events.EventJson;
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

/** Flyway V8 on an H2 database of V7: title and body become CHARACTER VARYING in place, every article kept. */
class TextColumnsMigrationOnH2Test {

    private static final String URL = "jdbc:h2:mem:text-columns-migration;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;"
            + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    private final DriverManagerDataSource dataSource = new DriverManagerDataSource(URL, "sa", "");
    private final NamedParameterJdbcTemplate jdbc = new NamedParameterJdbcTemplate(dataSource);

    @Test
    void keepsEveryTitleAndBodyAsText() {
        flyway().target("7").load().migrate();
        assertThat(types()).containsEntry("title", "character large object").containsEntry("body", "character large object");
        String body = "The ferry runs again. ".repeat(500); // longer than H2 keeps a CLOB in its row
        var t = OffsetDateTime.parse("2025-03-01T10:00:00Z");
        jdbc.update("INSERT INTO article (id, title, body, ingested_at, enriched_at, sort_time, sort_day,"
                + " sentiment_label, sentiment_score, word_count, document, first_stored_at, stored_at) VALUES ("
                + "'0123456789abcdef0123456789abcdef', 'Ferry back', :body, :t, :t, :t, :day, 'neutral', 0, 4, '{}', :t, :t)",
                new MapSqlParameterSource("body", body).addValue("t", t).addValue("day", LocalDate.of(2025, 3, 1)));

        flyway().load().migrate();

        assertThat(types()).containsEntry("title", "character varying").containsEntry("body", "character varying");
        assertThat(jdbc.queryForMap("SELECT title, body FROM article", Map.of()))
                .containsEntry("title", "Ferry back").containsEntry("body", body);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.columns WHERE table_name = 'article'"
                + " AND column_name IN ('title', 'body') AND is_nullable = 'NO'", Map.of(), Long.class)).isEqualTo(2);
    }

    private Map<String, Object> types() {
        Map<String, Object> types = new java.util.HashMap<>();
        jdbc.query("SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = CURRENT_SCHEMA"
                + " AND table_name = 'article'", rs -> {
            types.put(rs.getString(1), rs.getString(2));
        });
        return types;
    }

    private FluentConfiguration flyway() {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/h2")
                .javaMigrations(new EntityIdsMigration(SqlDialect.forJdbcUrl(URL), new EventJson()), new LinkKeysMigration());
    }
}
