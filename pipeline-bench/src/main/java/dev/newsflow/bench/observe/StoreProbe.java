package dev.newsflow.bench.observe;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Asks the store, over and over, for the articles whose enriched event was seen but that it has not shown yet.
 * Asking only for those, and for at most a round's limit of them (the ones enriched first), keeps the probe's load
 * on the store small; when the store lags, a stored time is then late by up to one round.
 * <p>
 * The store consumes each partition in order and commits a poll's records together, so once it lacks one article of
 * a partition it lacks the later ones too: a round asks no more of that partition. Asking on after the first miss
 * cost the store up to a limit of requests per round (all answered 404) while it was behind, a quarter of its CPU
 * time in the runs of BENCHMARKS.md; now a round misses at most once per partition.
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
                round(timeline.awaitingStore(limit), this::ask);
                Thread.sleep(pause);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Asks for {@code pending} in order, except for the partitions where an article was missing already. A miss also
     * asks for its partition's newest pending article: when the store has that one, the miss is an article it will
     * never show (refused, dead-lettered), which must not hide the rest of its partition for the rest of the run.
     */
    static void round(List<Timeline.Pending> pending, Question question) throws InterruptedException {
        Map<Integer, Timeline.Pending> newest = new HashMap<>();
        for (Timeline.Pending article : pending) {
            newest.put(article.partition(), article);
        }
        Set<Integer> behind = new HashSet<>();
        Set<Timeline.Pending> found = new HashSet<>();
        for (Timeline.Pending article : pending) {
            if (behind.contains(article.partition()) || found.contains(article) || question.stored(article)) {
                continue;
            }
            Timeline.Pending last = newest.get(article.partition());
            if (last == article || !question.stored(last)) {
                behind.add(article.partition());
            } else {
                found.add(last);
            }
        }
    }

    private boolean ask(Timeline.Pending pending) throws InterruptedException {
        try {
            if (store.has(pending.id())) {
                timeline.record(pending.sequence(), Stage.STORED, clock.instant());
                return true;
            }
        } catch (IOException e) {
            errors.incrementAndGet();
            lastError.set(e.getMessage());
        }
        return false;
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

    /** Whether the store has an article, noting it when it has. */
    @FunctionalInterface
    interface Question {
        boolean stored(Timeline.Pending article) throws InterruptedException;
    }
}
