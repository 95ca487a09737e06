package dev.newsflow.system.faults;

import java.time.Duration;
import java.time.Instant;

/** Keeps a fault in place for its stated length: the length is the scenario's definition, not a wait for a result. */
final class Outage {

    private Outage() {
    }

    static void lastUntil(Instant started, Duration length) {
        long millis = Duration.between(Instant.now(), started.plus(length)).toMillis();
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted during the outage", e);
            }
        }
    }
}
