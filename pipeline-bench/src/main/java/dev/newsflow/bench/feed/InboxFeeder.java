package dev.newsflow.bench.feed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes each batch into ingest-service's inbox, as one {@code .jsonl} file or as one {@code .txt} file per article
 * ({@link FileLayout}): first under a {@code .tmp} name the inbox ignores, then renamed atomically, so ingest never
 * reads a half-written file.
 */
public final class InboxFeeder implements Feeder {

    static final String SOURCE = "pipeline-bench";

    private final Path inbox;
    private final String runId;
    private final JsonMapper json;
    private final Clock clock;
    private final FileLayout layout;

    public InboxFeeder(Path inbox, String runId, JsonMapper json, Clock clock, FileLayout layout) {
        if (!Files.isDirectory(inbox)) {
            throw new IllegalArgumentException("no inbox folder at " + inbox + " (is the pipeline running?)");
        }
        this.inbox = inbox;
        this.runId = runId;
        this.json = json;
        this.clock = clock;
        this.layout = layout;
    }

    @Override
    public Instant feed(List<BenchArticle> batch, int batchNumber) {
        if (layout == FileLayout.single) {
            // the title line, a blank line, then the body: the plain-text layout news-formats reads
            batch.forEach(article -> write("nfbench-%s-%06d.txt".formatted(runId, article.sequence()),
                    article.title() + "\n\n" + article.body() + "\n"));
            return clock.instant();
        }
        StringBuilder lines = new StringBuilder();
        for (BenchArticle article : batch) {
            Map<String, String> line = new LinkedHashMap<>();
            line.put("title", article.title());
            line.put("body", article.body());
            line.put("source", SOURCE);
            lines.append(json.writeValueAsString(line)).append('\n');
        }
        write("nfbench-%s-%05d.jsonl".formatted(runId, batchNumber), lines);
        return clock.instant();
    }

    private void write(String name, CharSequence content) {
        Path partial = inbox.resolve(name + ".tmp");
        try {
            Files.writeString(partial, content, StandardCharsets.UTF_8);
            Files.move(partial, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + name + " into " + inbox, e);
        }
    }

    @Override
    public String describe() {
        return (layout == FileLayout.single ? "one-article .txt files" : ".jsonl files")
                + " -> inbox -> ingest -> enrich -> store";
    }
}
