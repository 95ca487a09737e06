package dev.newsflow.ingest.claim;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Moves a file into a folder under its own name, or {@code name-1.ext}, {@code name-2.ext}, ... when taken, so a
 * file dropped twice never overwrites the first one. The suffix goes before the first dot to keep {@code .json.gz}.
 */
final class FreeName {

    private static final int MAX_ATTEMPTS = 10_000;

    private FreeName() {
    }

    /**
     * Into this instance's own claim folder. ATOMIC_MOVE is the lock between instances sharing an inbox: exactly one
     * rename of the source succeeds. rename(2) would replace an existing target, but only this instance's single
     * poller thread ever writes here, so a name seen free stays free until the move.
     */
    static Path claimInto(Path file, Path folder) throws IOException {
        Files.createDirectories(folder);
        String name = file.getFileName().toString();
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Path target = folder.resolve(attempt == 0 ? name : suffixed(name, attempt));
            if (!Files.exists(target)) {
                return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        throw new IOException("no free name for " + name + " in " + folder);
    }

    /** Into a folder others write to as well (processed/, failed/, the inbox), never replacing what is there. */
    static Path moveInto(Path file, Path folder, String name) throws IOException {
        Files.createDirectories(folder);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Path target = folder.resolve(attempt == 0 ? name : suffixed(name, attempt));
            try {
                place(file, target);
                return target;
            } catch (FileAlreadyExistsException taken) {
                // another writer holds this name, or took it a moment ago: the next suffix is still ours to try
            }
        }
        throw new IOException("no free name for " + name + " in " + folder);
    }

    /**
     * rename(2) silently replaces an existing target, and the existence check {@code Files.move} makes first races
     * with other writers; link(2) fails atomically on an existing name instead. A crash between link and delete
     * leaves the file in both places: it is then redone from the claim folder, which ids make harmless.
     */
    private static void place(Path file, Path target) throws IOException {
        try {
            Files.createLink(target, file);
        } catch (FileAlreadyExistsException taken) {
            throw taken;
        } catch (UnsupportedOperationException | FileSystemException noHardLink) {
            // another volume, or a file system without hard links: a plain move still refuses an existing target,
            // leaving only the small window between its check and its rename
            Files.move(file, target);
            return;
        }
        Files.delete(file);
    }

    /** A name not taken yet in {@code folder} (for files written rather than moved). */
    static Path free(Path folder, String name) throws IOException {
        Files.createDirectories(folder);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Path target = folder.resolve(attempt == 0 ? name : suffixed(name, attempt));
            if (!Files.exists(target)) {
                return target;
            }
        }
        throw new IOException("no free name for " + name + " in " + folder);
    }

    static String suffixed(String name, int n) {
        int dot = name.indexOf('.', 1);
        return dot < 0 ? name + "-" + n : name.substring(0, dot) + "-" + n + name.substring(dot);
    }
}
