package dev.newsflow.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** The ingest folders under one test home, and dropping files the way a careful user does. */
public record Inbox(Path home) {

    public Path inbox() {
        return home.resolve("inbox");
    }

    /**
     * Names in every {@code processed/<date>/} folder. The date is the service's when it moved the file, which a run
     * across midnight UTC makes differ from the test's own "today", so no test looks in one date's folder.
     */
    public List<String> processedNames() {
        return processedFiles().map(p -> p.getFileName().toString()).sorted().toList();
    }

    /** The processed file of this name, in whichever date folder it landed. */
    public Path processed(String name) {
        return processedFiles().filter(p -> p.getFileName().toString().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is in no processed/<date>/ folder"));
    }

    private Stream<Path> processedFiles() {
        Path processed = home.resolve("processed");
        if (!Files.isDirectory(processed)) {
            return Stream.empty();
        }
        try (Stream<Path> days = Files.list(processed)) {
            return days.filter(Files::isDirectory).toList().stream().flatMap(day -> {
                try (Stream<Path> files = Files.list(day)) {
                    return files.toList().stream();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path failed() {
        return home.resolve("failed");
    }

    public Path processing(String instance) {
        return home.resolve("processing").resolve(instance);
    }

    /** Written elsewhere, then renamed in atomically with an old mtime: complete, so taken without waiting. */
    public Path drop(String name, byte[] content) {
        try {
            Path staging = Files.createDirectories(home.resolve("staging")).resolve(name);
            Files.write(staging, content);
            Files.setLastModifiedTime(staging, FileTime.from(Instant.now().minusSeconds(3600)));
            return Files.move(staging, inbox().resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path drop(String name, String content) {
        return drop(name, content.getBytes(StandardCharsets.UTF_8));
    }

    public static List<String> names(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
