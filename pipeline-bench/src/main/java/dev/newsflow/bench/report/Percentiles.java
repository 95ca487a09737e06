package dev.newsflow.bench.report;

import java.util.Arrays;

/** p50/p95/p99/max of a set of durations, nearest-rank; {@code count == 0} when there was nothing to measure. */
public record Percentiles(int count, long p50, long p95, long p99, long max) {

    public static Percentiles of(long[] values) {
        if (values.length == 0) {
            return new Percentiles(0, 0, 0, 0, 0);
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return new Percentiles(sorted.length, rank(sorted, 0.50), rank(sorted, 0.95), rank(sorted, 0.99),
                sorted[sorted.length - 1]);
    }

    private static long rank(long[] sorted, double quantile) {
        int rank = (int) Math.ceil(quantile * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
