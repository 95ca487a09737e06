package dev.newsflow.system.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;

import dev.newsflow.system.harness.ExactlyOnce;
import dev.newsflow.system.harness.GeneratedArticles;
import dev.newsflow.system.harness.Http;
import dev.newsflow.system.harness.LocalPipeline;
import dev.newsflow.system.harness.Service;
import dev.newsflow.system.harness.SharedPipeline;
import dev.newsflow.system.harness.TcpProxy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 9, scenario 6: PostgreSQL becomes unreachable for 20 s mid-stream (the test cuts the TCP proxy between the
 * store and the database). The store reports DOWN, waits, reports UP again and stores everything; a store started
 * while the database is unreachable starts all the same and comes up once it returns. Needs PostgreSQL
 * ({@code NEWSFLOW_TEST_DB_URL}); on H2 there is no connection to cut.
 */
@ExtendWith(SharedPipeline.class)
class DatabaseOutageIT {

    private static final int ARTICLES = 600;
    private static final Duration OUTAGE = Duration.ofSeconds(20);
    private static final Duration HEALTH = Duration.ofSeconds(60);
    private static final Duration STARTUP = Duration.ofMinutes(3);

    private TcpProxy database;

    @Test
    void everyArticleIsStoredOnceAfterTheDatabaseWasUnreachableFor20Seconds(LocalPipeline pipeline) {
        database = proxyOf(pipeline);
        GeneratedArticles articles = GeneratedArticles.of("Database outage", ARTICLES);
        ExactlyOnce check = ExactlyOnce.of("database outage", pipeline);
        String store = pipeline.baseUrl(Service.STORE);

        long seen = FaultDrops.dropAndAwaitPartlyStored(pipeline, "database-outage", articles);
        Instant cut = Instant.now();
        database.cut();
        System.out.printf("[database outage] cut the database off with %d of %d articles stored%n", seen, ARTICLES);

        await("the store's health to go DOWN").atMost(HEALTH).until(() -> Http.status(store + "/actuator/health") == 503);
        System.out.printf("[database outage] store health DOWN after %.1f s%n", seconds(cut));
        Outage.lastUntil(cut, OUTAGE);
        database.restore();
        await("the store's health to come back UP").atMost(HEALTH).until(() -> Http.status(store + "/actuator/health") == 200);
        System.out.printf("[database outage] store health UP %.1f s after the database returned%n",
                seconds(cut.plus(OUTAGE)));

        check.assertAll(articles);
    }

    @Test
    void aStoreStartedWhileTheDatabaseIsUnreachableComesUpOnceItReturns(LocalPipeline pipeline) {
        database = proxyOf(pipeline);
        GeneratedArticles articles = GeneratedArticles.of("Database down at start", 100);
        ExactlyOnce check = ExactlyOnce.of("store started without its database", pipeline);
        String store = pipeline.baseUrl(Service.STORE);

        pipeline.kill(Service.STORE);
        Instant cut = Instant.now();
        database.cut();
        FaultDrops.jsonLines(pipeline, "database-down-at-start", articles, 50);
        pipeline.launchAgain(Service.STORE);
        await("the store, started without its database, to answer DOWN").atMost(STARTUP)
                .failFast("store-service exited", () -> !pipeline.isAlive(Service.STORE))
                .until(() -> Http.status(store + "/actuator/health") == 503);
        System.out.printf("[database outage] a store started without its database answers DOWN after %.1f s%n",
                seconds(cut));
        Outage.lastUntil(cut, OUTAGE);
        assertThat(pipeline.isAlive(Service.STORE)).as("store still running after %s without its database", OUTAGE).isTrue();

        database.restore();
        await("the store to come UP once the database is back").atMost(STARTUP)
                .until(() -> Http.status(store + "/actuator/health") == 200);
        System.out.printf("[database outage] and UP %.1f s after the database returned%n", seconds(cut.plus(OUTAGE)));
        check.assertAll(articles);
    }

    @AfterEach
    void reconnect() {
        if (database != null) {
            database.restore();
        }
    }

    static TcpProxy proxyOf(LocalPipeline pipeline) {
        assumeThat(pipeline.database()).as("PostgreSQL behind a proxy (set NEWSFLOW_TEST_DB_URL)").isPresent();
        return pipeline.database().orElseThrow();
    }

    static double seconds(Instant since) {
        return Duration.between(since, Instant.now()).toMillis() / 1000.0;
    }
}
