package dev.newsflow.ingest.claim;

import dev.newsflow.ingest.IngestSettings;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * How often a claimed file was found unfinished at start-up, persisted in {@code processing/<instance>/.attempts/}
 * under the claimed file's name. A file that takes the service down while it is read (out of memory, killed) is
 * found there on every start; counting those finds is what stops a crash loop. Written only on recovery, so the
 * normal path costs nothing.
 */
@Component
public class ClaimAttempts {

    /** Skipped when listing the claim folder. */
    static final String FOLDER = ".attempts";

    private final Path folder;

    public ClaimAttempts(IngestSettings settings) {
        this.folder = settings.claimFolder().resolve(FOLDER);
    }

    /** Counts one more unfinished find of {@code claimed}, durably, and returns the count including it. */
    public int foundUnfinished(Path claimed) throws IOException {
        Path counter = counter(claimed);
        int found = 1;
        if (Files.exists(counter, LinkOption.NOFOLLOW_LINKS)) {
            try {
                found += Integer.parseInt(Files.readString(counter).strip());
            } catch (NumberFormatException unreadable) {
                // a torn write from a crash while counting: it was found at least once before
                found = 2;
            }
        }
        Files.createDirectories(folder);
        try (FileChannel out = FileChannel.open(counter, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            out.write(ByteBuffer.wrap(Integer.toString(found).getBytes(StandardCharsets.US_ASCII)));
            out.force(true);
        }
        return found;
    }

    /** Forgets {@code claimed}; the folder goes too once empty, so a clean claim folder is an empty one. */
    public void clear(Path claimed) throws IOException {
        Files.deleteIfExists(counter(claimed));
        try {
            Files.deleteIfExists(folder);
        } catch (DirectoryNotEmptyException othersStillCounted) {
            // other files of the same recovery are still being redone
        }
    }

    /** Removes counters whose file is no longer claimed (a crash between finishing a file and clearing it). */
    public void clearStale() throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> counters = Files.newDirectoryStream(folder)) {
            for (Path counter : counters) {
                if (!Files.exists(FileNames.resolve(folder.getParent(), FileNames.bytes(counter)),
                        LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(counter);
                }
            }
        }
    }

    private Path counter(Path claimed) {
        return FileNames.resolve(folder, FileNames.bytes(claimed));
    }
}
