package dev.newsflow.ingest;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** The system clock, except while a test holds it still: then no file written since looks old enough to take. */
final class HeldClock extends Clock {

    private final AtomicReference<Instant> held = new AtomicReference<>();

    void hold() {
        held.set(Instant.now());
    }

    void release() {
        held.set(null);
    }

    @Override
    public Instant instant() {
        Instant at = held.get();
        return at != null ? at : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("UTC only");
    }
}
