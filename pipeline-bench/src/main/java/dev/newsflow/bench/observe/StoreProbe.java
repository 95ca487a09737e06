package dev.newsflow.bench.observe;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Watches how far the store got: each round reads the store's consumer group's committed offsets on the enriched
 * topic from the broker (one request) and marks stored every article the topic carried before them. The store
 * commits a poll's offsets once the database committed its articles, so a stored time is late by that commit's round
 * trip and up to a round, never early. (It replaced asking the store's API for articles during the run, whose
 * requests took store CPU from the pipeline being measured: BENCHMARKS.md, "Pipeline".)
 * <p>
 * An offset committed says the store is done with a record, not that it kept it: one the store refused
 * (dead-lettered) would pass for stored. Unless {@code /api/stats} grew by exactly the run's articles after the run,
 * {@link #verifyMarked()} then asks the store's API for each of them and takes back what it does not have, so the
 * lost count stays exact.
 */
public final class StoreProbe implements Runnable {

    private final StoredOffsets offsets;
    private final StoreApi store;
    private final Timeline timeline;
    private final Clock clock;
    private final Duration pause;
    private final AtomicInteger errors = new AtomicInteger();
    private final AtomicReference<String> lastError = new AtomicReference<>();
    private final Set<Timeline.Pending> marked = ConcurrentHashMap.newKeySet();
    private volatile boolean stopped;

    public StoreProbe(StoredOffsets offsets, StoreApi store, Timeline timeline, Clock clock, Duration pause) {
        this.offsets = offsets;
        this.store = store;
        this.timeline = timeline;
        this.clock = clock;
        this.pause = pause;
    }

    @Override
    public void run() {
        try {
            while (!stopped) {
                Map<Integer, Long> next = stored();
                if (next != null) {
                    marked.addAll(timeline.storedBefore(next, clock.instant()));
                }
                Thread.sleep(pause);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Map<Integer, Long> stored() throws InterruptedException {
        try {
            return offsets.next();
        } catch (IOException e) {
            errors.incrementAndGet();
            lastError.set(e.getMessage());
            return null;
        }
    }

    /**
     * Asks the store's API for each article marked stored, after the run: one the store does not have is taken back
     * (it counts as lost). Outside the CPU count: these requests check the probe, not the pipeline.
     *
     * @return how many were taken back
     */
    public int verifyMarked() throws InterruptedException {
        int takenBack = 0;
        for (Timeline.Pending article : marked) {
            if (!has(article)) {
                timeline.forget(article.sequence(), Stage.STORED);
                takenBack++;
            }
        }
        return takenBack;
    }

    /** How many articles were marked stored. */
    public int markedCount() {
        return marked.size();
    }

    private boolean has(Timeline.Pending pending) throws InterruptedException {
        try {
            return store.has(pending.id());
        } catch (IOException e) {
            errors.incrementAndGet();
            lastError.set(e.getMessage());
            return false;
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
