package dev.newsflow.ingest.process;

import dev.newsflow.ingest.IngestSettings;
import dev.newsflow.ingest.Reason;
import dev.newsflow.ingest.claim.ClaimedFile;
import dev.newsflow.ingest.claim.ErrorReport;
import dev.newsflow.ingest.claim.FileDisposition;
import dev.newsflow.ingest.claim.FileNames;
import dev.newsflow.ingest.process.Outcome.Failed;
import dev.newsflow.ingest.process.Outcome.Published;
import dev.newsflow.ingest.process.Outcome.Retry;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * A claimed file through {@link Ingestion}, then moved on: to processed/ once Kafka acknowledged its articles, to
 * failed/ with a {@code .error.json} when nothing was usable, back to its folder when Kafka did not answer. Any
 * exception thrown out of here leaves the file in {@code processing/}, where the next start-up finds it and does it
 * again (ids make that harmless).
 */
@Component
public class FileIngestor {

    private final Ingestion ingestion;
    private final FileDisposition disposition;
    private final Clock clock;
    private final String instance;

    public FileIngestor(Ingestion ingestion, FileDisposition disposition, Clock clock, IngestSettings settings) {
        this.ingestion = ingestion;
        this.disposition = disposition;
        this.clock = clock;
        this.instance = settings.instanceId();
    }

    /** @param origin the folder it was claimed from, where it goes back when Kafka does not take its articles */
    public void ingest(Path claimed, Path origin) throws IOException {
        String name = FileNames.display(claimed);
        ingestion.ingest(Source.FILE, name, () -> ClaimedFile.read(claimed, ingestion.maxBytes()),
                outcome -> settle(claimed, origin, name, outcome));
    }

    /** A claimed file and the folder it was claimed from. */
    public record Claim(Path claimed, Path origin) {
    }

    /**
     * Claimed files through one {@link Ingestion#ingestAll} (one Kafka transaction), each then moved on as
     * {@link #ingest} does.
     *
     * @param unsettled told about a file that could not be read or moved on: it stays claimed, redone on restart
     * @param fatal     told which file was being read when the JVM ran out (of memory, say) before the error is
     *                  rethrown; the batch's other files, of which nothing was published yet, go back to their folders
     *                  first so that only the culprit is charged with the crash
     */
    public void ingestAll(List<Claim> claims, Ingestion.Unsettled unsettled, BiConsumer<Path, VirtualMachineError> fatal) {
        Claim[] reading = {null};
        List<Ingestion.Input> inputs = claims.stream().map(claim -> {
            String name = FileNames.display(claim.claimed());
            return new Ingestion.Input(name, () -> {
                reading[0] = claim;
                return ClaimedFile.read(claim.claimed(), ingestion.maxBytes());
            }, outcome -> settle(claim.claimed(), claim.origin(), name, outcome));
        }).toList();
        try {
            ingestion.ingestAll(Source.FILE, inputs, unsettled);
        } catch (VirtualMachineError e) {
            Claim culprit = reading[0] == null ? claims.getFirst() : reading[0];
            giveBackAllBut(claims, culprit);
            fatal.accept(culprit.claimed(), e);
            throw e;
        }
    }

    private void giveBackAllBut(List<Claim> claims, Claim culprit) {
        for (Claim claim : claims) {
            try {
                if (claim != culprit && Files.exists(claim.claimed(), LinkOption.NOFOLLOW_LINKS)) {
                    disposition.release(claim.claimed(), claim.origin());
                }
            } catch (IOException | RuntimeException e) {
                // best effort while the JVM is failing: what stays claimed is redone on the next start
            }
        }
    }

    /** A file that took the service down while it was read, twice: to failed/ unread. */
    public void quarantine(Path claimed, int crashes) throws IOException {
        String name = FileNames.display(claimed);
        ingestion.refuse(Source.FILE, name, Reason.READER_CRASHED, "ingest stopped " + crashes + " times while this"
                + " file was being read (out of memory or killed), so it is not read again; move it back into the inbox"
                + " to retry", outcome -> settle(claimed, claimed.getParent(), name, outcome));
    }

    private String settle(Path claimed, Path origin, String name, Outcome outcome) throws IOException {
        return switch (outcome) {
            case Published p -> disposition.processed(claimed, p.partial() ? new ErrorReport(name, "partial",
                    Reason.INVALID_RECORD.code(), p.result().problemCount() + " record(s) could not be used",
                    p.result().format(), p.ids(), p.result().problems(), p.result().problemCount(), instance,
                    clock.instant()) : null);
            case Failed f -> disposition.failed(claimed, new ErrorReport(name, "failed", f.reason().code(),
                    f.message(), f.format(), List.of(), f.problems(), f.skipped(), instance, clock.instant()));
            case Retry r -> FileNames.displayPath(disposition.release(claimed, origin));
        };
    }
}
