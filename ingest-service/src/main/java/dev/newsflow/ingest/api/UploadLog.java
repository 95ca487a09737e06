package dev.newsflow.ingest.api;

import dev.newsflow.ingest.process.OutcomeLog;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The log line of an upload the web layer refused before or around ingestion (cross-origin, bad multipart, a fault),
 * shaped like the ones {@link OutcomeLog} writes for uploads ingestion decided; the request carries the name and
 * start time for it.
 */
final class UploadLog {

    private static final String NAME = UploadLog.class.getName() + ".name";
    private static final String START = UploadLog.class.getName() + ".start";

    private UploadLog() {
    }

    static void started(HttpServletRequest request) {
        request.setAttribute(START, System.nanoTime());
    }

    static void named(HttpServletRequest request, String name) {
        request.setAttribute(NAME, name);
    }

    static void refused(HttpServletRequest request, String outcome, int status, String reason, String message) {
        OutcomeLog.uploadRefused(request.getAttribute(NAME) instanceof String name ? name : null, outcome, status,
                reason, message, millis(request));
    }

    private static long millis(HttpServletRequest request) {
        return request.getAttribute(START) instanceof Long start ? (System.nanoTime() - start) / 1_000_000 : 0;
    }
}
