package dev.newsflow.ingest.watch;

import java.time.Duration;
import java.time.Instant;

/**
 * How long the inbox poller waits before its next scan. A file that is only too young to take becomes ready at a
 * known moment (its modification plus {@code min-age}), so the next scan is timed for it: waiting the whole poll
 * interval on top would add up to that interval to every file's time in the pipeline. The poll interval stays the
 * longest wait (files renamed in with an old time are found by it), and scans are never closer than
 * {@link #MIN_GAP}: each one reads the attributes of every waiting file, so files arriving a few milliseconds apart
 * are taken a few at a time rather than one scan each, and a file waits through at most about
 * {@code min-age / MIN_GAP} scans (10 at the default 1 s) instead of {@code min-age / poll-interval} (2).
 */
final class NextScan {

    static final Duration MIN_GAP = Duration.ofMillis(100);

    private NextScan() {
    }

    /** @param nextReady when the first waiting file becomes ready, or null when none was waiting */
    static Duration delay(Instant now, Instant nextReady, Duration pollInterval) {
        if (nextReady == null) {
            return pollInterval;
        }
        Duration shortest = MIN_GAP.compareTo(pollInterval) < 0 ? MIN_GAP : pollInterval;
        Duration untilReady = Duration.between(now, nextReady);
        if (untilReady.compareTo(shortest) < 0) {
            return shortest;
        }
        return untilReady.compareTo(pollInterval) > 0 ? pollInterval : untilReady;
    }
}
