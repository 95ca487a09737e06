package dev.newsflow.ingest.watch;

import dev.newsflow.ingest.IngestSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds files ready to be taken. The inbox is streamed, never listed into memory: every entry is counted (for the
 * waiting gauge) but at most {@code batch-size} ready files are returned per scan. A file is ready when its last
 * modification is at least {@code min-age} old: a copy in progress keeps touching it, while a file renamed in
 * atomically keeps its old time and is taken at once.
 */
class InboxScanner {

    private final Path inbox;
    private final Set<Path> ownFolders;
    private final NameFilter filter;
    private final boolean recursive;
    private final Duration minAge;
    private final int batchSize;
    private final Clock clock;

    InboxScanner(IngestSettings settings, Clock clock) {
        this.inbox = settings.inbox();
        this.ownFolders = Set.of(absolute(settings.processing()), absolute(settings.processed()),
                absolute(settings.failed()));
        this.filter = new NameFilter(settings.include(), settings.exclude());
        this.recursive = settings.recursive();
        this.minAge = settings.minAge();
        this.batchSize = settings.batchSize();
        this.clock = clock;
    }

    /** Ready files (at most one batch) and how many accepted files are in the inbox in all. */
    record Scan(List<Path> ready, long waiting) {
    }

    Scan scan() {
        List<Path> ready = new ArrayList<>();
        long[] waiting = {0};
        Instant cutoff = clock.instant().minus(minAge);
        visit(inbox, ready, waiting, cutoff);
        return new Scan(ready, waiting[0]);
    }

    private void visit(Path folder, List<Path> ready, long[] waiting, Instant cutoff) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                BasicFileAttributes attributes = attributes(entry);
                if (attributes == null) {
                    continue;
                }
                if (attributes.isDirectory()) {
                    if (recursive && !ownFolders.contains(absolute(entry)) && filter.descendsInto(entry)) {
                        visit(entry, ready, waiting, cutoff);
                    }
                } else if (attributes.isRegularFile() && filter.accepts(entry)) {
                    waiting[0]++;
                    if (ready.size() < batchSize && !attributes.lastModifiedTime().toInstant().isAfter(cutoff)) {
                        ready.add(entry);
                    }
                }
            }
        } catch (NoSuchFileException vanished) {
            // a subfolder removed while scanning: nothing to take from it
        } catch (IOException e) {
            throw new UncheckedIOException("cannot scan " + folder, e);
        }
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }

    private static BasicFileAttributes attributes(Path entry) throws IOException {
        try {
            return Files.readAttributes(entry, BasicFileAttributes.class);
        } catch (NoSuchFileException claimedMeanwhile) {
            return null;
        }
    }
}
