package dev.newsflow.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/** A keys file others can read gives the key to every account on the machine: said once, at start-up. */
final class KeyFilePermissions {

    private static final Logger log = LoggerFactory.getLogger(KeyFilePermissions.class);
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.OTHERS_READ);

    private KeyFilePermissions() {
    }

    static void warnIfReadableByOthers(Path file) {
        if (file == null) {
            return;
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.stream().anyMatch(OTHERS::contains)) {
                log.warn("the API keys file {} can be read by other users; make it private: chmod 600 {}", file, file);
            }
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system (or gone meanwhile: reading it already failed loudly)
        }
    }
}
