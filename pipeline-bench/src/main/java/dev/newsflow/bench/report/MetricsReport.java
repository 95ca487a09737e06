package dev.newsflow.bench.report;

import dev.newsflow.bench.observe.PrometheusScrape;
import java.io.PrintStream;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * What the services' own metrics say about the run (differences between the scrape before and after): CPU each
 * process burned, and the time each service spent per unit of work. The busiest process on a 2-core machine
 * names the bottleneck.
 */
final class MetricsReport {

    private final RunResult run;

    MetricsReport(RunResult run) {
        this.run = run;
    }

    void print(PrintStream out) {
        out.println("service metrics over the run (/actuator/prometheus deltas)");
        for (Map.Entry<String, PrometheusScrape> entry : run.metricsAfter().entrySet()) {
            PrometheusScrape after = entry.getValue();
            PrometheusScrape before = run.metricsBefore().getOrDefault(entry.getKey(), PrometheusScrape.EMPTY);
            if (after.isEmpty()) {
                out.printf("  %-15s no metrics (not running or not reachable)%n", entry.getKey());
                continue;
            }
            double cpu = delta(before, after, "process_cpu_time_ns_total") / 1e9;
            double gc = delta(before, after, "jvm_gc_pause_seconds_sum");
            out.printf("  %-15s cpu %6.1f s (%.2f cores), gc pauses %.2f s; %s%n", entry.getKey(), cpu,
                    cpu / Math.max(0.001, run.wallSeconds()), gc, work(before, after));
        }
    }

    private String work(PrometheusScrape before, PrometheusScrape after) {
        StringBuilder work = new StringBuilder();
        perUnit(work, before, after, "newsflow_ingest_read_time_seconds", "read %.1f ms/file");
        perUnit(work, before, after, "newsflow_ingest_publish_time_seconds", "publish %.1f ms/file");
        perUnit(work, before, after, "newsflow_enrich_time_seconds", "engine %.1f ms/article");
        double enriched = delta(before, after, "newsflow_enrich_articles_total");
        if (enriched > 0) {
            // enrich commits one Kafka transaction per article: its cost next to the engine's shows what limits it
            work.append(String.format(", kafka transaction %.1f ms/article (send offsets %.1f + commit %.1f)",
                    (delta(before, after, "kafka_producer_txn_send_offsets_time_ns_total")
                            + delta(before, after, "kafka_producer_txn_commit_time_ns_total")) / 1e6 / enriched,
                    delta(before, after, "kafka_producer_txn_send_offsets_time_ns_total") / 1e6 / enriched,
                    delta(before, after, "kafka_producer_txn_commit_time_ns_total") / 1e6 / enriched));
        }
        perUnit(work, before, after, "newsflow_store_batch_time_seconds", "db batch %.1f ms");
        double batches = delta(before, after, "newsflow_store_batch_size_count");
        if (batches > 0) {
            work.append(String.format(", %.1f articles/batch", delta(before, after, "newsflow_store_batch_size_sum") / batches));
        }
        HistogramQuantiles latency = new HistogramQuantiles(before.buckets("newsflow_pipeline_latency_seconds"),
                after.buckets("newsflow_pipeline_latency_seconds"));
        if (latency.total() > 0) {
            work.append(String.format(", pipeline latency (ingested -> committed) p50 <= %s, p95 <= %s, p99 <= %s",
                    bound(latency.quantile(0.5)), bound(latency.quantile(0.95)), bound(latency.quantile(0.99))));
        }
        return work.isEmpty() ? "no newsflow timers moved" : work.toString();
    }

    private static void perUnit(StringBuilder work, PrometheusScrape before, PrometheusScrape after, String timer,
            String format) {
        double count = delta(before, after, timer + "_count");
        if (count > 0) {
            work.append(work.isEmpty() ? "" : ", ")
                    .append(String.format(format, 1000 * delta(before, after, timer + "_sum") / count));
        }
    }

    private static String bound(OptionalDouble seconds) {
        return seconds.isEmpty() ? "-" : String.format("%.0f ms", seconds.getAsDouble() * 1000);
    }

    private static double delta(PrometheusScrape before, PrometheusScrape after, String name) {
        return after.sum(name) - before.sum(name);
    }
}
