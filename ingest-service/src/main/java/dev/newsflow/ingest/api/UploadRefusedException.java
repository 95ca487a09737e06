package dev.newsflow.ingest.api;

import dev.newsflow.ingest.process.Outcome;

/** An upload that ended without publishing; already counted and logged, only its answer is left to write. */
class UploadRefusedException extends RuntimeException {

    private final Outcome outcome;

    UploadRefusedException(Outcome outcome) {
        super(null, null, false, false);
        this.outcome = outcome;
    }

    Outcome outcome() {
        return outcome;
    }
}
