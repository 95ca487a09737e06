package dev.newsflow.store.db;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresBatchRewriteTest {

    private final PostgresBatchRewrite rewrite = new PostgresBatchRewrite();

    @Test
    void aPostgresPoolSendsBatchedInsertsAsMultiRowInserts() {
        try (HikariDataSource pool = pool("jdbc:postgresql://127.0.0.1:5432/news")) {
            rewrite.postProcessAfterInitialization(pool, "dataSource");

            assertThat(pool.getDataSourceProperties()).containsEntry("reWriteBatchedInserts", "true");
        }
    }

    @Test
    void h2AndAUrlThatChoosesItselfAreLeftAlone() {
        try (HikariDataSource h2 = pool("jdbc:h2:mem:x");
             HikariDataSource chosen = pool("jdbc:postgresql://127.0.0.1:5432/news?reWriteBatchedInserts=false")) {
            rewrite.postProcessAfterInitialization(h2, "dataSource");
            rewrite.postProcessAfterInitialization(chosen, "dataSource");

            assertThat(h2.getDataSourceProperties()).doesNotContainKey("reWriteBatchedInserts");
            assertThat(chosen.getDataSourceProperties()).doesNotContainKey("reWriteBatchedInserts");
        }
    }

    private static HikariDataSource pool(String url) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        return pool;
    }
}
