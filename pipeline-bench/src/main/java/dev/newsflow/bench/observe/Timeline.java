package dev.newsflow.bench.observe;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import java.util.List;

/**
 * When each article of a run reached each {@link Stage}, in epoch milliseconds (0 = not yet), plus how often each
 * topic carried it. Written by the feeder and the watchers on their own threads, hence synchronised.
 */
public final class Timeline {

    private final long[][] times;
    private final String[] ids;
    private final int[] rawCopies;
    private final int[] enrichedCopies;
    private final int[] enrichedPartitions;

    public Timeline(int size) {
        this.times = new long[Stage.values().length][size];
        this.ids = new String[size];
        this.rawCopies = new int[size];
        this.enrichedCopies = new int[size];
        this.enrichedPartitions = new int[size];
    }

    public int size() {
        return ids.length;
    }

    public synchronized void record(int sequence, Stage stage, Instant at) {
        // the first sighting counts: a redelivered copy must not make an article look later than it was
        if (times[stage.ordinal()][sequence] == 0) {
            times[stage.ordinal()][sequence] = at.toEpochMilli();
        }
    }

    public synchronized void rawEvent(int sequence, String id, Instant ingestedAt, Instant seenAt) {
        ids[sequence] = id;
        rawCopies[sequence]++;
        record(sequence, Stage.INGESTED, ingestedAt);
        record(sequence, Stage.RAW_SEEN, seenAt);
    }

    /** @param partition the enriched topic's partition that carried it */
    public synchronized void enrichedEvent(int sequence, String id, int partition, Instant enrichedAt, Instant seenAt) {
        ids[sequence] = id;
        enrichedPartitions[sequence] = partition;
        enrichedCopies[sequence]++;
        record(sequence, Stage.ENRICHED, enrichedAt);
        record(sequence, Stage.ENRICHED_SEEN, seenAt);
    }

    /** Articles whose enriched event was seen but that the store has not shown yet: the store probe's work list. */
    /**
     * The articles whose enriched event was seen but that are not stored yet, those seen first first, at most
     * {@code limit}: the store stores them in about that order, and asking for a whole backlog every round would
     * take the store's time from storing.
     */
    public synchronized List<Pending> awaitingStore(int limit) {
        long[] seen = times[Stage.ENRICHED_SEEN.ordinal()];
        long[] stored = times[Stage.STORED.ordinal()];
        return IntStream.range(0, ids.length).filter(i -> seen[i] != 0 && stored[i] == 0).boxed()
                .sorted(Comparator.comparingLong(i -> seen[i])).limit(limit)
                .map(i -> new Pending(i, ids[i], enrichedPartitions[i])).toList();
    }

    public synchronized int reached(Stage stage) {
        return (int) Arrays.stream(times[stage.ordinal()]).filter(t -> t != 0).count();
    }

    public synchronized TimelineSnapshot snapshot() {
        long[][] copy = new long[times.length][];
        for (int s = 0; s < times.length; s++) {
            copy[s] = times[s].clone();
        }
        return new TimelineSnapshot(copy, rawCopies.clone(), enrichedCopies.clone());
    }

    /** @param partition the enriched topic's partition that carried it */
    public record Pending(int sequence, String id, int partition) {
    }
}
