package dev.newsflow.ingest.process;

import dev.newsflow.ingest.Reason;
import dev.newsflow.ingest.process.Outcome.Failed;
import dev.newsflow.ingest.process.Outcome.Published;
import dev.newsflow.ingest.process.Outcome.Retry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static dev.newsflow.ingest.logging.LogValue.of;

/**
 * The one log line per file or upload: {@code file=… outcome=… … to=…} for a file (where it went),
 * {@code upload=… outcome=… status=…} for an upload refused (its HTTP status). Values from outside are escaped.
 */
public final class OutcomeLog {

    private static final Logger log = LoggerFactory.getLogger(OutcomeLog.class);
    private static final String NOT_NAMED_YET = "-";

    private OutcomeLog() {
    }

    static void log(Source source, String name, Outcome outcome, String where, long millis) {
        String kafka = Reason.KAFKA_UNAVAILABLE.code();
        if (source == Source.FILE) {
            switch (outcome) {
                case Published p -> log.info("file={} outcome={} format={} published={} skipped={} to={} ms={}",
                        of(name), outcome(p), p.result().format(), p.ids().size(), p.result().problemCount(), of(where),
                        millis);
                case Failed f -> log.warn("file={} outcome=failed reason={} message={} skipped={} to={} ms={}",
                        of(name), f.reason().code(), of(f.message()), f.skipped(), of(where), millis);
                case Retry r -> log.warn("file={} outcome=retry reason={} message={} to={}", of(name), kafka,
                        of(r.message()), of(where));
            }
            return;
        }
        switch (outcome) {
            case Published p -> log.info("upload={} outcome={} format={} published={} skipped={} ms={}", uploadName(name),
                    outcome(p), p.result().format(), p.ids().size(), p.result().problemCount(), millis);
            case Failed f -> uploadRefused(name, "failed", where, f.reason().code(), f.message(), millis);
            case Retry r -> uploadRefused(name, "retry", where, kafka, r.message(), millis);
        }
    }

    /** Also for uploads refused by the web layer before ingestion saw them (cross-origin, bad multipart, ...). */
    public static void uploadRefused(String name, String outcome, Object status, String reason, String message,
                                     long millis) {
        log.warn("upload={} outcome={} status={} reason={} message={} ms={}", uploadName(name), outcome, status, reason,
                of(message), millis);
    }

    private static String outcome(Published published) {
        return published.partial() ? "partial" : "processed";
    }

    private static String uploadName(String name) {
        return name == null ? NOT_NAMED_YET : of(name);
    }
}
