package dev.newsflow.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.bench.observe.Stage;
import dev.newsflow.bench.observe.Timeline;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunResultTest {

    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");

    @Test
    void aStoreCountThatCouldNotBeReadAfterTheRunDoesNotFailARunThatStoredEveryArticleOnce() {
        assertThat(run(2, 100, -1).exactlyOnce()).isTrue();
    }

    @Test
    void aStoreCountThatGrewByMoreThanTheArticlesFedFailsTheRun() {
        assertThat(run(2, 100, 103).exactlyOnce()).isFalse();
        assertThat(run(2, 100, 102).exactlyOnce()).isTrue();
    }

    @Test
    void anArticleNeverStoredFailsTheRun() {
        assertThat(run(1, 100, 102).exactlyOnce()).isFalse();
    }

    private static RunResult run(int stored, long before, long after) {
        Timeline timeline = new Timeline(2);
        for (int sequence = 0; sequence < stored; sequence++) {
            timeline.record(sequence, Stage.STORED, T0);
        }
        return new RunResult("r", "path", 1, 0, 0, 1000, "complete", timeline.snapshot(), before, after, 0, 0,
                Map.of(), Map.of());
    }
}
