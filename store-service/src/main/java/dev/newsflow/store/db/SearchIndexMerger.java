package dev.newsflow.store.db;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Merges the words of newly stored articles into the search index every {@link #INTERVAL_SECONDS} seconds, on a
 * thread and connection of its own, where the database keeps them aside first (PostgreSQL's GIN pending list, V16), so
 * that no poll's transaction waits for a merge (why, and what it measured: docs/operations.md, "Database"). Nothing is
 * merged before the schema is migrated; a failed merge is counted, logged and tried again at the next tick.
 */
@Component
class SearchIndexMerger implements SmartLifecycle {

    static final int INTERVAL_SECONDS = 2;

    private static final Logger log = LoggerFactory.getLogger(SearchIndexMerger.class);

    private final JdbcClient jdbc;
    private final DatabaseMigration migration;
    private final String merge;
    private final Counter pages;
    private final Counter failures;
    private volatile ScheduledExecutorService ticks;
    private volatile Class<?> lastFailure;

    SearchIndexMerger(JdbcClient jdbc, SqlDialect dialect, DatabaseMigration migration, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.migration = migration;
        this.merge = dialect.searchIndexMerge().orElse(null);
        this.pages = Counter.builder("newsflow.store.search.merge.pages")
                .description("Pages of newly stored articles' words the store merged into the search index")
                .register(registry);
        this.failures = Counter.builder("newsflow.store.search.merge.failures")
                .description("Merges of the search index that failed (tried again at the next tick)").register(registry);
    }

    /** @return the pages of set-aside words merged into the index (0 where the database keeps none) */
    long merge() {
        return merge == null ? 0 : jdbc.sql(merge).query(Long.class).single();
    }

    @Override
    public void start() {
        if (merge == null || ticks != null) {
            return;
        }
        ticks = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("search-merge").daemon().factory());
        ticks.scheduleWithFixedDelay(this::tick, INTERVAL_SECONDS, INTERVAL_SECONDS, TimeUnit.SECONDS);
    }

    private void tick() {
        if (!migration.isMigrated()) {
            return;
        }
        // any exception, not only the database's: one escaping would end the schedule without a word
        try {
            pages.increment(merge());
            lastFailure = null;
        } catch (RuntimeException e) {
            failures.increment();
            // once per kind of failure, not every two seconds while the database is down
            if (!e.getClass().equals(lastFailure)) {
                log.warn("Search index not merged ({}); inserts merge it once it passes the index's limit", e.getMessage());
            }
            lastFailure = e.getClass();
        }
    }

    /** Waits for a merge under way, so that it does not outlive the connection pool. */
    @Override
    public void stop() {
        ScheduledExecutorService running = ticks;
        ticks = null;
        if (running != null) {
            running.shutdown();
            try {
                running.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return ticks != null;
    }
}
