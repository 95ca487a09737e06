package dev.newsflow.system.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;

import dev.newsflow.system.harness.ArticleFiles;
import dev.newsflow.system.harness.ArticleFormats;
import dev.newsflow.system.harness.ExactlyOnce;
import dev.newsflow.system.harness.GeneratedArticles;
import dev.newsflow.system.harness.MidStream;
import dev.newsflow.system.harness.PublisherCounts;
import dev.newsflow.system.harness.Repository;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The run script from outside. Issue 9, item 2: {@code ./newsflow start} must not take a child that has not exec'd
 * yet for a dead one (every launch here is held back before its exec). Scenario 9: {@code ./newsflow stop} and
 * {@code ./newsflow start} in the middle of a stream lose and duplicate nothing; afterwards the script's watchdog
 * starts again a service that was killed, and leaves down a component that keeps stopping; {@code ./newsflow stop}
 * leaves no watchdog; a service's log is rolled at its size limit. Among the first classes ({@link RefusedLoginIT}
 * too), before the shared pipeline's four processes exist: the machine is less loaded, and it needs none of them.
 */
@Order(0)
class StopStartIT {

    private static final int ARTICLES = 1_000;
    private static final Duration SLOW_EXEC = Duration.ofSeconds(3);
    /** Stops of one component within ten minutes that the watchdog answers by starting it again (RESTART_LIMIT). */
    private static final int BROKER_STOPS_TAKEN = 5;
    private static final String BROKER_LEFT_DOWN = "stopped " + (BROKER_STOPS_TAKEN + 1) + " times within 600s";
    /** A log size the store's lines for this test's articles pass several times (a line per stored article). */
    private static final long LOG_FILE_SIZE = 64 * 1024;

    @Test
    void startWaitsOutASlowExecAndAStopAndStartMidStreamLosesNothing() throws IOException {
        Path setsid = SlowLaunch.realSetsid().orElse(null);
        assumeThat(setsid).as("setsid on the PATH, to slow its exec down").isNotNull();
        Path home = NewsflowScript.newHome("script-");

        Path slowExec = SlowLaunch.shim(home.resolve("slow-exec"), setsid, SLOW_EXEC);
        try (NewsflowScript newsflow = new NewsflowScript(home, slowExec)) {
            newsflow.with("LOGGING_LOGBACK_ROLLINGPOLICY_MAX_FILE_SIZE", LOG_FILE_SIZE / 1024 + "KB");
            assertStarted(newsflow.run("start"));
            assertDownstreamFirst(newsflow);
            GeneratedArticles articles = GeneratedArticles.of("Stop and start", ARTICLES);
            ExactlyOnce check = new ExactlyOnce("stop and start", newsflow.bootstrapServers(), newsflow.storeUrl());
            dropJsonLines(home, articles);

            long seen = MidStream.awaitBetween("articles stored",
                    () -> PublisherCounts.storedCount(newsflow.storeUrl(), articles.publisher()),
                    ARTICLES / 5, ARTICLES * 6 / 10, Duration.ofMillis(50));
            assertThat(newsflow.run("stop").exitCode()).as("./newsflow stop").isZero();
            System.out.printf("[stop and start] stopped with %d of %d articles stored%n", seen, ARTICLES);
            if (Runtime.version().feature() >= 25) {
                // the JVM then refuses to start rather than run without a cache it cannot use
                newsflow.with("NEWSFLOW_JAVA_OPTS", "-XX:AOTMode=on");
            }
            assertStarted(newsflow.run("start"));
            assertServicesStartFromTheirAotCache(newsflow);

            check.assertAll(articles);
            assertTheStoreLogIsRolled(home);
            assertAKilledServiceIsStartedAgain(newsflow, home);
            assertAComponentThatKeepsStoppingIsLeftDown(newsflow, home);
            long watchdog = newsflow.pid("watchdog");
            assertThat(newsflow.run("stop").exitCode()).as("./newsflow stop").isZero();
            assertThat(ProcessHandle.of(watchdog).filter(ProcessHandle::isAlive)).as("the watchdog after stop")
                    .isEmpty();
        }
    }

    /**
     * A service that runs for weeks does not fill the disk with its log: the store's older lines are in compressed
     * files beside it, the log itself is back near the limit, and none of it, the banner neither, went to the file of
     * its console (the JVM's own output, which {@code ./newsflow} shows when a service stops).
     */
    private static void assertTheStoreLogIsRolled(Path home) throws IOException {
        Path logs = home.resolve("logs");
        try (var files = Files.list(logs)) {
            assertThat(files.map(file -> file.getFileName().toString())).as("files in logs/")
                    .anyMatch(name -> name.matches("store-service\\.log\\.[-0-9]+\\.\\d+\\.gz"));
        }
        // rolled once a line takes it past the limit
        assertThat(Files.size(logs.resolve("store-service.log"))).as("store-service.log size")
                .isLessThan(2 * LOG_FILE_SIZE);
        // not empty for certain: the JVM itself may print (JAVA_TOOL_OPTIONS picked up)
        assertThat(Files.readString(logs.resolve("store-service.out"))).as("store-service.out")
                .doesNotContain("Stored article").doesNotContain(":: Spring Boot ::");
    }

