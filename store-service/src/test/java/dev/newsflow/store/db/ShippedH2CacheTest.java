package dev.newsflow.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default database keeps 64 MB of pages in memory, not H2's 16 MB: at tens of thousands of articles the
 * store's random index pages (article ids, entity forms) no longer fitted, and every batch read evicted pages back
 * from the file to change them (a fifth of what the store's consumer allocated).
 */
class ShippedH2CacheTest {

    @Test
    void theShippedUrlGivesH2A64MegabytePageCache(@TempDir Path home) throws Exception {
        try (Connection connection = DriverManager.getConnection(ShippedH2Url.in(home), "sa", "");
             ResultSet result = connection.createStatement().executeQuery(
                     "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.CACHE_MAX_SIZE'")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).as("page cache, MB").isEqualTo("64");
        }
    }
}
