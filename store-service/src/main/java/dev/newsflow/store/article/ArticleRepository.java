package dev.newsflow.store.article;

import dev.newsflow.store.db.SqlDialect;
import dev.newsflow.store.db.SqlDialect.SearchClause;
import dev.newsflow.store.db.SqlTime;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads articles. Filters become SQL conditions with named parameters (never user text in SQL); pages are keyset
 * pages on (sort_time, id), or (rank, sort_time, id) for searches, so deep pages cost what the first one does.
 */
@Repository
public class ArticleRepository {

    private static final String HIT_COLUMNS = "a.id, a.sort_time, a.document";

    private final JdbcClient jdbc;
    private final SqlDialect dialect;

    public ArticleRepository(JdbcClient jdbc, SqlDialect dialect) {
        this.jdbc = jdbc;
        this.dialect = dialect;
    }

    public Optional<String> findJson(String id) {
        return jdbc.sql("SELECT a.document FROM article a WHERE a.id = :id").param("id", id)
                .query(String.class).optional();
    }

    List<ArticleHit> find(ArticleQuery query) {
        Statement statement = statement(query);
        return jdbc.sql(statement.sql()).paramSource(statement.params()).query(ArticleRepository::hit).list();
    }

    /** The SQL and parameters of a query's page (package-private: tests read H2's plan of it). */
    Statement statement(ArticleQuery query) {
        var params = new MapSqlParameterSource("limit", query.limit());
        List<String> conditions = new ArrayList<>();
        String from = " FROM " + articles(query, conditions, params);
        conditions.addAll(filters(query, params));
        Cursor after = query.after();
        String sql;
        if (query.isSearch()) {
            SearchClause search = dialect.search(query.q(), params);
            conditions.add(search.condition());
            String ranked = "SELECT " + HIT_COLUMNS + ", " + search.rank() + " AS rank" + from + where(conditions);
            if (after != null) {
                params.addValue("afterRank", after.rank());
                addAfter(after, params);
            }
            sql = "SELECT r.id, r.sort_time, r.document, r.rank FROM (" + ranked + ") r"
                    + (after == null ? "" : " WHERE (r.rank, r.sort_time, r.id) < (:afterRank, :afterTime, :afterId)")
                    + " ORDER BY r.rank DESC, r.sort_time DESC, r.id DESC LIMIT :limit";
        } else {
            if (after != null) {
                conditions.add("(a.sort_time, a.id) < (:afterTime, :afterId)");
                addAfter(after, params);
            }
            sql = "SELECT " + HIT_COLUMNS + ", NULL AS rank" + from + where(conditions)
                    + " ORDER BY a.sort_time DESC, a.id DESC LIMIT :limit";
        }
        return new Statement(sql, params);
    }

    /**
     * The articles {@code a}: all of them, or those linked to the entity filter's entities. An entity id, or any
     * name or surface form seen for one: all entities that form stands for. Its links first, then each article by
     * its number: most entities are in few articles, and read from the articles' side (as an EXISTS on H2, which
     * probes per article) a rare one costs a scan of all of them.
     */
    private String articles(ArticleQuery query, List<String> conditions, MapSqlParameterSource params) {
        if (query.entity() == null) {
            return "article a";
        }
        params.addValue("entityKey", IdentifiedEntity.formKey(query.entity())).addValue("entityId", query.entity());
        if (query.entityType() != null) {
            params.addValue("entityType", query.entityType().name());
        }
        SqlDialect.NumberedArticles articles = dialect.numberedArticles("SELECT ae.article_no FROM "
                + dialect.entityLinks("ae", "SELECT f.entity_id FROM entity_form f WHERE f.form_key = :entityKey"
                        + " UNION SELECT e.id FROM entity e WHERE e.id = :entityId")
                + (query.entityType() == null ? "" : " AND ae.entity_type = :entityType"));
        if (articles.condition() != null) {
            conditions.add(articles.condition());
        }
        return articles.from();
    }

    private List<String> filters(ArticleQuery query, MapSqlParameterSource params) {
        List<String> conditions = new ArrayList<>();
        if (query.entity() == null && query.entityType() != null) {
            // a type alone matches most articles: the latest ones first, each one's links by their key range
            params.addValue("entityType", query.entityType().name());
            conditions.add("EXISTS (SELECT 1 FROM article_link ae WHERE "
                    + LinkNumbers.ofArticle("ae.link_no", "a.article_no") + " AND ae.entity_type = :entityType)");
        }
        add(conditions, params, "a.source = :source", "source", query.source());
        add(conditions, params, "a.sentiment_label = :sentiment", "sentiment",
                query.sentiment() == null ? null : query.sentiment().wireName());
        add(conditions, params, "a.sentiment_score >= :minScore", "minScore", query.minScore());
        add(conditions, params, "a.sentiment_score <= :maxScore", "maxScore", query.maxScore());
        add(conditions, params, "a.language = :language", "language", query.language());
        add(conditions, params, query.time().column() + " >= :from", "from", SqlTime.of(query.from()));
        add(conditions, params, query.time().column() + " < :to", "to", SqlTime.of(query.to()));
        return conditions;
    }

    private static void add(List<String> conditions, MapSqlParameterSource params, String condition, String name,
            Object value) {
        if (value != null) {
            conditions.add(condition);
            params.addValue(name, value);
        }
    }

    private static void addAfter(Cursor after, MapSqlParameterSource params) {
        params.addValue("afterTime", SqlTime.of(after.sortTime())).addValue("afterId", after.id());
    }

    private static String where(List<String> conditions) {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    record Statement(String sql, MapSqlParameterSource params) {
    }

    private static ArticleHit hit(ResultSet rs, int row) throws SQLException {
        double rank = rs.getDouble("rank");
        Double relevance = rs.wasNull() ? null : rank;
        return new ArticleHit(rs.getString("id"), SqlTime.toInstant(rs.getObject("sort_time", OffsetDateTime.class)),
                relevance, rs.getString("document"));
    }
}