    /**
     * The watchdog of {@code ./newsflow start} starts again a service that stopped on its own (here killed with
     * SIGKILL, as the kernel's out-of-memory killer does), and the restarted service takes files as before.
     */
    private static void assertAKilledServiceIsStartedAgain(NewsflowScript newsflow, Path home) {
        long killed = newsflow.pid("ingest-service");
        ProcessHandle.of(killed).orElseThrow().destroyForcibly();
        await("ingest-service started again").atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(2))
                .until(() -> {
                    String line = newsflow.statusLine("ingest-service");
                    return line.contains("healthy") && !line.contains("not healthy")
                            && !line.contains("pid " + killed + ")");
                });
        GeneratedArticles after = GeneratedArticles.of("After a restart", 100);
        ExactlyOnce check = new ExactlyOnce("after a restart", newsflow.bootstrapServers(), newsflow.storeUrl());
        ArticleFiles.dropAs(home, ArticleFormats.JSON_LINES, "after-restart", after.range(0, 100));
        check.assertAll(after);
    }

    /**
     * A component that keeps stopping is not started again for ever: the broker, killed each time the watchdog has
     * started it again, is left down at its sixth stop within ten minutes; the watchdog's log and {@code status} say
     * why, and the watchdog goes on watching the services.
     */
    private static void assertAComponentThatKeepsStoppingIsLeftDown(NewsflowScript newsflow, Path home) {
        for (int stop = 1; stop <= BROKER_STOPS_TAKEN + 1; stop++) {
            long killed = newsflow.pid("local-kafka");
            ProcessHandle.of(killed).orElseThrow().destroyForcibly();
            if (stop <= BROKER_STOPS_TAKEN) {
                await("local-kafka started again after stop " + stop).atMost(Duration.ofMinutes(2))
                        .pollInterval(Duration.ofMillis(200))
                        .until(() -> runsTheBroker(newsflow, killed));
            }
        }
        Path log = home.resolve("logs/watchdog.log");
        await("the watchdog leaving local-kafka down").atMost(Duration.ofMinutes(1))
                .until(() -> Files.readString(log).contains("local-kafka left down: " + BROKER_LEFT_DOWN));
        assertThat(newsflow.statusLine("local-kafka")).as("status of the broker left down")
                .contains("stopped, left down by the watchdog: " + BROKER_LEFT_DOWN);
        assertThat(newsflow.statusLine("watchdog")).as("status of the watchdog").contains("running");
    }

    /**
     * The broker's pid file names another process than {@code killed}, and that process is java running the broker's
     * jar (not the launch before its exec).
     */
    private static boolean runsTheBroker(NewsflowScript newsflow, long killed) {
        OptionalLong recorded = newsflow.recordedPid("local-kafka");
        if (recorded.isEmpty() || recorded.getAsLong() == killed) {
            return false;
        }
        return ProcessHandle.of(recorded.getAsLong()).map(ProcessHandle::info)
                .filter(info -> info.command().orElse("").endsWith("/java"))
                .flatMap(ProcessHandle.Info::commandLine).filter(command -> command.contains("local-kafka"))
                .isPresent();
    }

    /**
     * On JDK 25+ a stop leaves each service's AOT cache of the build (recorded by the first run of the build, this
     * test's or an earlier one's), and the start after runs every service from it (with {@code -XX:AOTMode=on}, which
     * fails a start whose cache the JVM cannot use), with no recording left behind.
     */
    private static void assertServicesStartFromTheirAotCache(NewsflowScript newsflow) throws IOException {
        if (Runtime.version().feature() < 25) {
            return;
        }
        for (String service : List.of("ingest-service", "enrich-service", "store-service")) {
            Path jvm = Repository.file(service + "/target/jvm");
            assertThat(ProcessHandle.of(newsflow.pid(service)).flatMap(process -> process.info().commandLine()))
                    .as(service + "'s command line").hasValueSatisfying(command -> assertThat(command)
                            .contains("-XX:AOTCache=" + jvm.resolve("service.aot"))
                            .doesNotContain("-XX:AOTCacheOutput"));
            try (var files = Files.list(jvm)) {
                assertThat(files.map(file -> file.getFileName().toString())).as("files in " + jvm)
                        .noneMatch(name -> name.startsWith("service.aot."));
            }
        }
    }

    private static void assertStarted(NewsflowScript.Result start) {
        // the first start is on a new NEWSFLOW_HOME: nothing of what it looks for may be missing
        assertThat(start.output()).doesNotContain("did not start").doesNotContain("stopped while starting")
                .doesNotContain("No such file or directory");
        assertThat(start.exitCode()).as("./newsflow start exit code").isZero();
    }

    /** When the cores are short, the store gets them before enrich, and enrich before ingest (NEWSFLOW_NICE_STEP 4). */
    private static void assertDownstreamFirst(NewsflowScript newsflow) {
        NewsflowScript.Priority store = newsflow.priority("store-service");
        NewsflowScript.Priority enrich = newsflow.priority("enrich-service");
        NewsflowScript.Priority ingest = newsflow.priority("ingest-service");
        // relative to the store's: under a niced build every component starts from the build's own nice
        assertThat(List.of(enrich.nice() - store.nice(), ingest.nice() - store.nice()))
                .as("nice of enrich and ingest above the store's").containsExactly(4, 8);
        if (store.group().isPresent()) {
            // each in a session of its own: the scheduler shares the cores between the groups first
            assertThat(List.of(store.group(), enrich.group(), ingest.group()))
                    .as("autogroup nice of store, enrich, ingest")
                    .containsExactly(OptionalInt.of(0), OptionalInt.of(4), OptionalInt.of(8));
        }
    }

    private static void dropJsonLines(Path home, GeneratedArticles articles) {
        for (int from = 0; from < ARTICLES; from += 100) {
            ArticleFiles.dropAs(home, ArticleFormats.JSON_LINES, "stop-start-" + from,
                    articles.range(from, from + 100));
        }
    }
}
