package dev.newsflow.system.script;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A {@code setsid} that comes first on the {@code PATH} and holds every launch of {@code ./newsflow} back before the
 * real exec, its command line meanwhile showing no jar path: what a slow fork+exec looks like on a loaded machine.
 */
final class SlowLaunch {

    private SlowLaunch() {
    }

    /** The real {@code setsid} on the {@code PATH}, if the machine has one (the script runs without it too). */
    static Optional<Path> realSetsid() {
        return Stream.of(System.getenv("PATH").split(File.pathSeparator))
                .map(dir -> Path.of(dir, "setsid"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** Writes the stand-in into {@code dir} and returns {@code dir}, to be put first on the {@code PATH}. */
    static Path shim(Path dir, Path realSetsid, Duration delay) {
        String script = """
                #!/usr/bin/env bash
                # the command travels in the environment, so the command line shows no jar path until the real exec
                printf -v cmd '%%q ' "$@"
                export NEWSFLOW_TEST_LAUNCH="$cmd"
                exec -a newsflow-slow-launch bash -c 'sleep %d; eval "exec %s $NEWSFLOW_TEST_LAUNCH"'
                """.formatted(delay.toSeconds(), realSetsid);
        try {
            Files.createDirectories(dir);
            Path shim = Files.writeString(dir.resolve("setsid"), script);
            Files.setPosixFilePermissions(shim, PosixFilePermissions.fromString("rwxr-xr-x"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
