package dev.newsflow.store.stats;

import dev.newsflow.events.SentimentLabel;
import dev.newsflow.store.db.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Repository
class StatsRepository {

    /** One index lookup since V14 ({@code article_stored_idx}), not a read of every article. */
    static final String LAST_STORED = "SELECT MAX(stored_at) FROM article";

    // the columns the dashboard counts articles by, each the first column of an index
    private static final String SOURCE = "source";
    private static final String LANGUAGE = "language";
    private static final String TONE = "sentiment_label";
    static final List<String> COUNTED_COLUMNS = List.of(SOURCE, LANGUAGE, TONE);

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
        bySentiment.putAll(countBy(TONE, "unknown"));
        return new StoreStats(articles, entities, SqlTime.toInstant(lastStored), countBy(SOURCE, "unknown"),
                countBy(LANGUAGE, "und"), bySentiment);
    }

    /**
     * Counts by a column's own values, which its index answers (H2 groups them in index order); grouped by an
     * expression such as {@code COALESCE(source, 'unknown')} H2 read every article row instead, 24 times the page
     * reads (BENCHMARKS.md, "Store: the dashboard's totals"). Articles without a value count under {@code absent},
     * together with any whose value is that word; largest count first, then by key.
     *
     * @param column one of the constant column names above, never user input
     */
    private Map<String, Long> countBy(String column, String absent) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql(countsBy(column)).query(rs -> {
                    String key = rs.getString("k");
                    counts.merge(key == null ? absent : key, rs.getLong("n"), Long::sum);
                });
        Map<String, Long> largestFirst = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(count -> largestFirst.put(count.getKey(), count.getValue()));
        return largestFirst;
    }

    static String countsBy(String column) {
        return "SELECT " + column + " AS k, COUNT(*) AS n FROM article GROUP BY " + column;
    }
}
