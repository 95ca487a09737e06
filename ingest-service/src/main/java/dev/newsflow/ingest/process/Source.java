package dev.newsflow.ingest.process;

/** Where an input came from; everything but how it is let go of and its log line's key is the same for both. */
public enum Source {
    /** Dropped into the inbox and claimed. */
    FILE("file"),
    /** Posted to {@code /api/articles}. */
    UPLOAD("upload");

    private final String noun;

    Source(String noun) {
        this.noun = noun;
    }

    /** The log line's key and the word messages use: {@code file} or {@code upload}. */
    public String noun() {
        return noun;
    }
}
