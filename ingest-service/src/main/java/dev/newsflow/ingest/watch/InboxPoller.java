package dev.newsflow.ingest.watch;

import dev.newsflow.formats.ArticleFormats;
import dev.newsflow.ingest.IngestSettings;
import dev.newsflow.ingest.claim.ClaimAttempts;
import dev.newsflow.ingest.claim.FileNames;
import dev.newsflow.ingest.logging.LogValue;
import dev.newsflow.ingest.claim.FileClaimer;
import dev.newsflow.ingest.metrics.IngestMetrics;
import dev.newsflow.ingest.process.FileIngestor;
import dev.newsflow.ingest.publish.ArticlePublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Drives ingestion on one background thread: first takes this instance's transactional id and redoes what a crash
 * left in this instance's claim folder, then scans the inbox, claiming every ready file into batches of at most
 * {@code batch-size} files and {@code batch-bytes}, each published in one Kafka transaction as soon as it is full,
 * while the scan goes on. The next scan comes after the poll interval, or sooner when a file seen waiting becomes
 * ready before that ({@link NextScan}).
 */
@Component
class InboxPoller implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(InboxPoller.class);

    private final IngestSettings settings;
    private final InboxScanner scanner;
    private final FileClaimer claimer;
    private final FileIngestor ingestor;
    private final IngestMetrics metrics;
    private final Recovery recovery;
    private final FatalErrors fatal;
    /** Inbox entries whose claim failed (no permission to move them, ...): logged once, skipped, counted. */
    private final Set<Path> stuck = new HashSet<>();
    private final InboxPresence inbox;
    private final Clock clock;
    private ScheduledThreadPoolExecutor executor;
    private volatile boolean stopping;

    InboxPoller(IngestSettings settings, Clock clock, FileClaimer claimer, FileIngestor ingestor, IngestMetrics metrics,
                ClaimAttempts attempts, ArticleFormats formats, FatalErrors fatal, ArticlePublisher publisher) {
        this.settings = settings;
        this.clock = clock;
        this.scanner = new InboxScanner(settings, clock, formats::supports);
        this.claimer = claimer;
        this.ingestor = ingestor;
        this.metrics = metrics;
        this.recovery = new Recovery(settings, claimer, attempts, ingestor, publisher);
        this.fatal = fatal;
        this.inbox = new InboxPresence(settings.inbox());
    }

    @Override
    public synchronized void start() {
        createFolders();
        stopping = false;
        ScheduledThreadPoolExecutor scans = new ScheduledThreadPoolExecutor(1,
                Thread.ofPlatform().name("inbox-poller").factory());
        // each scan schedules the next one: on stop, the one waiting is dropped rather than run
        scans.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        scans.execute(() -> recovery.run(claimed -> ingest(claimed, settings.inbox())));
        scans.execute(() -> pollAndScheduleNext(scans));
        executor = scans;
        log.info("watching inbox={} instance={} min-age={} recursive={}", LogValue.of(settings.inbox().toAbsolutePath()),
                settings.instanceId(), settings.minAge(), settings.recursive());
    }

    @Override
    public synchronized void stop() {
        stopping = true;
        executor.shutdown();
        try {
            // let the file in hand finish, so its claim does not have to be redone on the next start
            if (!executor.awaitTermination(settings.publishTimeout().toSeconds() + 5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        executor = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    /** Scans, then schedules the next scan on {@code scans}, its own executor: a poller stopped and started again
     * while an old scan was still running must not end up with two chains of scans. */
    private void pollAndScheduleNext(ScheduledThreadPoolExecutor scans) {
        Instant nextReady = poll();
        try {
            if (!stopping) {
                scans.schedule(() -> pollAndScheduleNext(scans),
                        NextScan.delay(clock.instant(), nextReady, settings.pollInterval()).toNanos(), TimeUnit.NANOSECONDS);
            }
        } catch (RejectedExecutionException stopped) {
            // stop() shut the executor down meanwhile
        }
    }

    /** @return when the first file seen waiting becomes ready, or null */
    private Instant poll() {
        try {
            if (!inbox.isThere()) {
                metrics.waiting(0); // nothing waits in a folder that is not there
                return null;
            }
            stuck.removeIf(entry -> !Files.exists(entry, LinkOption.NOFOLLOW_LINKS));
            Batch batch = new Batch();
            InboxScanner.Result scan;
            try {
                scan = scanner.scan(stuck, (file, size) -> {
                    if (stopping) {
                        return false;
                    }
                    claim(file).ifPresent(claimed -> batch.add(new FileIngestor.Claim(claimed, file.getParent()), size));
                    if (batch.full()) {
                        ingest(batch.drain());
                    }
                    return !stopping;
                });
            } finally {
                // files claimed before a scan failed are published now, not left in claim/ until a restart
                ingest(batch.drain());
            }
            metrics.waiting(scan.seen() - batch.claimed);
            return scan.nextReady();
        } catch (RuntimeException e) {
            // the poller must survive anything one scan throws, or ingestion silently stops
            log.error("inbox scan failed; retrying on the next poll", e);
            return null;
        } finally {
            metrics.stuck(stuck.size());
        }
    }

    /**
     * The claimed files of one Kafka transaction: at most {@code batch-size} files, and files until their sizes reach
     * {@code batch-bytes} (the file that crosses it included). Also counts the files the scan claimed in all.
     */
    private final class Batch {
        private List<FileIngestor.Claim> claims = new ArrayList<>();
        private long bytes;
        private long claimed;

        /** @param size as the scan saw it: the claim renamed that very entry, so it is not asked for again */
        void add(FileIngestor.Claim claim, long size) {
            claims.add(claim);
            claimed++;
            bytes += size;
        }

        boolean full() {
            return claims.size() >= settings.batchSize() || bytes >= settings.batchBytes().toBytes();
        }

        List<FileIngestor.Claim> drain() {
            List<FileIngestor.Claim> full = claims;
            claims = new ArrayList<>();
            bytes = 0;
            return full;
        }
    }

    private Optional<Path> claim(Path file) {
        try {
            return claimer.claim(file);
        } catch (UncheckedIOException e) {
            stuck.add(file);
            log.warn("file={} outcome=stuck reason={} message={} (left in the inbox unread; it is skipped until it is"
                    + " removed or the service restarts)", LogValue.of(FileNames.display(file)),
                    LogValue.of(e.getCause().getClass().getSimpleName()), LogValue.of(e.getCause().getMessage()));
            return Optional.empty();
        }
    }

    private void ingest(List<FileIngestor.Claim> batch) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            ingestor.ingestAll(batch, (name, e) -> log.error("file={} outcome=error (left claimed, redone on restart)",
                    LogValue.of(name), e), fatal::stop);
        } catch (RuntimeException e) {
            log.error("files={} outcome=error to={} (redone on restart)", batch.size(),
                    LogValue.of(settings.claimFolder()), e);
        }
    }

    private void ingest(Path claimed, Path origin) {
        try {
            ingestor.ingest(claimed, origin);
        } catch (IOException | RuntimeException e) {
            log.error("file={} outcome=error to={} (redone on restart)", LogValue.of(FileNames.display(claimed)),
                    LogValue.of(claimed.getParent()), e);
        } catch (VirtualMachineError e) {
            fatal.stop(claimed, e);
            throw e;
        }
    }

    private void createFolders() {
        try {
            for (Path folder : List.of(settings.inbox(), settings.claimFolder(), settings.processed(), settings.failed())) {
                Files.createDirectories(folder);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot create the ingest folders under " + settings.inbox().getParent(), e);
        }
    }
}
