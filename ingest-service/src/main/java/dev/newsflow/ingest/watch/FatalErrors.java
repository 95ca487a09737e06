package dev.newsflow.ingest.watch;

import dev.newsflow.ingest.claim.FileNames;
import dev.newsflow.ingest.logging.LogValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.nio.file.Path;

/**
 * What happens when reading a file exhausts the JVM (out of memory): the process stops at once, as
 * {@code -XX:+ExitOnOutOfMemoryError} would, whatever flags it was started with. Left to the executor, the error would
 * end the poller silently and ingestion would stop while the service still looked healthy. The file stays claimed;
 * the next start redoes it once, the one after that quarantines it.
 */
@Component
class FatalErrors {

    private static final Logger log = LoggerFactory.getLogger(FatalErrors.class);
    private static final int STATUS = 3;

    void stop(Path claimed, VirtualMachineError error) {
        log.error("file={} outcome=fatal reason={} message={} (the service stops now; on the next start the file is"
                        + " redone once, then quarantined)", LogValue.of(FileNames.display(claimed)),
                error.getClass().getSimpleName(), LogValue.of(error.getMessage()));
        Runtime.getRuntime().halt(STATUS);
    }
}
