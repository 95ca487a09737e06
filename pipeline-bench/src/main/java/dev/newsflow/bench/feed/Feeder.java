package dev.newsflow.bench.feed;

import java.time.Instant;
import java.util.List;

/** Hands a batch of articles to the pipeline; returns once the pipeline can see them. */
public interface Feeder extends AutoCloseable {

    /** @return the moment the batch counts as fed, where the end-to-end latency starts */
    Instant feed(List<BenchArticle> batch, int batchNumber);

    /** Which stages this feeder exercises, for the report. */
    String describe();

    @Override
    default void close() {
    }
}
