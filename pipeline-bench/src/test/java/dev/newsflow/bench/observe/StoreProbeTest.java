package dev.newsflow.bench.observe;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StoreProbeTest {

    private static final Instant T0 = Instant.parse("2026-12-04T20:00:00Z");

    @Test
    void theRunsArticlesAreMarkedStoredAsTheStoresOffsetsMove() throws InterruptedException {
        Timeline timeline = new Timeline(3);
        timeline.enrichedEvent(0, "a", 0, 40, T0, T0);
        timeline.enrichedEvent(1, "b", 0, 41, T0, T0);
        timeline.enrichedEvent(2, "c", 1, 7, T0, T0);
        List<Map<Integer, Long>> answers = new ArrayList<>(List.of(Map.of(0, 41L), Map.of(0, 42L, 1, 8L)));
        StoreProbe[] probe = new StoreProbe[1];
        StoredOffsets offsets = () -> {
            Map<Integer, Long> next = answers.removeFirst();
            if (answers.isEmpty()) {
                probe[0].stop();
            }
            return next;
        };
        probe[0] = new StoreProbe(offsets, null, timeline, Clock.fixed(T0.plusSeconds(1), ZoneOffset.UTC), Duration.ZERO);

        probe[0].run();

        assertThat(timeline.reached(Stage.STORED)).isEqualTo(3);
        assertThat(probe[0].markedCount()).isEqualTo(3);
        assertThat(probe[0].errors()).isZero();
    }

    @Test
    void anUnreadableOffsetIsAnErrorNotAStoredArticle() throws InterruptedException {
        Timeline timeline = new Timeline(1);
        timeline.enrichedEvent(0, "a", 0, 0, T0, T0);
        StoreProbe[] probe = new StoreProbe[1];
        probe[0] = new StoreProbe(() -> {
            probe[0].stop();
            throw new IOException("broker gone");
        }, null, timeline, Clock.fixed(T0, ZoneOffset.UTC), Duration.ZERO);

        probe[0].run();

        assertThat(timeline.reached(Stage.STORED)).isZero();
        assertThat(probe[0].errors()).isEqualTo(1);
        assertThat(probe[0].lastError()).isEqualTo("broker gone");
    }
}
