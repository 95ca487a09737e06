package dev.newsflow.ingest.process;

import dev.newsflow.formats.FormatException;
import dev.newsflow.ingest.InputRefusedException;
import dev.newsflow.ingest.Reason;
import dev.newsflow.ingest.metrics.IngestMetrics;
import dev.newsflow.ingest.metrics.IngestMetrics.FileOutcome;
import dev.newsflow.ingest.process.Outcome.Failed;
import dev.newsflow.ingest.process.Outcome.Published;
import dev.newsflow.ingest.process.Outcome.Retry;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.ingest.publish.PublishFailedException;
import dev.newsflow.ingest.read.ArticleReading;
import org.springframework.stereotype.Component;

import java.io.IOException;

/**
 * The one ingest path for dropped files and uploads alike: read, check that something is usable, publish, then let
 * the caller's {@link Disposition} act on the outcome, and only then count it and log its one line. Files and
 * uploads differ only in their disposition, so the same input counts the same either way.
 */
@Component
public class Ingestion {

    private final ArticleReading reading;
    private final ArticlePublisher publisher;
    private final IngestMetrics metrics;

    public Ingestion(ArticleReading reading, ArticlePublisher publisher, IngestMetrics metrics) {
        this.reading = reading;
        this.publisher = publisher;
        this.metrics = metrics;
    }

    /** The most bytes one input may have ({@code max-file-size}). */
    public long maxBytes() {
        return reading.maxFileBytes();
    }

    /** @param name the name it is read under (its extension picks the reader) and logged and published with */
    public Outcome ingest(Source source, String name, Content content, Disposition disposition) throws IOException {
        long start = System.nanoTime();
        return finish(source, name, attempt(source, name, content), disposition, start);
    }

    /** An input refused as a whole without being read (a bad upload name, a file that crashed the reader). */
    public Outcome refuse(Source source, String name, Reason reason, String message, Disposition disposition)
            throws IOException {
        return finish(source, name, new Failed(reason, message, null), disposition, System.nanoTime());
    }

    private Outcome attempt(Source source, String name, Content content) throws IOException {
        ArticleReading.ReadFile read;
        try {
            read = reading.read(name, content.read());
        } catch (InputRefusedException e) {
            return new Failed(e.reason(), e.getMessage(), null);
        } catch (FormatException e) {
            return new Failed(Reason.of(e.reason()), e.getMessage(), null);
        }
        if (read.articles().isEmpty()) {
            return new Failed(Reason.NO_ARTICLES, "no usable article in the " + source.noun(), read.result());
        }
        try {
            return new Published(read.result(), publisher.publish(read.articles()));
        } catch (PublishFailedException e) {
            return new Retry(e.getMessage());
        }
    }

    private Outcome finish(Source source, String name, Outcome outcome, Disposition disposition, long start)
            throws IOException {
        String where = disposition.settle(outcome);
        count(outcome);
        OutcomeLog.log(source, name, outcome, where, (System.nanoTime() - start) / 1_000_000);
        return outcome;
    }

    private void count(Outcome outcome) {
        switch (outcome) {
            case Published p -> {
                metrics.published(p.result().format(), p.ids().size());
                metrics.rejected(Reason.INVALID_RECORD, p.result().problemCount());
                metrics.file(p.partial() ? FileOutcome.PARTIAL : FileOutcome.PROCESSED);
            }
            case Failed f -> {
                metrics.file(FileOutcome.FAILED);
                if (f.skipped() > 0) {
                    metrics.rejected(Reason.INVALID_RECORD, f.skipped());
                } else if (f.reason().rejectsInput()) {
                    metrics.rejected(f.reason(), 1);
                }
            }
            case Retry r -> metrics.file(FileOutcome.RETRY);
        }
    }
}
