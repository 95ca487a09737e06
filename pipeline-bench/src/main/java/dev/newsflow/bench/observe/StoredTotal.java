package dev.newsflow.bench.observe;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

/**
 * The store's article count ({@code articles} of {@code GET /api/stats}) before and after a run, for the check that
 * the run added exactly the articles fed. Under load one call can miss its timeout or be refused, which says nothing
 * about the articles, so a failed call is asked again after a pause, a bounded number of times.
 */
public final class StoredTotal {

    /** Pauses before each new attempt: 1 + 2 + 4 + 8 s, so a store busy for a quarter of a minute is still read. */
    public static final List<Duration> PAUSES = List.of(Duration.ofSeconds(1), Duration.ofSeconds(2),
            Duration.ofSeconds(4), Duration.ofSeconds(8));

    private final StoreApi store;
    private final List<Duration> pauses;
    private final PrintStream progress;

    public StoredTotal(StoreApi store, List<Duration> pauses, PrintStream progress) {
        this.store = store;
        this.pauses = List.copyOf(pauses);
        this.progress = progress;
    }

    /** The count, or empty once every attempt failed (each failure and the giving up are said on progress). */
    public OptionalLong read() throws InterruptedException {
        String last = null;
        for (int attempt = 0; attempt <= pauses.size(); attempt++) {
            if (attempt > 0) {
                Thread.sleep(pauses.get(attempt - 1));
            }
            try {
                return OptionalLong.of(store.storedArticles());
            } catch (IOException e) {
                last = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
                if (attempt < pauses.size()) {
                    progress.printf("GET /api/stats failed (%s), asking again in %d s%n", last,
                            pauses.get(attempt).toSeconds());
                }
            }
        }
        progress.printf("pipeline-bench: gave up on GET /api/stats after %d attempts (last: %s); "
                + "the store's article count is not checked this run%n", pauses.size() + 1, last);
        return OptionalLong.empty();
    }
}
