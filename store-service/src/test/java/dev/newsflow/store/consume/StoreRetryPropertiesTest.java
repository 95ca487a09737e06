package dev.newsflow.store.consume;

import org.junit.jupiter.api.Test;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StoreRetryPropertiesTest {

    @Test
    void theBackOffDoublesFromTheInitialWaitUpToTheMaximumAndNeverGivesUp() {
        BackOff backOff = new StoreRetryProperties(Duration.ofMillis(500), Duration.ofSeconds(3)).backOff();

        BackOffExecution waits = backOff.start();
        List<Long> first = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            first.add(waits.nextBackOff());
        }
        for (int i = 0; i < 100_000; i++) {
            assertThat(waits.nextBackOff()).isEqualTo(3_000L);
        }

        assertThat(first).containsExactly(500L, 1_000L, 2_000L, 3_000L, 3_000L, 3_000L);
        assertThat(backOff.start().nextBackOff()).as("each start begins again").isEqualTo(500L);
    }
}
