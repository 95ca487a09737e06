package dev.newsflow.bench.feed;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drops each batch into ingest-service's inbox, as one {@code .jsonl} file or as one {@code .txt} file per article
 * ({@link FileLayout}). The files are written beforehand into a hidden folder of the inbox, which ingest does not
 * look into ({@link #prepare}), and a batch is dropped by renaming its files into the inbox: atomic, so ingest never
 * reads a half-written file, and the only work left while the pipeline is measured, on the cores it runs on.
 * A run owns only its own hidden folder: any other one is what an earlier run killed before its close() left behind,
 * which nothing else would ever remove, so a new feeder removes it.
 */
public final class InboxFeeder implements Feeder {

    static final String SOURCE = "pipeline-bench";
    private static final String STAGING_PREFIX = ".nfbench-";

    private final Path inbox;
    private final Path staging;
    private final String runId;
    private final JsonMapper json;
    private final Clock clock;
    private final FileLayout layout;
    private final PrintStream warnings;
    private boolean prepared;

    public InboxFeeder(Path inbox, String runId, JsonMapper json, Clock clock, FileLayout layout, PrintStream warnings) {
        if (!Files.isDirectory(inbox)) {
            throw new IllegalArgumentException("no inbox folder at " + inbox + " (is the pipeline running?)");
        }
        this.inbox = inbox;
        // in the inbox, so on its file system (a rename is atomic only there); hidden, so ingest leaves it alone
        this.staging = inbox.resolve(STAGING_PREFIX + runId);
        this.runId = runId;
        this.json = json;
        this.clock = clock;
        this.layout = layout;
        this.warnings = warnings;
        removeStale();
    }

    private void removeStale() {
        List<Path> stale = new ArrayList<>();
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(inbox, STAGING_PREFIX + "*")) {
            folders.forEach(stale::add);
        } catch (IOException e) {
            warnings.println("pipeline-bench: cannot look for earlier runs' folders in " + inbox + ": " + e);
            return;
        }
        for (Path folder : stale) {
            if (!folder.equals(staging) && Files.isDirectory(folder)) {
                remove(folder, "left by an earlier run that did not end normally");
            }
        }
    }

    /** Writes every file of the plan, named as it will be in the inbox, before the run's clock starts. */
    @Override
    public void prepare(LoadPlan plan) {
        int number = 0;
        for (List<BenchArticle> batch : plan.batches()) {
            stage(batch, number++);
        }
        prepared = true;
    }

    @Override
    public Instant feed(List<BenchArticle> batch, int batchNumber) {
        List<String> names = prepared ? names(batch, batchNumber) : stage(batch, batchNumber);
        for (String name : names) {
            try {
                // ingest takes a file once it is min-age old by its modification time: stamped with the drop, a
                // prepared file waits as long as one a user just dropped, rather than counting as old already
                Files.setLastModifiedTime(staging.resolve(name), FileTime.from(clock.instant()));
                Files.move(staging.resolve(name), inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot move " + name + " into " + inbox, e);
            }
        }
        return clock.instant();
    }

    private List<String> names(List<BenchArticle> batch, int batchNumber) {
        return layout == FileLayout.single
                ? batch.stream().map(article -> "nfbench-%s-%06d.txt".formatted(runId, article.sequence())).toList()
                : List.of("nfbench-%s-%05d.jsonl".formatted(runId, batchNumber));
    }

    private List<String> stage(List<BenchArticle> batch, int batchNumber) {
        List<String> names = names(batch, batchNumber);
        if (layout == FileLayout.single) {
            // the title line, a blank line, then the body: the plain-text layout news-formats reads
            for (int i = 0; i < batch.size(); i++) {
                write(names.get(i), batch.get(i).title() + "\n\n" + batch.get(i).body() + "\n");
            }
            return names;
        }
        StringBuilder lines = new StringBuilder();
        for (BenchArticle article : batch) {
            Map<String, String> line = new LinkedHashMap<>();
            line.put("title", article.title());
            line.put("body", article.body());
            line.put("source", SOURCE);
            lines.append(json.writeValueAsString(line)).append('\n');
        }
        write(names.getFirst(), lines);
        return names;
    }

    private void write(String name, CharSequence content) {
        try {
            Files.createDirectories(staging);
            Files.writeString(staging.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + name + " into " + staging, e);
        }
    }

    @Override
    public String describe() {
        return (layout == FileLayout.single ? "one-article .txt files" : ".jsonl files")
                + " -> inbox -> ingest -> enrich -> store";
    }

    /** Removes the staging folder with whatever a run that ended early did not drop; warns when it cannot. */
    @Override
    public synchronized void close() {
        if (Files.isDirectory(staging)) {
            remove(staging, "not dropped");
        }
    }

    /** Deletes the files of a staging folder (it holds no other) and the folder; says what it did or could not. */
    private void remove(Path folder, String why) {
        List<Path> left = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            files.forEach(left::add);
            for (Path file : left) {
                Files.delete(file);
            }
            Files.delete(folder);
        } catch (IOException e) {
            // a run's exit code tells how the run went; a folder left over is not part of that
            warnings.println("pipeline-bench: cannot remove " + folder + ": " + e);
            return;
        }
        if (!left.isEmpty()) {
            warnings.printf("pipeline-bench: removed %s with %d files %s%n", folder, left.size(), why);
        }
    }
}
