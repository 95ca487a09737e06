package dev.newsflow.ingest.process;

import dev.newsflow.formats.FormatException;
import dev.newsflow.formats.FormatResult;
import dev.newsflow.ingest.IngestSettings;
import dev.newsflow.ingest.Reason;
import dev.newsflow.ingest.claim.ClaimedFile;
import dev.newsflow.ingest.claim.ErrorReport;
import dev.newsflow.ingest.claim.FileDisposition;
import dev.newsflow.ingest.claim.FileNames;
import dev.newsflow.ingest.metrics.IngestMetrics;
import dev.newsflow.ingest.metrics.IngestMetrics.FileOutcome;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.ingest.publish.PublishFailedException;
import dev.newsflow.ingest.read.ArticleReading;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static dev.newsflow.ingest.logging.LogValue.of;

/**
 * The life of one claimed file: read, publish, and only then move it on. Any exception thrown out of here leaves the
 * file in {@code processing/}, where the next start-up finds it and does it again (ids make that harmless).
 */
@Component
public class FileIngestor {

    private static final Logger log = LoggerFactory.getLogger(FileIngestor.class);

    private final ArticleReading reading;
    private final ArticlePublisher publisher;
    private final FileDisposition disposition;
    private final IngestMetrics metrics;
    private final Clock clock;
    private final String instance;

    public FileIngestor(ArticleReading reading, ArticlePublisher publisher, FileDisposition disposition,
                        IngestMetrics metrics, Clock clock, IngestSettings settings) {
        this.reading = reading;
        this.publisher = publisher;
        this.disposition = disposition;
        this.metrics = metrics;
        this.clock = clock;
        this.instance = settings.instanceId();
    }

    /** @param origin the folder it was claimed from, where it goes back when Kafka does not take its articles */
    public void ingest(Path claimed, Path origin) throws IOException {
        long start = System.nanoTime();
        String name = FileNames.display(claimed);
        ArticleReading.ReadFile read;
        try {
            read = reading.read(name, ClaimedFile.read(claimed, reading.maxFileBytes()));
        } catch (ClaimedFile.Refused e) {
            fail(claimed, start, e.reason(), e.getMessage(), null);
            return;
        } catch (FormatException e) {
            fail(claimed, start, Reason.of(e.reason()), e.getMessage(), null);
            return;
        }
        FormatResult result = read.result();
        if (read.articles().isEmpty()) {
            fail(claimed, start, Reason.NO_ARTICLES, "no usable article in the file", result);
            return;
        }
        List<String> ids;
        try {
            ids = publisher.publish(read.articles());
        } catch (PublishFailedException e) {
            Path to = disposition.release(claimed, origin);
            metrics.file(FileOutcome.RETRY);
            log.warn("file={} outcome=retry reason={} message={} to={}", of(name), Reason.KAFKA_UNAVAILABLE.code(),
                    of(e.getMessage()), of(to));
            return;
        }
        ErrorReport report = result.hasProblems() ? new ErrorReport(name, "partial", Reason.INVALID_RECORD.code(),
                result.problemCount() + " record(s) could not be used", result.format(), ids, result.problems(),
                result.problemCount(), instance, clock.instant()) : null;
        String to = disposition.processed(claimed, report);
        metrics.published(result.format(), ids.size());
        metrics.rejected(Reason.INVALID_RECORD, result.problemCount());
        metrics.file(report == null ? FileOutcome.PROCESSED : FileOutcome.PARTIAL);
        log.info("file={} outcome={} format={} published={} skipped={} to={} ms={}", of(name),
                report == null ? "processed" : "partial", result.format(), ids.size(), result.problemCount(), of(to),
                millisSince(start));
    }

    /** A file that took the service down while it was read, twice: to failed/ unread. */
    public void quarantine(Path claimed, int crashes) throws IOException {
        fail(claimed, System.nanoTime(), Reason.READER_CRASHED, "ingest stopped " + crashes + " times while this file"
                + " was being read (out of memory or killed), so it is not read again; move it back into the inbox"
                + " to retry", null);
    }

    /** @param result what was read, when the file was readable but held nothing usable */
    private void fail(Path claimed, long start, Reason reason, String message, FormatResult result) throws IOException {
        String name = FileNames.display(claimed);
        int skipped = result == null ? 0 : result.problemCount();
        String to = disposition.failed(claimed, new ErrorReport(name, "failed", reason.code(), message,
                result == null ? null : result.format(), List.of(), result == null ? List.of() : result.problems(),
                skipped, instance, clock.instant()));
        metrics.file(FileOutcome.FAILED);
        if (skipped == 0) {
            metrics.rejected(reason, 1);
        } else {
            metrics.rejected(Reason.INVALID_RECORD, skipped);
        }
        log.warn("file={} outcome=failed reason={} message={} skipped={} to={} ms={}", of(name), reason.code(),
                of(message), skipped, of(to), millisSince(start));
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
