package dev.newsflow.ingest.claim;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Moves a file into a folder under its own name, or {@code name-1.ext}, {@code name-2.ext}, ... when taken, so a
 * file dropped twice never overwrites the first one. The suffix goes before the first dot to keep {@code .json.gz};
 * a name that would pass 255 bytes with it is cut short before the dot. Names are handled as bytes
 * ({@link FileNames}), so a name that is not valid UTF-8 keeps its bytes.
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
        return inFolder(folder, () -> Files.move(file, freeIn(folder, file, ""), StandardCopyOption.ATOMIC_MOVE));
    }

    /** Into a folder others write to as well (processed/, failed/, the inbox), never replacing what is there. */
    static Path moveInto(Path file, Path folder) throws IOException {
        byte[] name = FileNames.bytes(file);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Path target = candidate(folder, name, attempt, "");
            try {
                return inFolder(folder, () -> {
                    place(file, target);
                    return target;
                });
            } catch (FileAlreadyExistsException taken) {
                // another writer holds this name, or took it a moment ago: the next suffix is still ours to try
            }
        }
        throw new IOException("no free name for " + FileNames.display(name) + " in " + folder);
    }

    /**
     * rename(2) silently replaces an existing target, and the existence check {@code Files.move} makes first races
     * with other writers; link(2) fails atomically on an existing name instead (and links a symbolic link itself,
     * never its target). A crash between link and delete leaves the file in both places: it is then redone from the
     * claim folder, which ids make harmless.
     */
    private static void place(Path file, Path target) throws IOException {
        try {
            Files.createLink(target, file);
        } catch (FileAlreadyExistsException | NoSuchFileException missingOrTaken) {
            throw missingOrTaken;
        } catch (UnsupportedOperationException | FileSystemException noHardLink) {
            // another volume, a directory, or a file system without hard links: a plain move still refuses an
            // existing target, leaving only the small window between its check and its rename
            Files.move(file, target, LinkOption.NOFOLLOW_LINKS);
            return;
        }
        unlink(file);
    }

    /**
     * {@code Files.delete} asks for the entry's type (an lstat) before it unlinks; {@code File.delete} just unlinks.
     * Only for a name that {@code File} spells with the same bytes (one not valid UTF-8 may not be), and
     * {@code Files.delete} again when it fails, for its reason.
     */
    private static void unlink(Path file) throws IOException {
        File plain = file.toFile();
        if (!plain.toPath().equals(file) || !plain.delete()) {
            Files.delete(file);
        }
    }

    /** A name not taken yet in {@code folder}: {@code <name of file><trailer>}, for files written rather than moved. */
    static Path free(Path folder, Path file, String trailer) throws IOException {
        Files.createDirectories(folder);
        return freeIn(folder, file, trailer);
    }

    private static Path freeIn(Path folder, Path file, String trailer) throws IOException {
        byte[] name = FileNames.bytes(file);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Path target = candidate(folder, name, attempt, trailer);
            if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                return target;
            }
        }
        throw new IOException("no free name for " + FileNames.display(name) + trailer + " in " + folder);
    }

    /**
     * Runs {@code step}, and once more after creating {@code folder} when it failed because the folder is missing
     * (the first file of a day, or a folder deleted by hand): a folder is made once, not checked before every file.
     * {@code Files.createDirectories} on a folder that exists costs a failed mkdir, a stat and an exception, and it
     * ran twice per file (claim, then processed/).
     */
    private static <T> T inFolder(Path folder, FolderStep<T> step) throws IOException {
        try {
            return step.run();
        } catch (NoSuchFileException e) {
            if (Files.isDirectory(folder)) {
                throw e; // the file itself is gone
            }
            Files.createDirectories(folder);
            return step.run();
        }
    }

    @FunctionalInterface
    private interface FolderStep<T> {
        T run() throws IOException;
    }

    private static Path candidate(Path folder, byte[] name, int attempt, String trailer) {
        return FileNames.resolve(folder, FileNames.compose(name, attempt == 0 ? "" : "-" + attempt, trailer));
    }
}
