package dev.newsflow.ingest.process;

import dev.newsflow.formats.FormatException;
import dev.newsflow.formats.FormatResult;
import dev.newsflow.formats.RecordProblem;
import dev.newsflow.ingest.InputRefusedException;
import dev.newsflow.ingest.Reason;
import dev.newsflow.ingest.metrics.IngestMetrics;
import dev.newsflow.ingest.metrics.IngestMetrics.FileOutcome;
import dev.newsflow.ingest.process.Outcome.Failed;
import dev.newsflow.ingest.process.Outcome.Published;
import dev.newsflow.ingest.process.Outcome.Retry;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.ingest.publish.PublishFailedException;
import dev.newsflow.ingest.publish.PublishRefusedException;
import dev.newsflow.ingest.read.ArticleReading;
import org.springframework.stereotype.Component;

import dev.newsflow.events.ArticleIngested;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

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
        List<Exception> unsettled = new ArrayList<>();
        Outcome outcome = ingestAll(source, List.of(new Input(name, content, disposition)),
                (failed, e) -> unsettled.add(e)).getFirst();
        if (!unsettled.isEmpty()) {
            if (unsettled.getFirst() instanceof IOException io) {
                throw io;
            }
            throw (RuntimeException) unsettled.getFirst();
        }
        return outcome;
    }

    /**
     * Several inputs at once: each is read, then the usable articles of all of them are published in one Kafka
     * transaction, and only once it is committed is each input's disposition run (all of them retried when it is
     * not). An input whose disposition throws is handed to {@code unsettled} and neither counted nor logged; the
     * others are still settled.
     */
    public List<Outcome> ingestAll(Source source, List<Input> inputs, Unsettled unsettled) {
        long start = System.nanoTime();
        List<Read> reads = inputs.stream().map(input -> read(source, input)).toList();
        Map<ArticleReading.ReadFile, Outcome> notCommitted =
                publish(reads.stream().filter(r -> r.ready() != null).map(Read::ready).toList());
        List<Outcome> settled = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            Input input = inputs.get(i);
            Read read = reads.get(i);
            try {
                if (read.unreadable() != null) {
                    throw read.unreadable();
                }
                Outcome outcome = read.ready() == null ? read.refused()
                        : notCommitted.containsKey(read.ready()) ? notCommitted.get(read.ready())
                        : new Published(read.ready().result(), ids(read.ready()));
                finish(source, input.name(), outcome, input.disposition(), start);
                settled.add(outcome);
            } catch (IOException | RuntimeException e) {
                unsettled.failed(input.name(), e);
                settled.add(null);
            }
        }
        return settled;
    }

    /** An input refused as a whole without being read (a bad upload name, a file that crashed the reader). */
    public Outcome refuse(Source source, String name, Reason reason, String message, Disposition disposition)
            throws IOException {
        return finish(source, name, new Failed(reason, message, null), disposition, System.nanoTime());
    }

    /** @param name the name it is read under (its extension picks the reader) and logged and published with */
    public record Input(String name, Content content, Disposition disposition) {
    }

    /** Told about an input whose disposition failed (a file that could not be moved stays claimed). */
    @FunctionalInterface
    public interface Unsettled {
        void failed(String name, Exception e);
    }

    /** One of: usable and ready to publish, refused (nothing to publish), or not readable (left as it is). */
    private record Read(ArticleReading.ReadFile ready, Failed refused, IOException unreadable) {
    }

    private Read read(Source source, Input input) {
        ArticleReading.ReadFile read;
        try {
            read = reading.read(input.name(), input.content().read());
        } catch (InputRefusedException e) {
            return new Read(null, new Failed(e.reason(), e.getMessage(), null), null);
        } catch (FormatException e) {
            return new Read(null, new Failed(Reason.of(e.reason()), e.getMessage(), null), null);
        } catch (AccessDeniedException e) {
            // permanent until someone changes the file's mode: left claimed, it would wait for restarts and then be
            // blamed for crashing ingest (reader-crashed)
            return new Read(null, new Failed(Reason.UNREADABLE, "ingest has no permission to read this file; make it"
                    + " readable by the service's user and move it back into the inbox", null), null);
        } catch (IOException e) {
            return new Read(null, null, e);
        } catch (RuntimeException e) {
            // a reader bug on one input must not strand the other inputs of its batch in processing/
            return new Read(null, new Failed(Reason.READER_CRASHED, "the reader failed on this input: " + e, null),
                    null);
        }
        if (read.articles().isEmpty()) {
            return new Read(null, new Failed(Reason.NO_ARTICLES, noArticles(source, read.result()), read.result()),
                    null);
        }
        return new Read(read, null, null);
    }

    /** Says why in the message too, which the log line carries: most such files hold one record, or one problem. */
    private static String noArticles(Source source, FormatResult result) {
        String message = "no usable article in the " + source.noun();
        if (result.problems().isEmpty()) {
            return message;
        }
        RecordProblem problem = result.problems().getFirst();
        // "line 3: no title or text" in a file of records; a whole document's problem is its reason alone
        String first = problem.line() == null && problem.index() == null ? problem.reason() : problem.toString();
        return result.problemCount() == 1 ? message + ": " + first
                : message + " (" + result.problemCount() + " problems, the first: " + first + ")";
    }

    /**
     * @return the inputs whose articles were not committed, each with its {@link Retry}, or its {@link Failed} when
     *         Kafka refused them for good; empty when all were committed
     */
    private Map<ArticleReading.ReadFile, Outcome> publish(List<ArticleReading.ReadFile> ready) {
        if (ready.isEmpty()) {
            return Map.of();
        }
        try {
            publisher.publishAll(ready.stream().map(ArticleReading.ReadFile::articles).toList());
            return Map.of();
        } catch (PublishFailedException e) {
            Map<ArticleReading.ReadFile, Outcome> notCommitted = new IdentityHashMap<>();
            if (ready.size() == 1 || !(e instanceof PublishRefusedException)) {
                ready.forEach(file -> notCommitted.put(file, notCommitted(e, file)));
                return notCommitted;
            }
            // Kafka refused a record for good (too large, say): publish each input alone, so only the input that
            // holds it goes to failed/ and the rest of its batch goes on; at the first failure of another kind (the
            // broker gone) the inputs not yet sent wait for the next scan instead of each waiting out the timeout
            PublishFailedException transientFailure = null;
            for (ArticleReading.ReadFile file : ready) {
                if (transientFailure != null) {
                    notCommitted.put(file, notCommitted(transientFailure, file));
                    continue;
                }
                try {
                    publisher.publishAll(List.of(file.articles()));
                } catch (PublishFailedException alone) {
                    notCommitted.put(file, notCommitted(alone, file));
                    if (!(alone instanceof PublishRefusedException)) {
                        transientFailure = alone;
                    }
                }
            }
            return notCommitted;
        }
    }

    /** Failed for good when Kafka refused the input's records (retrying cannot help), else tried again later. */
    private static Outcome notCommitted(PublishFailedException e, ArticleReading.ReadFile file) {
        return e instanceof PublishRefusedException
                ? new Failed(Reason.KAFKA_REFUSED, e.getMessage(), null)
                : new Retry(e.getMessage());
    }

    private static List<String> ids(ArticleReading.ReadFile read) {
        return read.articles().stream().map(ArticleIngested::id).toList();
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
