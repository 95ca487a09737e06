package dev.newsflow.ingest.claim;

import dev.newsflow.events.EventJson;
import dev.newsflow.ingest.IngestSettings;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Where a claimed file goes when its fate is known; none of these ever overwrites an existing file. */
@Component
public class FileDisposition {

    private final IngestSettings settings;
    private final EventJson json;
    private final Clock clock;

    public FileDisposition(IngestSettings settings, EventJson json, Clock clock) {
        this.settings = settings;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Call only after Kafka acknowledged every article of the file. Returns where it went, or empty when deleted.
     *
     * @param report null unless some records were unusable
     */
    public String processed(Path claimed, ErrorReport report) throws IOException {
        Path day = settings.processed().resolve(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString());
        if (settings.cleanup() == IngestSettings.Cleanup.DELETE) {
            if (report != null) {
                writeReport(FreeName.free(day, claimed.getFileName() + ".error.json"), report);
            }
            Files.delete(claimed);
            return "deleted";
        }
        Path moved = FreeName.moveInto(claimed, day, claimed.getFileName().toString(), false);
        if (report != null) {
            writeReport(moved.resolveSibling(moved.getFileName() + ".error.json"), report);
        }
        return moved.toString();
    }

    public String failed(Path claimed, ErrorReport report) throws IOException {
        Path moved = FreeName.moveInto(claimed, settings.failed(), claimed.getFileName().toString(), false);
        writeReport(moved.resolveSibling(moved.getFileName() + ".error.json"), report);
        return moved.toString();
    }

    /** Back to the inbox, untouched, to be tried again on a later scan (e.g. Kafka was unreachable). */
    public void release(Path claimed) throws IOException {
        FreeName.moveInto(claimed, settings.inbox(), claimed.getFileName().toString(), false);
    }

    private void writeReport(Path target, ErrorReport report) throws IOException {
        Path partial = target.resolveSibling("." + target.getFileName() + ".tmp");
        Files.write(partial, json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(report));
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    }
}
