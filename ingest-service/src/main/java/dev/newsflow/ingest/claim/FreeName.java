package dev.newsflow.ingest.claim;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
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

    static Path moveInto(Path file, Path folder, String name, boolean atomic) throws IOException {
        Files.createDirectories(folder);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Path target = folder.resolve(attempt == 0 ? name : suffixed(name, attempt));
            if (Files.exists(target)) {
                continue;
            }
            try {
                // Without REPLACE_EXISTING a racing same-named move fails instead of overwriting; we then try the next name.
                return atomic ? Files.move(file, target, StandardCopyOption.ATOMIC_MOVE) : Files.move(file, target);
            } catch (FileAlreadyExistsException taken) {
                // next suffix
            }
        }
        throw new IOException("no free name for " + name + " in " + folder);
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
