package dev.newsflow.store.stats;

import dev.newsflow.events.SentimentLabel;
import dev.newsflow.store.db.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

@Repository
class StatsRepository {

    /** One index lookup since V14 ({@code article_stored_idx}), not a read of every article. */
    static final String LAST_STORED = "SELECT MAX(stored_at) FROM article";

    private final JdbcClient jdbc;

    StatsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    StoreStats stats() {
        long articles = jdbc.sql("SELECT COUNT(*) FROM article").query(Long.class).single();
        long entities = jdbc.sql("SELECT COUNT(*) FROM entity").query(Long.class).single();
        // MAX of no rows is one NULL row, which single() would refuse
        OffsetDateTime lastStored = jdbc.sql(LAST_STORED)
                .query((rs, row) -> rs.getObject(1, OffsetDateTime.class)).list().getFirst();
        Map<String, Long> bySentiment = new LinkedHashMap<>();
        for (SentimentLabel label : SentimentLabel.values()) {
            bySentiment.put(label.wireName(), 0L);
        }
        // an article whose tone was invalid and left out counts under "unknown"
        bySentiment.putAll(countBy("COALESCE(sentiment_label, 'unknown')"));
        return new StoreStats(articles, entities, SqlTime.toInstant(lastStored), countBy("COALESCE(source, 'unknown')"),
                countBy("COALESCE(language, 'und')"), bySentiment);
    }

    /** @param expression one of the constant expressions above, never user input */
    private Map<String, Long> countBy(String expression) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT " + expression + " AS k, COUNT(*) AS n FROM article GROUP BY " + expression
                        + " ORDER BY n DESC, k")
                .query(rs -> {
                    counts.put(rs.getString("k"), rs.getLong("n"));
                });
        return counts;
    }
}
