package dev.newsflow.ingest.watch;

import dev.newsflow.ingest.IngestSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

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
    private final Predicate<String> namedLikeArticle;

    /** @param namedLikeArticle whether a name has an extension ingest reads */
    InboxScanner(IngestSettings settings, Clock clock, Predicate<String> namedLikeArticle) {
        this.inbox = settings.inbox();
        this.ownFolders = Set.of(absolute(settings.processing()), absolute(settings.processed()),
                absolute(settings.failed()));
        this.filter = new NameFilter(settings.include(), settings.exclude());
        this.recursive = settings.recursive();
        this.minAge = settings.minAge();
        this.batchSize = settings.batchSize();
        this.clock = clock;
        this.namedLikeArticle = namedLikeArticle;
    }

    /** Ready files (at most one batch) and how many accepted files are in the inbox in all. */
    record Scan(List<Path> ready, long waiting) {
    }

    Scan scan() {
        return scan(Set.of());
    }

    /** @param skipped entries left out of {@code ready} (known to be unclaimable), still counted as waiting */
    Scan scan(Set<Path> skipped) {
        List<Path> ready = new ArrayList<>();
        long[] waiting = {0};
        Instant cutoff = clock.instant().minus(minAge);
        visit(inbox, ready, waiting, cutoff, skipped);
        return new Scan(ready, waiting[0]);
    }

    /**
     * Links are never followed (a symbolic link is an entry of its own, however it points), so a scan cannot leave
     * the inbox. Symbolic links, devices, FIFOs, sockets, and with {@code recursive} off directories named like
     * article files are returned as ready too: claimed like files, they go to failed/ unopened.
     */
    private void visit(Path folder, List<Path> ready, long[] waiting, Instant cutoff, Set<Path> skipped) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                BasicFileAttributes attributes = attributes(entry);
                if (attributes == null) {
                    continue;
                }
                if (attributes.isDirectory() && recursive) {
                    if (!ownFolders.contains(absolute(entry)) && filter.descendsInto(entry)) {
                        visit(entry, ready, waiting, cutoff, skipped);
                    }
                } else if (filter.accepts(entry) && (!attributes.isDirectory() || isNamedLikeArticle(entry))) {
                    waiting[0]++;
                    if (ready.size() < batchSize && !attributes.lastModifiedTime().toInstant().isAfter(cutoff)
                            && !skipped.contains(entry)) {
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

    private boolean isNamedLikeArticle(Path directory) {
        return namedLikeArticle.test(directory.getFileName().toString());
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }

    private static BasicFileAttributes attributes(Path entry) throws IOException {
        try {
            return Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException claimedMeanwhile) {
            return null;
        }
    }
}
