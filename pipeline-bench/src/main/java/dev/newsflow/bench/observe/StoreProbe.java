package dev.newsflow.bench.observe;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Asks the store, over and over, for the articles whose enriched event was seen but that it has not shown yet.
 * Asking only for those keeps the probe's load on the store small: in a pipeline that keeps up the list is short.
 */
public final class StoreProbe implements Runnable {

    private final StoreApi store;
    private final Timeline timeline;
    private final Clock clock;
    private final Duration pause;
    private final AtomicInteger errors = new AtomicInteger();
    private final AtomicReference<String> lastError = new AtomicReference<>();
    private volatile boolean stopped;

    public StoreProbe(StoreApi store, Timeline timeline, Clock clock, Duration pause) {
        this.store = store;
        this.timeline = timeline;
        this.clock = clock;
        this.pause = pause;
    }

    @Override
    public void run() {
        try {
            while (!stopped) {
                for (Timeline.Pending pending : timeline.awaitingStore()) {
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
