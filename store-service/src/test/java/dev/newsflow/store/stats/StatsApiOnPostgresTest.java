package dev.newsflow.store.stats;

import dev.newsflow.store.StoreOnPostgres;
import dev.newsflow.store.article.ArticleWriter;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

@StoreOnPostgres
class StatsApiOnPostgresTest extends StatsApiContract {

    private final JdbcClient jdbc;

    StatsApiOnPostgresTest(MockMvc mvc, ArticleWriter writer, JdbcClient jdbc) {
        super(mvc, writer, jdbc);
        this.jdbc = jdbc;
    }

    /** Without V14's index PostgreSQL scans every article row for the maximum. */
    @Test
    void theLastStoredTimeIsReadFromItsIndex() {
        String plan = String.join("\n", jdbc.sql("EXPLAIN " + StatsRepository.LAST_STORED).query(String.class).list());

        assertThat(plan).contains("article_stored_idx").doesNotContain("Seq Scan");
    }
}
