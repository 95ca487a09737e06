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
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds files ready to be taken. The inbox is streamed, never listed into memory: each ready file is handed on as it
 * is found, and every accepted entry is counted (for the waiting gauge). One pass hands on every ready file, so a
 * burst of files is read once, not once per batch (rescanning a 20,000-file inbox for each batch of 500 cost more
 * than reading the files). A file is ready when its last modification is at least {@code min-age} old: a copy in
 * progress keeps touching it, while a file renamed in atomically keeps its old time and is taken at once. A scan also
 * tells when the first file it saw waiting will be ready, so the next scan can be timed for it instead of a whole
 * poll interval later.
 */
class InboxScanner {

    private final Path inbox;
    private final Set<Path> ownFolders;
    private final NameFilter filter;
    private final boolean recursive;
    private final Duration minAge;
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
        this.clock = clock;
        this.namedLikeArticle = namedLikeArticle;
    }

    /** Told about each ready file as the scan finds it (a file moved away meanwhile is skipped by the caller). */
    @FunctionalInterface
    interface Taker {
        /**
         * @param size its size as the scan saw it (a link's own), so the caller need not ask the file system again
         * @return false to end the scan here (the service is stopping)
         */
        boolean take(Path file, long size);
    }

    /**
     * What one scan saw.
     *
     * @param seen      accepted entries, ready or not, handed on or not
     * @param nextReady when the first entry still too young becomes ready (its modification plus {@code min-age}),
     *                  or null when none was waiting
     */
    record Result(long seen, Instant nextReady) {
    }

    /** @param skipped entries not handed on (known to be unclaimable), still counted */
    Result scan(Set<Path> skipped, Taker taker) {
        Tally tally = new Tally();
        Instant cutoff = clock.instant().minus(minAge);
        visit(inbox, taker, tally, cutoff, skipped);
        return new Result(tally.seen, tally.firstWaiting == null ? null : tally.firstWaiting.plus(minAge));
    }

    /** Counts a scan's entries and keeps the oldest modification among those not ready yet. */
    private static final class Tally {
        long seen;
        Instant firstWaiting;

        void waiting(Instant modified) {
            if (firstWaiting == null || modified.isBefore(firstWaiting)) {
                firstWaiting = modified;
            }
        }
    }

    /**
     * Links are never followed (a symbolic link is an entry of its own, however it points), so a scan cannot leave
     * the inbox. Symbolic links, devices, FIFOs, sockets, and with {@code recursive} off directories named like
     * article files are returned as ready too: claimed like files, they go to failed/ unopened.
     */
    private boolean visit(Path folder, Taker taker, Tally tally, Instant cutoff, Set<Path> skipped) {
        // entries renamed out (claimed) while the folder is read are never returned twice, unchanged ones exactly once
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                BasicFileAttributes attributes = attributes(entry);
                if (attributes == null) {
                    continue;
                }
                if (attributes.isDirectory() && recursive) {
                    if (!ownFolders.contains(absolute(entry)) && filter.descendsInto(entry)
                            && !visit(entry, taker, tally, cutoff, skipped)) {
                        return false;
                    }
                } else if (filter.accepts(entry) && (!attributes.isDirectory() || isNamedLikeArticle(entry))) {
                    tally.seen++;
                    Instant modified = attributes.lastModifiedTime().toInstant();
                    if (modified.isAfter(cutoff)) {
                        tally.waiting(modified);
                    } else if (!skipped.contains(entry) && !taker.take(entry, attributes.size())) {
                        return false;
                    }
                }
            }
            return true;
        } catch (NoSuchFileException vanished) {
            // a subfolder removed while scanning: nothing to take from it
            return true;
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
