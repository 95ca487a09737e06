package dev.newsflow.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * Two builds measured in turn in one thread, round after round, the first of each pair alternating, so both see the
 * same load: on a shared machine runs minutes apart differ by more than most changes, the per-round ratio of a pair
 * much less. {@link EngineAb}, {@link ReadingAb} and {@link EnrichRecordAb} time their builds this way.
 */
final class PairedRounds {

    /** One round of one build's work (build 0 or 1); returns how many units (articles, pages) it did. */
    @FunctionalInterface
    interface Round {
        long run(int build) throws Exception;
    }

    /** The measured rounds: {@code cost[build][round]} is CPU-nanoseconds per unit of that build in that round. */
    record Result(double[][] cost) {

        /** Units per CPU-second of a build, median of its rounds. */
        double medianRate(int build) {
            return 1e9 / medianCost(build);
        }

        double slowestRate(int build) {
            return 1e9 / highestCost(build);
        }

        double fastestRate(int build) {
            return 1e9 / lowestCost(build);
        }

        /** CPU-nanoseconds per unit of a build, median of its rounds. */
        double medianCost(int build) {
            return median(cost[build]);
        }

        double lowestCost(int build) {
            return Arrays.stream(cost[build]).min().orElseThrow();
        }

        double highestCost(int build) {
            return Arrays.stream(cost[build]).max().orElseThrow();
        }

        /** "CPU-us per article median 91.4, range 88.0-97.2": a build's cost per unit over its rounds. */
        String costPerUnit(int build, String unit) {
            return String.format("CPU-us per %s median %.1f, range %.1f-%.1f", unit, medianCost(build) / 1e3,
                    lowestCost(build) / 1e3, highestCost(build) / 1e3);
        }

        /** "median 0.904, range 0.767-0.995": the second build's cost over the first's, per round. */
        String costRatioRange() {
            double[] ratio = costRatios();
            return String.format("median %.3f, range %.3f-%.3f", median(ratio), ratio[0], ratio[ratio.length - 1]);
        }

        /** Per round, the second build's cost over the first's (below 1: the second is cheaper), sorted. */
        double[] costRatios() {
            return ratios(1, 0);
        }

        /** Per round, the second build's rate over the first's (above 1: the second is faster), sorted. */
        double[] rateRatios() {
            return ratios(0, 1);
        }

        private double[] ratios(int over, int under) {
            double[] ratio = new double[cost[0].length];
            for (int round = 0; round < ratio.length; round++) {
                ratio[round] = cost[over][round] / cost[under][round];
            }
            Arrays.sort(ratio);
            return ratio;
        }

        static double median(double[] values) {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            return (sorted[(sorted.length - 1) / 2] + sorted[sorted.length / 2]) / 2;
        }
    }

    private PairedRounds() {
    }

    static Result run(int warmUp, int rounds, Round round) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[][] cost = new double[2][rounds];
        for (int r = -warmUp; r < rounds; r++) {
            for (int k = 0; k < 2; k++) {
                int build = (r & 1) == 0 ? k : 1 - k;
                long start = threads.getCurrentThreadCpuTime();
                long units = round.run(build);
                if (r >= 0) {
                    cost[build][r] = (threads.getCurrentThreadCpuTime() - start) / (double) units;
                }
            }
        }
        return new Result(cost);
    }
}
