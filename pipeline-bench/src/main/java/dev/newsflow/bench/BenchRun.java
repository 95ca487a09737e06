package dev.newsflow.bench;

import dev.newsflow.bench.feed.BenchArticle;
import dev.newsflow.bench.feed.Feeder;
import dev.newsflow.bench.feed.LoadPlan;
import dev.newsflow.bench.observe.ProcessUsage;
import dev.newsflow.bench.observe.PrometheusScrape;
import dev.newsflow.bench.observe.ServiceMetrics;
import dev.newsflow.bench.observe.Stage;
import dev.newsflow.bench.observe.StoreProbe;
import dev.newsflow.bench.observe.StoredTotal;
import dev.newsflow.bench.observe.Timeline;
import dev.newsflow.bench.observe.TopicWatcher;
import dev.newsflow.bench.report.RunResult;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One bounded run: pin the topic positions, feed the plan (paced when a rate is set), then wait until the store
 * shows every article, the time limit passes, or nothing moves for the stall limit.
 */
final class BenchRun {

    private final LoadPlan plan;
    private final Feeder feeder;
    private final Timeline timeline;
    private final TopicWatcher watcher;
    private final StoreProbe probe;
    private final ProcessUsage usage;
    private final StoredTotal storedTotal;
    private final ServiceMetrics metrics;
    private final Clock clock;
    private final PrintStream progress;

    BenchRun(LoadPlan plan, Feeder feeder, Timeline timeline, TopicWatcher watcher, StoreProbe probe,
            StoredTotal storedTotal, ServiceMetrics metrics, ProcessUsage usage, Clock clock, PrintStream progress) {
        this.plan = plan;
        this.feeder = feeder;
        this.timeline = timeline;
        this.watcher = watcher;
        this.probe = probe;
        this.storedTotal = storedTotal;
        this.metrics = metrics;
        this.usage = usage;
        this.clock = clock;
        this.progress = progress;
    }

    RunResult run(String runId, double rate, Duration timeout, Duration stallLimit) throws InterruptedException {
        watcher.positionAtEnd();
        Thread watching = Thread.ofPlatform().name("topic-watcher").start(watcher);
        Thread probing = Thread.ofPlatform().name("store-probe").start(probe);
        long storedBefore = storedArticles();
        Map<String, PrometheusScrape> before = metrics.scrape();
        // CPU is counted from the first article fed to the last one stored: the /api/stats totals and the scrapes
        // around it are the generator's checks, and /api/stats scans every stored article (on H2 with ~80,000 stored,
        // two calls took more of the store's CPU than a 4,000-article run's storing)
        usage.start();
        long start = clock.millis();
        String outcome;
        try {
            feed(start, rate);
            outcome = await(start + timeout.toMillis(), stallLimit);
        } finally {
            probe.stop();
            watcher.close();
            probing.join();
            watching.join();
        }
        long end = clock.millis();
        usage.stop();
        Map<String, PrometheusScrape> after = metrics.scrape();
        long storedAfter = storedArticles();
        // the store's total grew by the run's articles, which are all new ids: every one marked stored is in the store.
        // Otherwise (or when the total could not be read) each one marked stored is asked for
        if (storedBefore < 0 || storedAfter < 0 || storedAfter - storedBefore != plan.size()) {
            int takenBack = verifyMarked();
            outcome = takenBack > 0 && outcome.equals("complete") ? "incomplete (" + takenBack + " not stored)" : outcome;
        }
        return new RunResult(runId, feeder.describe(), plan.batchSize(), rate, start, end, outcome, timeline.snapshot(),
                storedBefore, storedAfter, probe.errors(), watcher.unreadable(), before, after);
    }

    /** After the CPU count and the services' metrics: these requests check the probe, not the pipeline (one per article). */
    private int verifyMarked() throws InterruptedException {
        if (probe.markedCount() == 0) {
            return 0;
        }
        progress.printf("checking the %d articles marked stored by the store's committed offsets%n", probe.markedCount());
        int takenBack = probe.verifyMarked();
        if (takenBack > 0) {
            progress.printf("%d of them are not in the store after all: counted as lost%n", takenBack);
        }
        return takenBack;
    }

    private void feed(long start, double rate) throws InterruptedException {
        int number = 0;
        for (List<BenchArticle> batch : plan.batches()) {
            if (rate > 0) {
                long due = start + (long) (batch.getFirst().sequence() * 1000 / rate);
                Thread.sleep(Math.max(0, due - clock.millis()));
            }
            Instant fed = feeder.feed(batch, number++);
            batch.forEach(article -> timeline.record(article.sequence(), Stage.FED, fed));
        }
    }

    private String await(long deadline, Duration stallLimit) throws InterruptedException {
        int lastProgress = -1;
        long lastMove = clock.millis();
        long lastPrint = 0;
        while (timeline.reached(Stage.STORED) < plan.size()) {
            long now = clock.millis();
            int moved = timeline.reached(Stage.RAW_SEEN) + timeline.reached(Stage.ENRICHED_SEEN)
                    + timeline.reached(Stage.STORED);
            if (moved != lastProgress) {
                lastProgress = moved;
                lastMove = now;
            }
            if (now > deadline) {
                return "timed out";
            }
            if (now - lastMove > stallLimit.toMillis()) {
                return "stalled (nothing moved for " + stallLimit.toSeconds() + " s)";
            }
            if (now - lastPrint >= 5000) {
                lastPrint = now;
                progress.printf("raw %d, enriched %d, stored %d of %d%n", timeline.reached(Stage.RAW_SEEN),
                        timeline.reached(Stage.ENRICHED_SEEN), timeline.reached(Stage.STORED), plan.size());
            }
            Thread.sleep(100);
        }
        return "complete";
    }

    private long storedArticles() throws InterruptedException {
        return storedTotal.read().orElse(-1);
    }
}
