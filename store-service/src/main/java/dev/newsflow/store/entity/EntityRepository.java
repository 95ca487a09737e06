package dev.newsflow.store.entity;

import dev.newsflow.events.EntityType;
import dev.newsflow.store.api.TimeField;
import dev.newsflow.store.db.SqlTime;
import dev.newsflow.store.entity.EntityDetail.CoOccurrence;
import dev.newsflow.store.entity.EntityDetail.Day;
import dev.newsflow.store.entity.EntitySummary.SentimentCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Entity analytics over the article-entity links, which carry per-article mentions and sentiment. */
@Repository
class EntityRepository {

    static final int CO_OCCURRING = 10;

    private final JdbcClient jdbc;

    EntityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<EntitySummary> top(Instant from, Instant to, TimeField time, EntityType type, int limit) {
        String column = time.column();
        return jdbc.sql("SELECT ae.entity_name, ae.entity_type, SUM(ae.mentions) AS mentions,"
                        + " COUNT(*) AS articles, AVG(ae.sentiment_score) AS average_sentiment,"
                        + " SUM(CASE WHEN ae.sentiment_label = 'positive' THEN 1 ELSE 0 END) AS positive,"
                        + " SUM(CASE WHEN ae.sentiment_label = 'neutral' THEN 1 ELSE 0 END) AS neutral,"
                        + " SUM(CASE WHEN ae.sentiment_label = 'negative' THEN 1 ELSE 0 END) AS negative"
                        + " FROM article_entity ae JOIN article a ON a.id = ae.article_id"
                        + " WHERE " + column + " >= :from AND " + column + " < :to"
                        + (type == null ? "" : " AND ae.entity_type = :type")
                        + " GROUP BY ae.entity_name, ae.entity_type"
                        + " ORDER BY mentions DESC, articles DESC, ae.entity_name LIMIT :limit")
                .param("from", SqlTime.of(from)).param("to", SqlTime.of(to))
                .param("type", type == null ? null : type.name()).param("limit", limit)
                .query(EntityRepository::summary).list();
    }

    /** The canonical name for a name or alias, case-insensitive: an exact canonical match first, else the
     * entity the alias most often stands for. Never {@code query(...).stream()}: an unclosed stream keeps its
     * pooled connection for good. */
    Optional<String> resolve(String nameOrAlias) {
        String key = nameOrAlias.strip().toLowerCase(Locale.ROOT);
        Optional<String> canonical = jdbc.sql("SELECT e.name FROM entity e WHERE e.name_key = :key ORDER BY e.name LIMIT 1")
                .param("key", key).query(String.class).list().stream().findFirst();
        if (canonical.isPresent()) {
            return canonical;
        }
        return jdbc.sql("SELECT al.entity_name FROM entity_alias al LEFT JOIN article_entity ae"
                        + " ON ae.entity_name = al.entity_name AND ae.entity_type = al.entity_type"
                        + " WHERE al.alias_key = :key GROUP BY al.entity_name"
                        + " ORDER BY COUNT(ae.article_id) DESC, al.entity_name LIMIT 1")
                .param("key", key).query(String.class).list().stream().findFirst();
    }

    EntityDetail detail(String name) {
        List<EntityType> types = jdbc.sql("SELECT e.type FROM entity e WHERE e.name = :name ORDER BY e.type")
                .param("name", name).query((rs, row) -> EntityType.valueOf(rs.getString(1))).list();
        List<String> aliases = jdbc.sql("SELECT DISTINCT al.alias FROM entity_alias al WHERE al.entity_name = :name"
                + " ORDER BY al.alias").param("name", name).query(String.class).list();
        var totals = jdbc.sql("SELECT COUNT(DISTINCT ae.article_id) AS articles, COALESCE(SUM(ae.mentions), 0) AS mentions,"
                        + " AVG(ae.sentiment_score) AS average_sentiment FROM article_entity ae WHERE ae.entity_name = :name")
                .param("name", name)
                .query((rs, row) -> new Totals(rs.getLong("articles"), rs.getLong("mentions"), average(rs)))
                .single();
        List<Day> timeline = jdbc.sql("SELECT a.sort_day, COUNT(DISTINCT a.id) AS articles, SUM(ae.mentions) AS mentions,"
                        + " AVG(ae.sentiment_score) AS average_sentiment FROM article_entity ae"
                        + " JOIN article a ON a.id = ae.article_id WHERE ae.entity_name = :name"
                        + " GROUP BY a.sort_day ORDER BY a.sort_day")
                .param("name", name)
                .query((rs, row) -> new Day(rs.getObject("sort_day", LocalDate.class), rs.getLong("articles"),
                        rs.getLong("mentions"), average(rs)))
                .list();
        List<CoOccurrence> coOccurring = jdbc.sql("SELECT o.entity_name, o.entity_type,"
                        + " COUNT(DISTINCT o.article_id) AS articles FROM article_entity ae"
                        + " JOIN article_entity o ON o.article_id = ae.article_id AND o.entity_name <> ae.entity_name"
                        + " WHERE ae.entity_name = :name GROUP BY o.entity_name, o.entity_type"
                        + " ORDER BY articles DESC, o.entity_name LIMIT :limit")
                .param("name", name).param("limit", CO_OCCURRING)
                .query((rs, row) -> new CoOccurrence(rs.getString("entity_name"),
                        EntityType.valueOf(rs.getString("entity_type")), rs.getLong("articles")))
                .list();
        return new EntityDetail(name, types, aliases, totals.articles(), totals.mentions(), totals.averageSentiment(),
                timeline, coOccurring);
    }

    private record Totals(long articles, long mentions, Double averageSentiment) {
    }

    private static EntitySummary summary(ResultSet rs, int row) throws SQLException {
        return new EntitySummary(rs.getString("entity_name"), EntityType.valueOf(rs.getString("entity_type")),
                rs.getLong("mentions"), rs.getLong("articles"), average(rs),
                new SentimentCounts(rs.getLong("positive"), rs.getLong("neutral"), rs.getLong("negative")));
    }

    private static Double average(ResultSet rs) throws SQLException {
        double average = rs.getDouble("average_sentiment");
        return rs.wasNull() ? null : average;
    }
}
