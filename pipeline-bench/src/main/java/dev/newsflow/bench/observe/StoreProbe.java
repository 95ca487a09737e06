package dev.newsflow.bench.observe;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Asks the store, over and over, for the articles whose enriched event was seen but that it has not shown yet.
 * Asking only for those, and for at most a round's limit of them (the ones enriched first), keeps the probe's load
 * on the store small; when the store lags, a stored time is then late by up to one round.
 */
public final class StoreProbe implements Runnable {

    private final StoreApi store;
    private final Timeline timeline;
    private final Clock clock;
    private final Duration pause;
    private final int limit;
    private final AtomicInteger errors = new AtomicInteger();
    private final AtomicReference<String> lastError = new AtomicReference<>();
    private volatile boolean stopped;

    public StoreProbe(StoreApi store, Timeline timeline, Clock clock, Duration pause, int limit) {
        this.store = store;
        this.timeline = timeline;
        this.clock = clock;
        this.pause = pause;
        this.limit = limit;
    }

    @Override
    public void run() {
        try {
            while (!stopped) {
                for (Timeline.Pending pending : timeline.awaitingStore(limit)) {
                    ask(pending);
                }
                Thread.sleep(pause);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void ask(Timeline.Pending pending) throws InterruptedException {
        try {
            if (store.has(pending.id())) {
                timeline.record(pending.sequence(), Stage.STORED, clock.instant());
            }
        } catch (IOException e) {
            errors.incrementAndGet();
            lastError.set(e.getMessage());
        }
    }

    public int errors() {
        return errors.get();
    }

    public String lastError() {
        return lastError.get();
    }

    public void stop() {
        stopped = true;
    }
}
