package dev.newsflow.store.article;

import dev.newsflow.store.db.SqlDialect;
import dev.newsflow.store.db.SqlDialect.Column;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Writes entity rows: entities upserted by id (the latest name wins, the first-seen time stays), surface forms and
 * article links inserted. Shared by the article writer and the migration that brought V1 rows over.
 */
final class EntityRowWriter {

    private static final String INSERT_FORM = "INSERT INTO entity_form (entity_id, form, form_key)"
            + " VALUES (:entityId, :form, :formKey) ON CONFLICT DO NOTHING";
    private static final String INSERT_LINK = "INSERT INTO article_entity (article_id, entity_id, entity_type, name,"
            + " mentions, first_offset, salience, sentiment_label, sentiment_score, sort_day) VALUES (:articleId,"
            + " :entityId, :type, :name, :mentions, :firstOffset, :salience, :sentimentLabel, :sentimentScore,"
            // the article's stored sort day (kept from its first delivery), read by the database in the same statement
            + " (SELECT sort_day FROM article WHERE id = :articleId))";

    private final NamedParameterJdbcTemplate jdbc;
    private final String upsertEntity;

    EntityRowWriter(NamedParameterJdbcTemplate jdbc, SqlDialect dialect) {
        this.jdbc = jdbc;
        this.upsertEntity = dialect.upsert("entity", "id", List.of(new Column("id", ":id", false),
                new Column("type", ":type", false), new Column("name", ":name", true),
                new Column("name_key", ":nameKey", true), new Column("first_seen_at", ":storedAt", false)));
    }

    /** Every linked article must be stored already: a link copies its article's sort day. */
    void write(EntityRows rows, OffsetDateTime storedAt) {
        jdbc.batchUpdate(upsertEntity, rows.entities().stream()
                .map(e -> new MapSqlParameterSource().addValue("id", e.id()).addValue("type", e.type().name())
                        .addValue("name", e.name()).addValue("nameKey", IdentifiedEntity.formKey(e.name()))
                        .addValue("storedAt", storedAt))
                .toArray(SqlParameterSource[]::new));
        jdbc.batchUpdate(INSERT_FORM, rows.forms().stream()
                .map(f -> new MapSqlParameterSource().addValue("entityId", f.entityId()).addValue("form", f.form())
                        .addValue("formKey", IdentifiedEntity.formKey(f.form())))
                .toArray(SqlParameterSource[]::new));
        jdbc.batchUpdate(INSERT_LINK, rows.links().stream()
                .map(EntityRowWriter::linkParams).toArray(SqlParameterSource[]::new));
    }

    private static SqlParameterSource linkParams(EntityRows.Link link) {
        var sentiment = link.sentiment();
        return new MapSqlParameterSource().addValue("articleId", link.articleId())
                .addValue("entityId", link.entityId()).addValue("type", link.type().name())
                .addValue("name", link.name()).addValue("mentions", link.mentions())
                .addValue("firstOffset", link.firstOffset()).addValue("salience", link.salience())
                .addValue("sentimentLabel", sentiment == null ? null : sentiment.label().wireName())
                .addValue("sentimentScore", sentiment == null ? null : sentiment.score());
    }
}
