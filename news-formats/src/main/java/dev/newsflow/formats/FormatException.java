package dev.newsflow.formats;

/** A file that cannot be read at all; {@link #reason()} is a stable code for metrics and error reports. */
public class FormatException extends RuntimeException {

    public enum Reason {
        EMPTY("empty"),
        BINARY("binary"),
        UNSUPPORTED("unsupported"),
        MALFORMED("malformed"),
        TOO_LARGE("too-large"),
        UNSAFE_XML("unsafe-xml");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private final Reason reason;

    public FormatException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public FormatException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
