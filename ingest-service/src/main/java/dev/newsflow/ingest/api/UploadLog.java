package dev.newsflow.ingest.api;

import dev.newsflow.ingest.logging.LogValue;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One line per upload, accepted or not, shaped like the inbox's {@code file=… outcome=…} line. */
final class UploadLog {

    private static final Logger log = LoggerFactory.getLogger(UploadLog.class);
    private static final String NAME = UploadLog.class.getName() + ".name";
    private static final String START = UploadLog.class.getName() + ".start";
    private static final String NOT_NAMED_YET = "-";

    private UploadLog() {
    }

    static void started(HttpServletRequest request) {
        request.setAttribute(START, System.nanoTime());
    }

    static void named(HttpServletRequest request, String name) {
        request.setAttribute(NAME, name);
    }

    static void accepted(HttpServletRequest request, String outcome, String format, int published, int skipped) {
        log.info("upload={} outcome={} format={} published={} skipped={} ms={}", name(request), outcome, format,
                published, skipped, millis(request));
    }

    static void refused(HttpServletRequest request, String outcome, int status, String reason, String message) {
        log.warn("upload={} outcome={} status={} reason={} message={} ms={}", name(request), outcome, status, reason,
                LogValue.of(message), millis(request));
    }

    private static String name(HttpServletRequest request) {
        Object name = request.getAttribute(NAME);
        return name == null ? NOT_NAMED_YET : LogValue.of(name);
    }

    private static long millis(HttpServletRequest request) {
        return request.getAttribute(START) instanceof Long start ? (System.nanoTime() - start) / 1_000_000 : 0;
    }
}
