package dev.newsflow.bench.report;

import dev.newsflow.bench.observe.PrometheusScrape;
import dev.newsflow.bench.observe.TimelineSnapshot;
import java.util.Map;

/**
 * Everything one run produced, for the report.
 *
 * @param path           what was fed where, e.g. "inbox files -> ingest -> enrich -> store"
 * @param startedAt      epoch ms when feeding began
 * @param endedAt        epoch ms when the run stopped waiting
 * @param outcome        "complete", or why the run stopped early
 * @param storedBefore   {@code articles} of {@code /api/stats} before the run (-1 when unknown)
 * @param storedAfter    the same after the run (-1 when unknown)
 * @param storeErrors    failed store probes (anything but 200/404)
 * @param unreadable     records on the watched topics that did not decode
 */
public record RunResult(String runId, String path, int batchSize, double rate, long startedAt, long endedAt,
        String outcome, TimelineSnapshot timeline, long storedBefore, long storedAfter, int storeErrors,
        int unreadable, Map<String, PrometheusScrape> metricsBefore, Map<String, PrometheusScrape> metricsAfter) {

    /**
     * Every article stored, none seen twice on a topic, and the store's count grown by the number fed; that last
     * check is left out when the count could not be read before or after.
     */
    public boolean exactlyOnce() {
        return SummaryTable.lost(timeline) == 0 && SummaryTable.duplicated(timeline) == 0
                && (storedBefore < 0 || storedAfter < 0 || storedAfter - storedBefore == timeline.size());
    }

    public double wallSeconds() {
        return (endedAt - startedAt) / 1000.0;
    }
}
