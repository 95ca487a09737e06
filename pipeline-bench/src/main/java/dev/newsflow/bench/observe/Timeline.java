package dev.newsflow.bench.observe;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * When each article of a run reached each {@link Stage}, in epoch milliseconds (0 = not yet), plus how often each
 * topic carried it. Written by the feeder and the watchers on their own threads, hence synchronised.
 */
public final class Timeline {

    private final long[][] times;
    private final String[] ids;
    private final int[] rawCopies;
    private final int[] enrichedCopies;
    private final long[] enrichedOffsets;
    /** Per stage, how many articles reached it: asked for ten times a second while a run lasts. */
    private final int[] reached = new int[Stage.values().length];
    /** Per enriched partition, its articles in the order the topic carried them (first copies only). */
    private final Map<Integer, List<Integer>> enrichedOrder = new TreeMap<>();
    /** Per enriched partition, how many of its first articles are marked stored: they are never looked at again. */
    private final Map<Integer, Integer> storedHead = new TreeMap<>();

    public Timeline(int size) {
        this.times = new long[Stage.values().length][size];
        this.ids = new String[size];
        this.rawCopies = new int[size];
        this.enrichedCopies = new int[size];
        this.enrichedOffsets = new long[size];
    }

    public int size() {
        return ids.length;
    }

    public synchronized void record(int sequence, Stage stage, Instant at) {
        // the first sighting counts: a redelivered copy must not make an article look later than it was
        if (times[stage.ordinal()][sequence] == 0) {
            times[stage.ordinal()][sequence] = at.toEpochMilli();
            reached[stage.ordinal()]++;
        }
    }

    /** Takes back a stage an article was thought to have reached (a stored time the store then did not confirm). */
    public synchronized void forget(int sequence, Stage stage) {
        if (times[stage.ordinal()][sequence] != 0) {
            times[stage.ordinal()][sequence] = 0;
            reached[stage.ordinal()]--;
        }
    }

    public synchronized void rawEvent(int sequence, String id, Instant ingestedAt, Instant seenAt) {
        ids[sequence] = id;
        rawCopies[sequence]++;
        record(sequence, Stage.INGESTED, ingestedAt);
        record(sequence, Stage.RAW_SEEN, seenAt);
    }

    /** @param partition the enriched topic's partition that carried it, at {@code offset} */
    public synchronized void enrichedEvent(int sequence, String id, int partition, long offset, Instant enrichedAt,
            Instant seenAt) {
        ids[sequence] = id;
        if (enrichedCopies[sequence]++ == 0) {
            enrichedOffsets[sequence] = offset;
            enrichedOrder.computeIfAbsent(partition, p -> new ArrayList<>()).add(sequence);
        }
        record(sequence, Stage.ENRICHED, enrichedAt);
        record(sequence, Stage.ENRICHED_SEEN, seenAt);
    }

    /**
     * Marks stored, at {@code at}, each article the enriched topic carried before its partition's {@code next} offset
     * (a partition absent from it has nothing stored), and returns the ones newly marked. Each partition is walked
     * from where the last call stopped, so a round costs what it marks, not the backlog.
     */
    public synchronized List<Pending> storedBefore(Map<Integer, Long> next, Instant at) {
        List<Pending> marked = new ArrayList<>();
        enrichedOrder.forEach((partition, order) -> {
            long end = next.getOrDefault(partition, 0L);
            int head = storedHead.getOrDefault(partition, 0);
            for (; head < order.size() && enrichedOffsets[order.get(head)] < end; head++) {
                int sequence = order.get(head);
                if (times[Stage.STORED.ordinal()][sequence] == 0) {
                    record(sequence, Stage.STORED, at);
                    marked.add(new Pending(sequence, ids[sequence]));
                }
            }
            storedHead.put(partition, head);
        });
        return marked;
    }

    public synchronized int reached(Stage stage) {
        return reached[stage.ordinal()];
    }

    public synchronized TimelineSnapshot snapshot() {
        long[][] copy = new long[times.length][];
        for (int s = 0; s < times.length; s++) {
            copy[s] = times[s].clone();
        }
        return new TimelineSnapshot(copy, rawCopies.clone(), enrichedCopies.clone());
    }

    /** An article marked stored: the store's API is asked for it by {@code id} when the run's count does not add up. */
    public record Pending(int sequence, String id) {
    }
}
