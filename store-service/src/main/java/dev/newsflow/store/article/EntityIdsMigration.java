package dev.newsflow.store.article;

import dev.newsflow.events.EntityIds;
import dev.newsflow.events.EntityType;
import dev.newsflow.events.EventJson;
import dev.newsflow.events.NamedEntity;
import dev.newsflow.store.db.SqlDialect;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Flyway V4, between the SQL V3 (id-keyed tables created, V1 tables renamed {@code *_v1}) and V5 (V1 tables dropped).
 * In Java because entity ids are derived by {@link EntityIds}, which SQL must not re-implement. Links each stored
 * article's entities from its JSON (which may carry ids), oldest stored first so the latest name wins as it does
 * for new articles; an article whose JSON cannot be read keeps its V1 links under derived ids. Then every V1 entity
 * and alias is brought over (as surface forms) under the id the documents gave that name, else the derived one,
 * with its first-seen time.
 */
@Component
class EntityIdsMigration implements JavaMigration {

    private static final Logger log = LoggerFactory.getLogger(EntityIdsMigration.class);
    private static final int PAGE = 500;

    private final SqlDialect dialect;
    private final EventJson json;

    EntityIdsMigration(SqlDialect dialect, EventJson json) {
        this.dialect = dialect;
        this.json = json;
    }

    @Override
    public void migrate(Context context) {
        var jdbc = new NamedParameterJdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
        Map<String, String> idsByV1Key = new HashMap<>();
        int articles = linkFromDocuments(jdbc, idsByV1Key);
        // V1 rows no article links any more, and the first-seen times, which the documents do not hold
        List<MapSqlParameterSource> entities = jdbc.query("SELECT name, type, first_seen_at FROM entity_v1",
                (rs, row) -> new MapSqlParameterSource("id", idOf(idsByV1Key, rs.getString("name"), rs.getString("type")))
                        .addValue("type", rs.getString("type")).addValue("name", rs.getString("name"))
                        .addValue("key", IdentifiedEntity.formKey(rs.getString("name")))
                        .addValue("seen", rs.getObject("first_seen_at", OffsetDateTime.class)));
        MapSqlParameterSource[] rows = entities.toArray(MapSqlParameterSource[]::new);
        jdbc.batchUpdate("INSERT INTO entity (id, type, name, name_key, first_seen_at)"
                + " VALUES (:id, :type, :name, :key, :seen) ON CONFLICT DO NOTHING", rows);
        jdbc.batchUpdate("UPDATE entity SET first_seen_at = :seen WHERE id = :id AND first_seen_at > :seen", rows);
        jdbc.batchUpdate("INSERT INTO entity_form (entity_id, form, form_key) VALUES (:id, :form, :key) ON CONFLICT DO NOTHING",
                jdbc.query("SELECT entity_name, entity_type, alias FROM entity_alias_v1 UNION"
                        + " SELECT name, type, name FROM entity_v1", (rs, row) -> new MapSqlParameterSource(
                                "id", idOf(idsByV1Key, rs.getString(1), rs.getString(2))).addValue("form", rs.getString(3))
                        .addValue("key", IdentifiedEntity.formKey(rs.getString(3)))).toArray(MapSqlParameterSource[]::new));
        log.info("Entity ids: the links of {} stored articles and {} V1 entities brought over", articles, rows.length);
    }

    /** The id the stored documents gave a V1 (name, type), else the derived one. */
    private static String idOf(Map<String, String> idsByV1Key, String name, String type) {
        return idsByV1Key.getOrDefault(name + '\u0000' + type, EntityIds.derived(EntityType.valueOf(type), name));
    }

    private int linkFromDocuments(NamedParameterJdbcTemplate jdbc, Map<String, String> idsByV1Key) {
        var writer = new EntityRowWriter(jdbc, dialect, new StoredEntities(), LinkKey.ARTICLE_ID);
        int done = 0;
        var after = new MapSqlParameterSource("limit", PAGE).addValue("afterTime", null).addValue("afterId", "");
        while (true) {
            List<StoredArticle> page = jdbc.query("SELECT id, stored_at, document FROM article"
                    + (done == 0 ? "" : " WHERE (stored_at, id) > (:afterTime, :afterId)")
                    + " ORDER BY stored_at, id LIMIT :limit", after, (rs, row) -> new StoredArticle(rs.getString("id"),
                    rs.getObject("stored_at", OffsetDateTime.class), rs.getString("document")));
            if (page.isEmpty()) {
                return done;
            }
            Map<String, List<IdentifiedEntity>> entities = new LinkedHashMap<>();
            for (StoredArticle article : page) {
                List<IdentifiedEntity> identified = entitiesOf(jdbc, article);
                identified.forEach(e -> idsByV1Key.put(e.entity().name() + '\u0000' + e.entity().type(), e.id()));
                entities.put(article.id(), identified);
            }
            writer.write(entities.keySet(), EntityRows.of(entities), page.getFirst().storedAt());
            done += page.size();
            after.addValue("afterTime", page.getLast().storedAt()).addValue("afterId", page.getLast().id());
        }
    }

    private List<IdentifiedEntity> entitiesOf(NamedParameterJdbcTemplate jdbc, StoredArticle article) {
        try {
            return DocumentEntities.read(json.mapper().readTree(article.document()), json.mapper());
        } catch (JacksonException e) {
            log.warn("Article {}: JSON unreadable ({}); keeping its V1 entity links", article.id(), e.getOriginalMessage());
            return jdbc.query("SELECT entity_name, entity_type, mentions, first_offset, salience, sentiment_label,"
                    + " sentiment_score FROM article_entity_v1 WHERE article_id = :id", Map.of("id", article.id()),
                    (rs, row) -> IdentifiedEntity.of(null, json.mapper().convertValue(v1Entity(rs), NamedEntity.class)));
        }
    }

    /** A V1 link row in the shape of the contract's entity JSON. */
    private static Map<String, Object> v1Entity(ResultSet rs) throws SQLException {
        Map<String, Object> entity = new HashMap<>();
        entity.put("name", rs.getString("entity_name"));
        entity.put("type", rs.getString("entity_type"));
        entity.put("mentions", rs.getInt("mentions"));
        entity.put("firstOffset", rs.getInt("first_offset"));
        entity.put("salience", rs.getDouble("salience"));
        if (rs.getString("sentiment_label") != null) {
            entity.put("sentiment", Map.of("label", rs.getString("sentiment_label"), "score", rs.getDouble("sentiment_score")));
        }
        return entity;
    }

    private record StoredArticle(String id, OffsetDateTime storedAt, String document) {
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("4");
    }

    @Override
    public String getDescription() {
        return "entity ids";
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
