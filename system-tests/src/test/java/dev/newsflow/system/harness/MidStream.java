package dev.newsflow.system.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Decides "mid-stream" from counts, never from time: waits until an observed count has reached a share of the
 * stream, and fails when the stream outran the window between two looks (the count was already past its upper end).
 */
public final class MidStream {

    private static final Duration PATIENCE = Duration.ofMinutes(4);

    private MidStream() {
    }

    /** @return the count observed inside {@code [from, to]} */
    public static long awaitBetween(String what, LongSupplier count, long from, long to, Duration pollInterval) {
        long seen = await(what + " to reach " + from).atMost(PATIENCE).pollInterval(pollInterval).pollDelay(Duration.ZERO)
                .until(count::getAsLong, observed -> observed >= from);
        assertThat(seen).as("%s when first seen at or above %d (the window ends at %d)", what, from, to)
                .isLessThanOrEqualTo(to);
        return seen;
    }
}
