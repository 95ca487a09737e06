package dev.newsflow.ingest.watch;

import dev.newsflow.ingest.IngestSettings;
import dev.newsflow.ingest.claim.ClaimAttempts;
import dev.newsflow.ingest.claim.FileClaimer;
import dev.newsflow.ingest.logging.LogValue;
import dev.newsflow.ingest.process.FileIngestor;
import dev.newsflow.ingest.publish.ArticlePublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Start-up work on what a previous run left: its open Kafka transaction, aborted by taking the same transactional id,
 * and the files in this instance's claim folder, each of which was being read or published when the service stopped. It is redone once; found there again at the next start, it took the service down twice (a reader
 * running out of memory on it, say) and goes to failed/ instead of crash-looping forever.
 */
class Recovery {

    private static final Logger log = LoggerFactory.getLogger(Recovery.class);

    private final Path claimFolder;
    private final FileClaimer claimer;
    private final ClaimAttempts attempts;
    private final FileIngestor ingestor;

    private final ArticlePublisher publisher;

    Recovery(IngestSettings settings, FileClaimer claimer, ClaimAttempts attempts, FileIngestor ingestor,
             ArticlePublisher publisher) {
        this.publisher = publisher;
        this.claimFolder = settings.claimFolder();
        this.claimer = claimer;
        this.attempts = attempts;
        this.ingestor = ingestor;
    }

    /** @param redo ingests one claimed file (a publish failure sends it to the inbox root: its origin is not kept) */
    void run(Consumer<Path> redo) {
        try {
            // first of all: fence a predecessor killed mid-transaction, so consumers do not wait for its timeout
            publisher.takeTransactionalId();
            List<Path> unfinished = claimer.unfinished(Integer.MAX_VALUE);
            if (!unfinished.isEmpty()) {
                log.info("redoing {} file(s) a previous run left in {}", unfinished.size(), LogValue.of(claimFolder));
            }
            attempts.clearStale();
            for (Path claimed : unfinished) {
                int found = attempts.foundUnfinished(claimed);
                if (found >= 2) {
                    ingestor.quarantine(claimed, found);
                } else {
                    redo.accept(claimed);
                }
                if (!Files.exists(claimed, LinkOption.NOFOLLOW_LINKS)) {
                    attempts.clear(claimed);
                }
            }
        } catch (IOException | RuntimeException e) {
            log.error("recovering {} failed; the files stay there until the next start", LogValue.of(claimFolder), e);
        }
    }
}
