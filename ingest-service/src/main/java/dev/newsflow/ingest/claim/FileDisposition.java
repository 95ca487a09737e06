package dev.newsflow.ingest.claim;

import dev.newsflow.events.EventJson;
import dev.newsflow.ingest.IngestSettings;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/** Where a claimed file goes when its fate is known; none of these ever overwrites an existing file. */
@Component
public class FileDisposition {

    /**
     * Appended to the moved file's name ({@code <name>.error.json}, or {@code <name>-1.error.json} when taken; cut
     * short before the first dot when that would pass 255 bytes).
     */
    static final String REPORT_SUFFIX = ".error.json";

    private final IngestSettings settings;
    private final EventJson json;
    private final Clock clock;

    public FileDisposition(IngestSettings settings, EventJson json, Clock clock) {
        this.settings = settings;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Call only after Kafka acknowledged every article of the file. Returns where it went, or {@code deleted}.
     *
     * @param report null unless some records were unusable
     */
    public String processed(Path claimed, ErrorReport report) throws IOException {
        Path day = settings.processed().resolve(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString());
        if (settings.cleanup() == IngestSettings.Cleanup.DELETE) {
            if (report != null) {
                writeReport(FreeName.free(day, claimed, REPORT_SUFFIX), report);
            }
            Files.delete(claimed);
            return "deleted";
        }
        Path moved = FreeName.moveInto(claimed, day);
        if (report != null) {
            writeReport(FreeName.free(day, moved, REPORT_SUFFIX), report);
        }
        return FileNames.displayPath(moved);
    }

    public String failed(Path claimed, ErrorReport report) throws IOException {
        Path moved = FreeName.moveInto(claimed, settings.failed());
        writeReport(FreeName.free(settings.failed(), moved, REPORT_SUFFIX), report);
        return FileNames.displayPath(moved);
    }

    /**
     * Back to the inbox folder it was claimed from, to be tried again on a later scan (e.g. Kafka was unreachable).
     * Its modification time becomes now, so it waits out {@code min-age} again instead of being re-claimed by the
     * very next poll; it is touched while still in the claim folder, so no scan sees it back with its old time.
     */
    public Path release(Path claimed, Path folder) throws IOException {
        Files.getFileAttributeView(claimed, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                .setTimes(FileTime.from(clock.instant()), null, null);
        return FreeName.moveInto(claimed, folder);
    }

    private void writeReport(Path target, ErrorReport report) throws IOException {
        Path partial = target.resolveSibling(".error-report-" + UUID.randomUUID() + ".tmp");
        Files.write(partial, json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(report));
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    }
}
