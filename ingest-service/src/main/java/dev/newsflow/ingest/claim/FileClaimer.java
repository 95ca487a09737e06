package dev.newsflow.ingest.claim;

import dev.newsflow.ingest.IngestSettings;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Takes a file out of the inbox by an atomic rename into this instance's {@code processing/<instance-id>/} folder.
 * The rename is the lock: of several instances sharing an inbox exactly one rename succeeds, and no lock or flag
 * file is ever left behind.
 */
@Component
public class FileClaimer {

    private final Path claimFolder;

    public FileClaimer(IngestSettings settings) {
        this.claimFolder = settings.claimFolder();
    }

    /** The claimed path, or empty when another instance (or the user) took the file first. */
    public Optional<Path> claim(Path inboxFile) {
        try {
            return Optional.of(FreeName.claimInto(inboxFile, claimFolder));
        } catch (NoSuchFileException goneAlready) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot claim " + inboxFile, e);
        }
    }

    /** Files a previous run of this instance claimed but did not finish: a crash left them here. */
    public List<Path> unfinished(int max) {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(claimFolder)) {
            return files;
        }
        // every entry, links and special files included (they are refused, not read), but the attempt counters
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(claimFolder,
                entry -> !entry.getFileName().toString().equals(ClaimAttempts.FOLDER))) {
            for (Path file : stream) {
                if (files.size() >= max) {
                    break;
                }
                files.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + claimFolder, e);
        }
        return files;
    }
}
