package dev.newsflow.ingest.watch;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class NextScanTest {

    static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");
    static final Duration POLL = Duration.ofMillis(500);

    @Test
    void aFileBecomingReadyBeforeThePollIntervalIsScannedForWhenItIsReady() {
        assertThat(NextScan.delay(NOW, NOW.plusMillis(120), POLL)).isEqualTo(Duration.ofMillis(120));
    }

    @Test
    void withNothingWaitingOrAFileReadyLaterTheScanWaitsThePollInterval() {
        assertThat(NextScan.delay(NOW, null, POLL)).isEqualTo(POLL);
        assertThat(NextScan.delay(NOW, NOW.plusSeconds(3), POLL)).isEqualTo(POLL);
    }

    @Test
    void filesReadyMomentsApartShareAScanInsteadOfOneScanEach() {
        assertThat(NextScan.delay(NOW, NOW.plusMillis(2), POLL)).isEqualTo(NextScan.MIN_GAP);
        assertThat(NextScan.delay(NOW, NOW.minusMillis(5), POLL)).isEqualTo(NextScan.MIN_GAP);
        // a poll interval shorter than the gap is kept
        assertThat(NextScan.delay(NOW, NOW.plusMillis(2), Duration.ofMillis(10))).isEqualTo(Duration.ofMillis(10));
    }
}
