package dev.newsflow.ingest;

import io.micrometer.core.instrument.MeterRegistry;

import java.util.List;
import java.util.stream.IntStream;

/** How much some counters of one tag grew since this was made: exact deltas for a test sharing its context. */
public final class Deltas {

    private final MeterRegistry meters;
    private final String name;
    private final String tag;
    private final List<String> values;
    private final double[] before;

    public Deltas(MeterRegistry meters, String name, String tag, String... values) {
        this.meters = meters;
        this.name = name;
        this.tag = tag;
        this.values = List.of(values);
        this.before = counts();
    }

    /** One delta per tag value, in the order given. */
    public List<Double> since() {
        double[] now = counts();
        return IntStream.range(0, values.size()).mapToObj(i -> now[i] - before[i]).toList();
    }

    private double[] counts() {
        return values.stream().mapToDouble(value -> meters.counter(name, tag, value).count()).toArray();
    }
}
