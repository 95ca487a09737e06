package dev.newsflow.store.stats;

import dev.newsflow.store.StoreOnH2;
import dev.newsflow.store.article.ArticleWriter;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

@StoreOnH2
class StatsApiOnH2Test extends StatsApiContract {

    private final JdbcClient jdbc;

    StatsApiOnH2Test(MockMvc mvc, ArticleWriter writer, JdbcClient jdbc) {
        super(mvc, writer, jdbc);
        this.jdbc = jdbc;
    }

    /** H2 reads a page per stored article in a scan of the table: the dashboard's totals took ~10 s at 80,000. */
    @Test
    void theLastStoredTimeIsOneIndexLookupNotAReadOfEveryArticle() {
        String plan = jdbc.sql("EXPLAIN " + StatsRepository.LAST_STORED).query(String.class).single();

        assertThat(plan).contains("article_stored_idx").contains("direct lookup").doesNotContain("tableScan");
    }

    /** Grouped by COALESCE(source, 'unknown') H2 scanned the table: 6.7 s for one count at 80,000 articles. */
    @Test
    void eachCountReadsAnIndexNotEveryArticle() {
        for (String column : StatsRepository.COUNTED_COLUMNS) {
            String plan = jdbc.sql("EXPLAIN " + StatsRepository.countsBy(column)).query(String.class).single();

            String index = "article_" + column.replace("_label", "") + "_idx";
            assertThat(plan).as(column).contains(index).contains("group sorted").doesNotContain("tableScan");
        }
    }
}
