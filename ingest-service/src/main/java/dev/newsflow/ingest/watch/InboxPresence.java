package dev.newsflow.ingest.watch;

import dev.newsflow.ingest.logging.LogValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether the inbox folder is there. One deleted or renamed while ingest runs, or gone with the volume it is in, is
 * not made again (a volume that is not mounted would be filled under its mount point, unseen): the scans wait for it,
 * the log says once that it is gone and once that it is back, and {@link InboxHealth} is DOWN meanwhile. An inbox
 * that is itself a mount point stays a folder when its volume is unmounted: that is not seen here.
 */
final class InboxPresence {

    private static final Logger log = LoggerFactory.getLogger(InboxPresence.class);

    private final Path inbox;
    private boolean missing;

    InboxPresence(Path inbox) {
        this.inbox = inbox;
    }

    /** Whether the inbox is a folder now; logs when that changed since the last call. */
    boolean isThere() {
        boolean there = isFolder(inbox);
        if (there == missing) {
            missing = !there;
            if (missing) {
                log.error("inbox={} outcome=missing (not a folder any more: nothing is ingested until it is back;"
                        + " create it, or restart ingest, which creates it)", LogValue.of(inbox.toAbsolutePath()));
            } else {
                log.info("inbox={} outcome=back (scanning again)", LogValue.of(inbox.toAbsolutePath()));
            }
        }
        return there;
    }

    static boolean isFolder(Path inbox) {
        return Files.isDirectory(inbox);
    }
}
