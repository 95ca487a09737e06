package dev.newsflow.store.db;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Merges the words of newly stored articles into the search index every {@link #INTERVAL_SECONDS} seconds, on a
 * connection and thread of its own, where the database keeps them aside first (PostgreSQL's GIN pending list, V16).
 * Left to the inserts, the merge ran inside whichever poll's transaction passed the list's limit, which then waited
 * for it; merged here, no poll waits, and two seconds' articles merged at once cost the server less per article than
 * the smaller merges did (BENCHMARKS.md, "Pipeline"). Nothing is merged before the schema is migrated; while the
 * database is down a merge fails and is tried again at the next tick.
 */
@Component
class SearchIndexMerger implements SmartLifecycle {

    /** at 1,000 articles/s the pending list stays under ~3 MB, which a search reads through besides the index */
    static final int INTERVAL_SECONDS = 2;

    private static final Logger log = LoggerFactory.getLogger(SearchIndexMerger.class);

    private final JdbcClient jdbc;
    private final DatabaseMigration migration;
    private final String merge;
    private volatile ScheduledExecutorService ticks;
    private volatile String lastFailure;

    SearchIndexMerger(JdbcClient jdbc, SqlDialect dialect, DatabaseMigration migration) {
        this.jdbc = jdbc;
        this.migration = migration;
        this.merge = dialect.searchIndexMerge().orElse(null);
    }

    /** @return the pages of set-aside words merged into the index (0 where the database keeps none) */
    long merge() {
        return merge == null ? 0 : jdbc.sql(merge).query(Long.class).single();
    }

    @Override
    public void start() {
        if (merge == null) {
            return;
        }
        ticks = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("search-merge").daemon().factory());
        ticks.scheduleWithFixedDelay(this::mergeOrLog, INTERVAL_SECONDS, INTERVAL_SECONDS, TimeUnit.SECONDS);
    }

    private void mergeOrLog() {
        if (!migration.isMigrated()) {
            return;
        }
        try {
            merge();
            lastFailure = null;
        } catch (DataAccessException e) {
            String failure = e.getMostSpecificCause().getMessage();
            // once per kind of failure, not every two seconds while the database is down
            if (!Objects.equals(failure, lastFailure)) {
                log.warn("Search index not merged ({}); inserts merge it once it passes its limit", failure);
            }
            lastFailure = failure;
        }
    }

    @Override
    public void stop() {
        if (ticks != null) {
            ticks.shutdownNow();
            ticks = null;
        }
    }

    @Override
    public boolean isRunning() {
        return ticks != null;
    }
}
