package dev.newsflow.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default database leaves H2 its own 16 MB page cache: H2 caches every page it writes too, and at 64 MB those
 * pages outlived young collections and the store's collector ran longer (BENCHMARKS.md, "Pipeline").
 */
class ShippedH2CacheTest {

    @Test
    void theShippedUrlLeavesH2ItsOwn16MegabytePageCache(@TempDir Path home) throws Exception {
        try (Connection connection = DriverManager.getConnection(ShippedH2Url.in(home), "sa", "");
             ResultSet result = connection.createStatement().executeQuery(
                     "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.CACHE_MAX_SIZE'")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).as("page cache, MB").isEqualTo("16");
        }
    }
}
