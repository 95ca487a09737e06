package dev.newsflow.store.article;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How an article's links are keyed. Since V10 by one number per link, {@link LinkNumbers} (from the article's
 * insertion-ordered number, so a batch's links are appended to the primary key instead of landing at random places:
 * article ids are hashes); before V8, by article id, which only the V4 migration still writes, since it runs on the
 * schema of its time.
 */
enum LinkKey {
    ARTICLE_ID("SELECT id, sort_day, first_stored_at FROM article WHERE id IN (:ids)",
            "DELETE FROM article_entity WHERE article_id IN (:keys)"),
    LINK_NO("SELECT id, sort_day, article_no, first_stored_at FROM article WHERE id IN (:ids)",
            "DELETE FROM article_link WHERE " + LinkNumbers.ofArticle("link_no", "CAST(:key AS BIGINT)"));

    /**
     * ids per IN list: H2 checks each row it finds against the whole list again, so one list of a poll's 2,000 ids
     * cost 2,000 x 2,000 comparisons
     */
    private static final int PER_QUERY = 100;

    private final String read;
    private final String delete;

    LinkKey(String read, String delete) {
        this.read = read;
        this.delete = delete;
    }

    /**
     * The stored sort day and number of each article, read once per batch: a sub-select per link cost more.
     *
     * @param storedAt the batch's time: an article first stored then is new, and has no links yet
     */
    Map<String, LinkedArticle> read(NamedParameterJdbcTemplate jdbc, Collection<String> articleIds,
            OffsetDateTime storedAt) {
        Map<String, LinkedArticle> stored = new HashMap<>();
        for (List<String> ids : InLists.of(List.copyOf(articleIds), PER_QUERY)) {
            jdbc.query(read, Map.of("ids", ids), rs -> {
                stored.put(rs.getString("id"), new LinkedArticle(rs.getString("id"),
                        this == LINK_NO ? rs.getLong("article_no") : null, rs.getObject("sort_day"),
                        !rs.getObject("first_stored_at", OffsetDateTime.class).isEqual(storedAt)));
            });
        }
        return stored;
    }

    /**
     * Deletes the stored links of those of these articles stored before, which are about to be written again. A
     * poll brings mostly new articles: asking the database for their links cost a probe each, and on PostgreSQL a
     * table scan per statement while its statistics were young.
     */
    void deleteLinks(NamedParameterJdbcTemplate jdbc, Collection<LinkedArticle> articles) {
        var again = articles.stream().filter(LinkedArticle::storedBefore).toList();
        if (this == LINK_NO) {
            // one key range per article: an IN list of ranges would not be read as index ranges
            jdbc.batchUpdate(delete, again.stream().map(a -> new MapSqlParameterSource("key", a.number()))
                    .toArray(SqlParameterSource[]::new));
        } else {
            List<Object> keys = again.stream().map(a -> (Object) a.id()).toList();
            InLists.of(keys, PER_QUERY).forEach(chunk -> jdbc.update(delete, Map.of("keys", chunk)));
        }
    }

    String insert(String columns, String values) {
        return this == LINK_NO
                ? "INSERT INTO article_link (link_no, article_no, " + columns + ") VALUES (:linkNo, :articleNo, "
                        + values + ")"
                : "INSERT INTO article_entity (" + columns + ") VALUES (" + values + ")";
    }

    /**
     * @param number       the article's number, null before V8
     * @param storedBefore first stored by an earlier transaction (if one ended in the same microsecond, the batch
     *                     is refused for a link twice and stored again one article at a time, at a later time)
     */
    record LinkedArticle(String id, Long number, Object sortDay, boolean storedBefore) {
    }
}
