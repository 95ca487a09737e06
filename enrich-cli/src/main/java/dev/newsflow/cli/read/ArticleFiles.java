package dev.newsflow.cli.read;

import dev.newsflow.events.ArticleIngested;
import dev.newsflow.formats.ArticleEvents;
import dev.newsflow.formats.ArticleFormats;
import dev.newsflow.formats.FormatLimits;
import dev.newsflow.formats.FormatResult;
import dev.newsflow.formats.RecordProblem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads article files for the command line with the same format readers as ingest ({@link ArticleFormats}), so
 * {@code analyze} accepts exactly what the inbox accepts and its records carry the same ids and origin.
 */
public final class ArticleFiles {

    private final ArticleFormats formats = new ArticleFormats(FormatLimits.DEFAULTS);
    private final Clock clock;

    public ArticleFiles(Clock clock) {
        this.clock = clock;
    }

    /**
     * The files named, with each directory replaced by the non-hidden files in it that a format reader supports,
     * sorted by name. A file named explicitly is kept whatever its extension, so that it is reported if unreadable.
     */
    public List<Path> expand(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> children = Files.list(path)) {
                    children.filter(Files::isRegularFile)
                            .filter(child -> !child.getFileName().toString().startsWith("."))
                            .filter(child -> formats.supports(child.getFileName().toString()))
                            .sorted()
                            .forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    /**
     * The usable articles of one file and, for a multi-article file, the records that were not usable.
     *
     * @throws IOException                               when the file cannot be read
     * @throws dev.newsflow.formats.FormatException when nothing in it is readable (empty, unsupported, malformed, ...)
     */
    public ReadFile read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String fileName = file.getFileName().toString();
        FormatResult result = formats.read(fileName, bytes);
        return new ReadFile(ArticleEvents.of(fileName, bytes, result, clock.instant()), result.problems());
    }

    /** @param problems records of the file that were skipped, and why */
    public record ReadFile(List<ArticleIngested> articles, List<RecordProblem> problems) {
    }
}
