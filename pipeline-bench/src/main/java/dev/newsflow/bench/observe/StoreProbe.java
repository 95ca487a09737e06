package dev.newsflow.bench.observe;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Asks the store, over and over, which of the articles whose enriched event was seen it shows yet. The store consumes
 * each partition of the enriched topic in order and commits a poll's records together, so the articles of a
 * partition it shows are the first ones the topic carried: a round asks for a partition's newest pending article (all
 * shown when the store has it), else its oldest (none when the store lacks it), else looks for where the shown ones
 * end by halving. That is two to a few requests per partition and round, where one request per article took about
 * half of the generator's own CPU time. At most {@code limit} requests a round; a stored time is late by up to a round.
 * <p>
 * An article marked stored because a later one of its partition was is only inferred: one the store will never show
 * (refused, dead-lettered) would pass for stored. Unless {@code /api/stats} grew by exactly the run's articles after
 * the run, {@link #verifyInferred()} then asks for each of those and takes back what the store does not have, so
 * the lost count stays exact.
 */
public final class StoreProbe implements Runnable {

    private final StoreApi store;
    private final Timeline timeline;
    private final Clock clock;
    private final Duration pause;
    private final int limit;
    private final AtomicInteger errors = new AtomicInteger();
    private final AtomicReference<String> lastError = new AtomicReference<>();
    private final Set<Timeline.Pending> inferred = ConcurrentHashMap.newKeySet();
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
            for (int rounds = 0; !stopped; rounds++) {
                int[] budget = {limit};
                // each round starts at the next partition: with the budget spent early, the last ones would wait
                List<List<Timeline.Pending>> partitions = new ArrayList<>(timeline.awaitingStore());
                Collections.rotate(partitions, -(rounds % Math.max(1, partitions.size())));
                round(partitions, article -> budget[0]-- > 0 && ask(article), this::inferStored);
                Thread.sleep(pause);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * One round over {@code partitions} (each partition's pending articles in topic order): tells {@code stored}
     * about each article found shown without being asked for (it came before one the store has).
     */
    static void round(List<List<Timeline.Pending>> partitions, Question question, Consumer<Timeline.Pending> stored)
            throws InterruptedException {
        for (List<Timeline.Pending> pending : partitions) {
            Set<Timeline.Pending> asked = new HashSet<>();
            int shown = shownPrefix(pending, article -> asked.add(article) && question.stored(article));
            for (int i = 0; i < shown; i++) {
                if (!asked.contains(pending.get(i))) {
                    stored.accept(pending.get(i));
                }
            }
        }
    }

    /** How many of {@code pending}'s first articles the store shows: the last of them asked for, the next one too. */
    private static int shownPrefix(List<Timeline.Pending> pending, Question question) throws InterruptedException {
        int last = pending.size() - 1;
        if (question.stored(pending.get(last))) {
            return pending.size();
        }
        if (last == 0 || !question.stored(pending.getFirst())) {
            return 0;
        }
        int shown = 0; // pending[shown] is shown, pending[missing] is not
        int missing = last;
        while (missing - shown > 1) {
            int middle = (shown + missing) >>> 1;
            if (question.stored(pending.get(middle))) {
                shown = middle;
            } else {
                missing = middle;
            }
        }
        return shown + 1;
    }

    private void inferStored(Timeline.Pending article) {
        if (inferred.add(article)) {
            timeline.record(article.sequence(), Stage.STORED, clock.instant());
        }
    }

    /**
     * Asks for each article marked stored by inference alone, after the run: one the store does not have is taken
     * back (it counts as lost). Outside the CPU count: these requests measure the generator, not the pipeline.
     *
     * @return how many were taken back
     */
    public int verifyInferred() throws InterruptedException {
        int takenBack = 0;
        for (Timeline.Pending article : inferred) {
            if (!has(article)) {
                timeline.forget(article.sequence(), Stage.STORED);
                takenBack++;
            }
        }
        return takenBack;
    }

    /** How many articles were marked stored without being asked for one by one. */
    public int inferredCount() {
        return inferred.size();
    }

    private boolean ask(Timeline.Pending pending) throws InterruptedException {
        if (has(pending)) {
            timeline.record(pending.sequence(), Stage.STORED, clock.instant());
            return true;
        }
        return false;
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

    /** Whether the store has an article, noting it when it has. */
    @FunctionalInterface
    interface Question {
        boolean stored(Timeline.Pending article) throws InterruptedException;
    }
}
