package dev.newsflow.bench.report;

import dev.newsflow.bench.observe.ProcessUsage.Usage;
import dev.newsflow.bench.observe.Stage;
import dev.newsflow.bench.observe.TimelineSnapshot;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * The run as one Markdown table row under its header, ready for BENCHMARKS.md: throughput, the two latencies the
 * targets name, Kafka's ProducerPerformance on the same broker, peak RSS and CPU per process, the count checks
 * and the load average.
 *
 * @param files          how the articles were fed ("single", "jsonl 50", "raw topic")
 * @param reference      ProducerPerformance records/s, empty when not run
 * @param recordBytes    the size of the records it sent
 * @param usage          per process, in the order to print
 * @param loadAverages   1-minute load average at the start and the end of the run
 */
public record SummaryTable(String files, OptionalDouble reference, int recordBytes, Map<String, Usage> usage,
        String loadAverages) {

    /** The key of the load generator's own usage: sampled on the same cores, but not part of the pipeline. */
    public static final String LOAD_GENERATOR = "pipeline-bench";

    /** Threads taking at least this share of their process's CPU get a place in the per-thread lines. */
    private static final double THREAD_SHARE = 0.02;

    static final String HEADER = "| date (UTC) | files | articles | offered/s | stored/s | ingested→stored p50 / p99 ms "
            + "| dropped→stored p50 / p99 ms | ProducerPerformance rec/s (bytes) | % of it | peak RSS MB (total) "
            + "| CPU s | lost / duplicated | load avg start→end |";

    public void print(RunResult run, String date, PrintStream out) {
        TimelineSnapshot t = run.timeline();
        long lastStored = Arrays.stream(t.times()[Stage.STORED.ordinal()]).max().orElse(0);
        double storedPerSecond = lastStored == 0 ? 0 : t.reached(Stage.STORED) / ((lastStored - run.startedAt()) / 1000.0);
        Percentiles inStore = Percentiles.of(t.durations(Stage.INGESTED, Stage.STORED));
        Percentiles dropStore = Percentiles.of(t.durations(Stage.FED, Stage.STORED));
        out.println();
        out.println(HEADER);
        out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|---|---|---|---|");
        out.println(String.join(" | ", "| " + date, files, Integer.toString(t.size()),
                run.rate() > 0 ? fmt("%.0f", run.rate()) : "max", fmt("%.0f", storedPerSecond),
                inStore.p50() + " / " + inStore.p99(), dropStore.p50() + " / " + dropStore.p99(),
                reference.isPresent() ? fmt("%.0f", reference.getAsDouble()) + " (" + recordBytes + ")" : "not run",
                reference.isPresent() ? fmt("%.1f %%", 100 * storedPerSecond / reference.getAsDouble()) : "",
                rss(), cpu(), lost(t) + " / " + duplicated(t), loadAverages + " |"));
        out.println();
        out.println("CPU ms per stored article: " + cpuPerArticle(t.reached(Stage.STORED)));
        byThread(t.reached(Stage.STORED)).forEach(out::println);
    }

    /**
     * One line per process: its threads' CPU ms per stored article, largest first, those under 2 % of the process's
     * left out; where a process's time went (its consumer, the JIT's compilers, the collector) without a profiler.
     */
    List<String> byThread(int stored) {
        if (stored == 0) {
            return List.of();
        }
        return usage.entrySet().stream().filter(e -> !e.getValue().threadCpuSeconds().isEmpty())
                .map(e -> "  " + shortName(e.getKey()) + " by thread: " + e.getValue().threadCpuSeconds().entrySet().stream()
                        .filter(thread -> thread.getValue() >= THREAD_SHARE * e.getValue().cpuSeconds())
                        .map(thread -> thread.getKey() + " " + fmt("%.2f", 1000 * thread.getValue() / stored))
                        .collect(Collectors.joining(", ")))
                .toList();
    }

    /**
     * Each process's CPU over the run divided by the articles stored: what one article costs it. The load generator's
     * own share comes last, apart: it competes for the same cores, so a rate short of the cores' capacity may be its.
     */
    String cpuPerArticle(int stored) {
        if (pipeline().isEmpty() || stored == 0) {
            return "unknown";
        }
        String perProcess = pipeline().entrySet().stream()
                .map(e -> shortName(e.getKey()) + " " + fmt("%.2f", 1000 * e.getValue().cpuSeconds() / stored))
                .collect(Collectors.joining(", "));
        Usage generator = usage.get(LOAD_GENERATOR);
        return generator == null ? perProcess
                : perProcess + "; the load generator itself " + fmt("%.2f", 1000 * generator.cpuSeconds() / stored);
    }

    /** The broker and the services, without the load generator. */
    private Map<String, Usage> pipeline() {
        Map<String, Usage> pipeline = new LinkedHashMap<>(usage);
        pipeline.remove(LOAD_GENERATOR);
        return pipeline;
    }

    public static int lost(TimelineSnapshot t) {
        return t.size() - t.reached(Stage.STORED);
    }

    public static int duplicated(TimelineSnapshot t) {
        return t.duplicated(t.rawCopies()) + t.duplicated(t.enrichedCopies());
    }

    String rss() {
        if (pipeline().isEmpty()) {
            return "unknown";
        }
        double total = pipeline().values().stream().mapToDouble(Usage::peakRssMb).sum();
        return pipeline().entrySet().stream().map(e -> shortName(e.getKey()) + " " + fmt("%.0f", e.getValue().peakRssMb()))
                .collect(Collectors.joining(", ")) + " (" + fmt("%.0f", total) + ")";
    }

    private String cpu() {
        return pipeline().isEmpty() ? "unknown" : pipeline().entrySet().stream()
                .map(e -> shortName(e.getKey()) + " " + fmt("%.1f", e.getValue().cpuSeconds()))
                .collect(Collectors.joining(", "));
    }

    private static String shortName(String component) {
        return component.replace("-service", "").replace("local-", "");
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
