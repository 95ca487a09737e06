package dev.newsflow.bench.observe;

import java.io.IOException;
import java.util.Map;

/** How far the store has stored each partition of the enriched topic. */
@FunctionalInterface
public interface StoredOffsets {

    /**
     * Per partition, the offset of the first record the store has not stored yet; a partition it has committed
     * nothing for is absent.
     */
    Map<Integer, Long> next() throws IOException, InterruptedException;
}
