package dev.newsflow.system.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** Drops article files into the inbox the way a user does, complete or not at all. */
public final class ArticleFiles {

    private ArticleFiles() {
    }

    /**
     * Writes a {@code .txt} article in the layout users drop (title line with " – Publisher", the title repeated,
     * a {@code Source:} line, body paragraphs) and moves it into the inbox in one step.
     */
    public static Path dropText(LocalPipeline pipeline, String fileName, String title, String publisher,
            List<String> paragraphs) {
        StringBuilder text = new StringBuilder()
                .append(title).append(" – ").append(publisher).append("\n\n")
                .append(title).append(" – ").append(publisher).append("\n\n")
                .append("Source: ").append(publisher).append("\n\n");
        paragraphs.forEach(paragraph -> text.append(paragraph).append("\n\n"));
        return drop(pipeline, fileName, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Any bytes under any name, for input the ingest service has to refuse. */
    public static Path drop(LocalPipeline pipeline, String fileName, byte[] content) {
        try {
            // written outside the inbox first: the watcher must never see a half-written file
            Path staging = Files.createDirectories(pipeline.home().resolve("staging")).resolve(fileName);
            Files.write(staging, content);
            return Files.move(staging, pipeline.inbox().resolve(fileName), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
