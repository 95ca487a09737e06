package dev.newsflow.system.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files of the repository under test: the built jars and the documentation and deployment files. */
public final class Repository {

    private Repository() {
    }

    /**
     * The repository root, passed by the build as {@code newsflow.root}; the parent folder when run from an IDE. Its
     * real path: {@code ./newsflow} starts its processes by the physical path of its folder, so a repository reached
     * through a symbolic link must be named as they name it.
     */
    public static Path root() {
        String configured = System.getProperty("newsflow.root");
        Path root = (configured != null ? Path.of(configured) : Path.of("..")).toAbsolutePath().normalize();
        try {
            return root.toRealPath();
        } catch (IOException e) {
            return root; // not there: the callers' own checks say so
        }
    }

    public static Path file(String relative) {
        return root().resolve(relative);
    }

    /** The jar {@code mvn package} built for a module; a clear failure when it has not been built. */
    public static Path jar(String module) {
        String version = System.getProperty("newsflow.version", "0.1.0-SNAPSHOT");
        Path jar = root().resolve(module).resolve("target").resolve(module + "-" + version + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it first (./mvnw -DskipTests package)");
        }
        return jar;
    }
}
