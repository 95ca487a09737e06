package dev.newsflow.ingest.watch;

import dev.newsflow.ingest.IngestSettings;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Settings for the poller's tests, under one folder: no {@code min-age}, no include or exclude globs, ingest's default
 * sizes; what they vary is the poll interval and the batch.
 */
final class TestSettings {

    private TestSettings() {
    }

    static IngestSettings under(Path home, Duration pollInterval, int batchSize) {
        return new IngestSettings(home.resolve("inbox"), home.resolve("processing"), home.resolve("processed"),
                home.resolve("failed"), "default", Duration.ZERO, pollInterval, batchSize, IngestSettings.Cleanup.MOVE,
                false, List.of(), List.of(), DataSize.ofMegabytes(50), DataSize.ofKilobytes(512),
                DataSize.ofMegabytes(100), Duration.ofSeconds(5), DataSize.ofMegabytes(8));
    }
}
