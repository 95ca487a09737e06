package dev.newsflow.bench.report;

import java.util.Map;
import java.util.NavigableMap;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Quantiles of what a Prometheus histogram recorded between two scrapes, as the upper bound of the bucket the
 * quantile falls in (what {@code histogram_quantile} would bound it by, without interpolation).
 */
final class HistogramQuantiles {

    private final NavigableMap<Double, Double> counts;

    HistogramQuantiles(NavigableMap<Double, Double> before, NavigableMap<Double, Double> after) {
        this.counts = new TreeMap<>();
        after.forEach((bound, count) -> counts.put(bound, count - before.getOrDefault(bound, 0.0)));
    }

    double total() {
        return counts.isEmpty() ? 0 : counts.lastEntry().getValue();
    }

    OptionalDouble quantile(double q) {
        double total = total();
        if (total <= 0) {
            return OptionalDouble.empty();
        }
        for (Map.Entry<Double, Double> bucket : counts.entrySet()) {
            if (bucket.getValue() >= q * total) {
                return OptionalDouble.of(bucket.getKey());
            }
        }
        return OptionalDouble.of(Double.POSITIVE_INFINITY);
    }
}
