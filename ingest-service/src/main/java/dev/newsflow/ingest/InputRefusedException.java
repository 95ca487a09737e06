package dev.newsflow.ingest;

/**
 * A file or upload refused as a whole before any reader saw it (not a regular file, too large, a bad name), with the
 * {@link Reason} its outcome reports.
 */
public class InputRefusedException extends RuntimeException {

    private final Reason reason;

    public InputRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
