package dev.newsflow.bench.observe;

import java.util.Arrays;
import java.util.stream.IntStream;

/** A frozen copy of a {@link Timeline} for the report. Times are epoch milliseconds, 0 where a stage was not reached. */
public record TimelineSnapshot(long[][] times, int[] rawCopies, int[] enrichedCopies) {

    public long at(Stage stage, int sequence) {
        return times[stage.ordinal()][sequence];
    }

    public int size() {
        return rawCopies.length;
    }

    public int reached(Stage stage) {
        return (int) Arrays.stream(times[stage.ordinal()]).filter(t -> t != 0).count();
    }

    /** Milliseconds from one stage to a later one, for every article that reached both. */
    public long[] durations(Stage from, Stage to) {
        return IntStream.range(0, size())
                .filter(i -> at(from, i) != 0 && at(to, i) != 0)
                .mapToLong(i -> at(to, i) - at(from, i))
                .toArray();
    }

    /** Articles a topic carried more than once (at-least-once redelivery shows here). */
    public int duplicated(int[] copies) {
        return (int) Arrays.stream(copies).filter(c -> c > 1).count();
    }
}
