package dev.newsflow.ingest;

import dev.newsflow.formats.FormatException;

import java.util.Arrays;
import java.util.List;

/**
 * The one vocabulary of reasons ingest gives: the {@code reason} of a {@code .error.json}, of a problem+json answer
 * and the tag of {@code newsflow_ingest_articles_rejected_total}. Codes are stable; docs/operations.md lists them once.
 */
public enum Reason {
    EMPTY("empty", true),
    BINARY("binary", true),
    UNSUPPORTED("unsupported", true),
    MALFORMED("malformed", true),
    TOO_LARGE("too-large", true),
    UNSAFE_XML("unsafe-xml", true),
    /** Records were read, none usable. */
    NO_ARTICLES("no-articles", true),
    /** One unusable record of a file that was otherwise published (or not). */
    INVALID_RECORD("invalid-record", true),
    /** A symbolic link, directory, device, FIFO or socket in the inbox: never opened. */
    NOT_REGULAR_FILE("not-regular-file", true),
    /**
     * The service's user may not read the file (its mode or owner): retrying cannot help until someone changes that,
     * so it goes to failed/ at once rather than waiting claimed for restarts.
     */
    UNREADABLE("unreadable", true),
    /** Ingest stopped twice while reading this file (out of memory, killed): not tried a third time. */
    READER_CRASHED("reader-crashed", true),
    /** An upload from a web page of another origin. */
    CROSS_ORIGIN("cross-origin", false),
    /** A request HTTP itself could not make sense of: bad multipart, bad URL, missing part or parameter. */
    BAD_REQUEST("bad-request", false),
    /** No such endpoint, or not with this method. */
    NOT_FOUND("not-found", false),
    METHOD_NOT_ALLOWED("method-not-allowed", false),
    /** Kafka did not acknowledge in time: nothing is wrong with the input, retry later. */
    KAFKA_UNAVAILABLE("kafka-unavailable", false),
    /**
     * Kafka refused the input's records for good (larger than the topic allows, invalid, or no permission to write to
     * the topic): the file goes to failed/ instead of coming back for ever. Not counted as rejected input, since the
     * cause may be the topic's settings rather than the input.
     */
    KAFKA_REFUSED("kafka-refused", false),
    /** A fault of the service itself. */
    INTERNAL("internal", false);

    private final String code;
    private final boolean rejectsInput;

    Reason(String code, boolean rejectsInput) {
        this.code = code;
        this.rejectsInput = rejectsInput;
    }

    public String code() {
        return code;
    }

    /** True when the reason is about the input itself, so it counts in {@code newsflow_ingest_articles_rejected_total}. */
    public boolean rejectsInput() {
        return rejectsInput;
    }

    public static Reason of(FormatException.Reason reason) {
        return Arrays.stream(values()).filter(r -> r.code.equals(reason.code())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no ingest reason for " + reason));
    }

    /**
     * The reason of an error answer the framework or the container raised, by its HTTP status: the one mapping the
     * MVC handlers and the container's error valve share.
     */
    public static Reason forStatus(int status) {
        return switch (status) {
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 413 -> TOO_LARGE;
            case 415 -> UNSUPPORTED;
            case 503 -> KAFKA_UNAVAILABLE;
            default -> status >= 500 ? INTERNAL : BAD_REQUEST;
        };
    }

    /** The reasons {@code newsflow_ingest_articles_rejected_total} counts (registered at 0 on start-up). */
    public static List<Reason> rejections() {
        return Arrays.stream(values()).filter(Reason::rejectsInput).toList();
    }
}
