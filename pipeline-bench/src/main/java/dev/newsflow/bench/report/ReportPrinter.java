package dev.newsflow.bench.report;

import dev.newsflow.bench.observe.Stage;
import dev.newsflow.bench.observe.TimelineSnapshot;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/** The human report of a run, and one {@code RESULT} line of key=value pairs for scripts that take medians. */
public final class ReportPrinter {

    private static final List<Stage> MILESTONES = List.of(Stage.RAW_SEEN, Stage.ENRICHED_SEEN, Stage.STORED);
    private static final List<Span> SPANS = List.of(
            new Span("fed -> ingested", Stage.FED, Stage.INGESTED),
            new Span("ingested -> raw visible", Stage.INGESTED, Stage.RAW_SEEN),
            new Span("ingested -> enriched", Stage.INGESTED, Stage.ENRICHED),
            new Span("enriched -> committed", Stage.ENRICHED, Stage.ENRICHED_SEEN),
            new Span("enriched -> stored", Stage.ENRICHED, Stage.STORED),
            new Span("ingested -> stored", Stage.INGESTED, Stage.STORED),
            new Span("fed -> stored (end to end)", Stage.FED, Stage.STORED));

    private final PrintStream out;

    public ReportPrinter(PrintStream out) {
        this.out = out;
    }

    public void print(RunResult run) {
        TimelineSnapshot t = run.timeline();
        out.printf("%npipeline-bench run %s: %d articles, %s%n", run.runId(), t.size(), run.path());
        out.printf("batch %d articles, rate %s; %s after %.1f s%n", run.batchSize(),
                run.rate() > 0 ? run.rate() + " articles/s" : "unlimited", run.outcome(), run.wallSeconds());
        out.printf("fed in %.2f s (%.0f articles/s offered)%n%n", seconds(run, last(t, Stage.FED)),
                t.reached(Stage.FED) / Math.max(0.001, seconds(run, last(t, Stage.FED))));

        out.printf("%-28s %11s %12s %12s%n", "stage", "reached", "last at (s)", "articles/s");
        for (Stage stage : MILESTONES) {
            double at = seconds(run, last(t, stage));
            out.printf("%-28s %5d/%-5d %12.2f %12.1f%n", label(stage), t.reached(stage), t.size(), at,
                    at > 0 ? t.reached(stage) / at : 0);
        }
        out.printf("%n%-28s %7s %7s %7s %7s %7s%n", "latency (ms)", "n", "p50", "p95", "p99", "max");
        for (Span span : SPANS) {
            Percentiles p = Percentiles.of(t.durations(span.from(), span.to()));
            if (p.count() > 0) {
                out.printf("%-28s %7d %7d %7d %7d %7d%n", span.label(), p.count(), p.p50(), p.p95(), p.p99(), p.max());
            }
        }
        out.println();
        new MetricsReport(run).print(out);
        out.printf("%nchecks: raw topic duplicates %d, enriched topic duplicates %d, unreadable records %d, "
                        + "store probe errors %d, /api/stats articles %s%n",
                t.duplicated(t.rawCopies()), t.duplicated(t.enrichedCopies()), run.unreadable(), run.storeErrors(),
                run.storedBefore() < 0 || run.storedAfter() < 0 ? "unknown (the endpoint failed)"
                        : "%d -> %d (%+d)".formatted(run.storedBefore(), run.storedAfter(),
                                run.storedAfter() - run.storedBefore()));
        printResultLine(run);
    }

    private void printResultLine(RunResult run) {
        TimelineSnapshot t = run.timeline();
        Percentiles e2e = Percentiles.of(t.durations(Stage.FED, Stage.STORED));
        Percentiles enrich = Percentiles.of(t.durations(Stage.INGESTED, Stage.ENRICHED));
        double storedAt = seconds(run, last(t, Stage.STORED));
        out.printf("RESULT run=%s articles=%d stored=%d outcome=%s stored_per_s=%.1f enriched_per_s=%.1f "
                        + "e2e_p50_ms=%d e2e_p95_ms=%d e2e_p99_ms=%d enrich_p50_ms=%d enrich_p95_ms=%d%n",
                run.runId(), t.size(), t.reached(Stage.STORED), run.outcome().replace(' ', '_'),
                storedAt > 0 ? t.reached(Stage.STORED) / storedAt : 0,
                t.reached(Stage.ENRICHED_SEEN) / Math.max(0.001, seconds(run, last(t, Stage.ENRICHED_SEEN))),
                e2e.p50(), e2e.p95(), e2e.p99(), enrich.p50(), enrich.p95());
    }

    private static String label(Stage stage) {
        return switch (stage) {
            case RAW_SEEN -> "ingested (raw visible)";
            case ENRICHED_SEEN -> "enriched (committed)";
            case STORED -> "stored (API answers)";
            default -> stage.name().toLowerCase();
        };
    }

    private static long last(TimelineSnapshot t, Stage stage) {
        return Arrays.stream(t.times()[stage.ordinal()]).max().orElse(0);
    }

    private static double seconds(RunResult run, long epochMillis) {
        return epochMillis == 0 ? 0 : (epochMillis - run.startedAt()) / 1000.0;
    }

    private record Span(String label, Stage from, Stage to) {
    }
}
