package dev.newsflow.bench.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.events.EventJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class InboxFeederTest {

    @TempDir
    Path inbox;

    private final JsonMapper json = new EventJson().mapper();
    private final ByteArrayOutputStream warned = new ByteArrayOutputStream();
    private final PrintStream warnings = new PrintStream(warned, true, StandardCharsets.UTF_8);

    @Test
    void writesOneJsonLinesFileWithEveryArticleOfTheBatchAndNoPartialFile() throws IOException {
        List<BenchArticle> batch = List.of(new BenchArticle(0, "Port strike ends", "Dockers voted."),
                new BenchArticle(1, "Wheat price falls", "A large harvest."));

        new InboxFeeder(inbox, "0badcafe", json, Clock.systemUTC(), FileLayout.jsonl, warnings).feed(batch, 3);

        assertThat(visible()).containsExactly("nfbench-0badcafe-00003.jsonl");
        List<String> lines = Files.readAllLines(inbox.resolve("nfbench-0badcafe-00003.jsonl"));
        assertThat(lines).hasSize(2);
        assertThat(json.readTree(lines.get(1)).path("title").asString()).isEqualTo("Wheat price falls");
        assertThat(json.readTree(lines.get(1)).path("body").asString()).isEqualTo("A large harvest.");
    }

    @Test
    void writesOneTextFilePerArticleWhenAskedForSingleFiles() throws IOException {
        List<BenchArticle> batch = List.of(new BenchArticle(7, "Port strike ends", "Dockers voted."),
                new BenchArticle(8, "Wheat price falls", "A large harvest."));

        new InboxFeeder(inbox, "0badcafe", json, Clock.systemUTC(), FileLayout.single, warnings).feed(batch, 3);

        assertThat(visible()).containsExactly("nfbench-0badcafe-000007.txt", "nfbench-0badcafe-000008.txt");
        assertThat(Files.readString(inbox.resolve("nfbench-0badcafe-000008.txt")))
                .isEqualTo("Wheat price falls\n\nA large harvest.\n");
    }

    /**
     * Written before the run's clock starts, out of ingest's sight; each batch then appears in the inbox at once, and
     * what a run that ended early did not drop goes away with the feeder.
     */
    @Test
    void aPreparedPlanIsDroppedABatchAtATimeAndWhatIsLeftIsRemovedAtTheEnd() throws IOException {
        LoadPlan plan = new LoadPlan(List.of(new BenchArticle(0, "Port strike ends", "Dockers voted."),
                new BenchArticle(1, "Wheat price falls", "A large harvest."),
                new BenchArticle(2, "Ferry fares rise", "From May.")), 2);

        try (InboxFeeder feeder = new InboxFeeder(inbox, "0badcafe", json, Clock.systemUTC(), FileLayout.single, warnings)) {
            feeder.prepare(plan);
            assertThat(visible()).isEmpty();

            feeder.feed(plan.batches().getFirst(), 0);
            assertThat(visible()).containsExactly("nfbench-0badcafe-000000.txt", "nfbench-0badcafe-000001.txt");
            assertThat(Files.readString(inbox.resolve("nfbench-0badcafe-000001.txt")))
                    .isEqualTo("Wheat price falls\n\nA large harvest.\n");
        }
        try (Stream<Path> files = Files.list(inbox).sorted()) {
            assertThat(files).extracting(p -> p.getFileName().toString())
                    .containsExactly("nfbench-0badcafe-000000.txt", "nfbench-0badcafe-000001.txt");
        }
    }

    /** Ingest waits until a file is min-age old by its modification time: a dropped file must look just dropped. */
    @Test
    void aPreparedFileIsModifiedWhenItIsDroppedNotWhenItWasWritten() throws IOException {
        LoadPlan plan = new LoadPlan(List.of(new BenchArticle(0, "Port strike ends", "Dockers voted.")), 1);
        Instant dropped = Instant.parse("2030-01-01T12:00:00Z");

        try (InboxFeeder feeder = new InboxFeeder(inbox, "0badcafe", json, Clock.fixed(dropped, ZoneOffset.UTC),
                FileLayout.single, warnings)) {
            feeder.prepare(plan);
            feeder.feed(plan.batches().getFirst(), 0);
        }

        assertThat(Files.getLastModifiedTime(inbox.resolve("nfbench-0badcafe-000000.txt")).toInstant())
                .isEqualTo(dropped);
    }

    /** A run killed before its close() leaves its hidden folder, which ingest never reads: the next run removes it. */
    @Test
    void anEarlierRunsLeftoverFolderIsRemovedAndSaidSo() throws IOException {
        Path leftover = Files.createDirectories(inbox.resolve(".nfbench-deadbeef"));
        Files.writeString(leftover.resolve("nfbench-deadbeef-000000.txt"), "Port strike ends\n\nDockers voted.\n");
        Files.writeString(leftover.resolve("nfbench-deadbeef-000001.txt"), "Wheat price falls\n\nA large harvest.\n");
        Path unrelated = Files.createDirectories(inbox.resolve(".archive"));

        try (InboxFeeder feeder = new InboxFeeder(inbox, "0badcafe", json, Clock.systemUTC(), FileLayout.single,
                warnings)) {
            feeder.prepare(new LoadPlan(List.of(new BenchArticle(0, "Ferry fares rise", "From May.")), 1));

            assertThat(leftover).doesNotExist();
            assertThat(unrelated).isDirectory();
            assertThat(inbox.resolve(".nfbench-0badcafe")).isDirectory();
            assertThat(warned.toString(StandardCharsets.UTF_8)).contains(".nfbench-deadbeef").contains("2 files");
        }
    }

    /** The run's result decides the exit code: a folder that will not go away is only worth a warning. */
    @Test
    void aStagingFolderThatCannotBeRemovedIsAWarningNotAFailure() throws IOException {
        InboxFeeder feeder = new InboxFeeder(inbox, "0badcafe", json, Clock.systemUTC(), FileLayout.single, warnings);
        feeder.prepare(new LoadPlan(List.of(new BenchArticle(0, "Ferry fares rise", "From May.")), 1));
        // something the feeder did not write, and deleting a non-empty folder as a file fails
        Files.writeString(Files.createDirectories(inbox.resolve(".nfbench-0badcafe/kept")).resolve("note"), "x");

        feeder.close();

        assertThat(warned.toString(StandardCharsets.UTF_8)).contains("cannot remove").contains(".nfbench-0badcafe");
    }

    @Test
    void saysWhenThereIsNoInbox() {
        assertThatThrownBy(() -> new InboxFeeder(inbox.resolve("missing"), "0badcafe", json, Clock.systemUTC(), FileLayout.jsonl, warnings))
                .hasMessageContaining("is the pipeline running?");
    }

    /** The inbox entries ingest looks at: hidden ones it does not. */
    private List<String> visible() throws IOException {
        try (Stream<Path> files = Files.list(inbox)) {
            return files.map(p -> p.getFileName().toString()).filter(name -> !name.startsWith(".")).sorted().toList();
        }
    }
}
