package dev.newsflow.ingest.process;

import dev.newsflow.formats.FormatException;
import dev.newsflow.formats.FormatResult;
import dev.newsflow.formats.RecordProblem;
import dev.newsflow.ingest.IngestSettings;
import dev.newsflow.ingest.claim.ErrorReport;
import dev.newsflow.ingest.claim.FileDisposition;
import dev.newsflow.ingest.metrics.IngestMetrics;
import dev.newsflow.ingest.metrics.IngestMetrics.FileOutcome;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.ingest.publish.PublishFailedException;
import dev.newsflow.ingest.read.ArticleReading;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

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
        String name = claimed.getFileName().toString();
        long size = Files.size(claimed);
        if (size > reading.maxFileBytes()) {
            fail(claimed, start, "too-large", "file has " + size + " bytes, more than the limit of "
                    + reading.maxFileBytes(), null, List.of());
            return;
        }
        ArticleReading.ReadFile read;
        try {
            read = reading.read(name, Files.readAllBytes(claimed));
        } catch (FormatException e) {
            fail(claimed, start, e.reason().code(), e.getMessage(), null, List.of());
            return;
        }
        FormatResult result = read.result();
        if (read.articles().isEmpty()) {
            fail(claimed, start, "no-articles", "no usable article in the file", result.format(), result.problems());
            return;
        }
        List<String> ids;
        try {
            ids = publisher.publish(read.articles());
        } catch (PublishFailedException e) {
            Path to = disposition.release(claimed, origin);
            metrics.file(FileOutcome.RETRY);
            log.warn("file={} outcome=retry reason=\"{}\" to={}", name, e.getMessage(), to);
            return;
        }
        ErrorReport report = result.hasProblems() ? new ErrorReport(name, "partial", "invalid-records",
                result.problems().size() + " record(s) could not be used", result.format(), ids, result.problems(),
                instance, clock.instant()) : null;
        String to = disposition.processed(claimed, report);
        metrics.published(result.format(), ids.size());
        rejectedRecords(result.problems());
        metrics.file(report == null ? FileOutcome.PROCESSED : FileOutcome.PARTIAL);
        log.info("file={} outcome={} format={} published={} skipped={} to={} ms={}", name,
                report == null ? "processed" : "partial", result.format(), ids.size(), result.problems().size(), to,
                millisSince(start));
    }

    private void fail(Path claimed, long start, String reason, String message, String format,
                      List<RecordProblem> problems) throws IOException {
        String name = claimed.getFileName().toString();
        String to = disposition.failed(claimed, new ErrorReport(name, "failed", reason, message, format, List.of(),
                problems, instance, clock.instant()));
        metrics.file(FileOutcome.FAILED);
        if (problems.isEmpty()) {
            metrics.rejected(reason, 1);
        } else {
            rejectedRecords(problems);
        }
        log.warn("file={} outcome=failed reason={} message=\"{}\" skipped={} to={} ms={}", name, reason, message,
                problems.size(), to, millisSince(start));
    }

    private void rejectedRecords(List<RecordProblem> problems) {
        if (!problems.isEmpty()) {
            metrics.rejected("invalid-record", problems.size());
        }
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
