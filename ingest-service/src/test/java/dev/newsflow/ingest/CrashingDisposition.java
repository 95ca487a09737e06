package dev.newsflow.ingest;

import dev.newsflow.events.EventJson;
import dev.newsflow.ingest.claim.ErrorReport;
import dev.newsflow.ingest.claim.FileDisposition;

import java.nio.file.Path;
import java.time.Clock;

/** Dies exactly between "Kafka acknowledged the file" and "the file was moved on", like a kill -9 there would. */
class CrashingDisposition extends FileDisposition {

    CrashingDisposition(IngestSettings settings, EventJson json, Clock clock) {
        super(settings, json, clock);
    }

    @Override
    public String processed(Path claimed, ErrorReport report) {
        throw new IllegalStateException("simulated crash after publish, before the move");
    }
}
