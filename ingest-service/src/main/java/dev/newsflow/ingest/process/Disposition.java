package dev.newsflow.ingest.process;

import java.io.IOException;

/** What the input's {@link Source} does with it once its outcome is known: move a file on, answer an upload. */
@FunctionalInterface
public interface Disposition {

    /**
     * Runs before the outcome is counted and logged: when it throws, neither happens (a file then stays claimed and
     * is redone on the next start).
     *
     * @return where the input went, for its log line: a path for a file, the HTTP status for an upload
     */
    String settle(Outcome outcome) throws IOException;
}
