package dev.newsflow.bench.feed;

import java.time.Instant;
import java.util.List;

/** Hands a batch of articles to the pipeline; returns once the pipeline can see them. */
public interface Feeder extends AutoCloseable {

    /** Does beforehand, before the run's clock and CPU count start, whatever feeding the plan can do early. */
    default void prepare(LoadPlan plan) {
    }

    /** @return the moment the batch counts as fed, where the end-to-end latency starts */
    Instant feed(List<BenchArticle> batch, int batchNumber);

    /** Which stages this feeder exercises, for the report. */
    String describe();

    @Override
    default void close() {
    }
}
