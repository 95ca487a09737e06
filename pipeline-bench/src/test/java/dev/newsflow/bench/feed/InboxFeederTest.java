package dev.newsflow.bench.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.events.EventJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class InboxFeederTest {

    @TempDir
    Path inbox;

    private final JsonMapper json = new EventJson().mapper();

    @Test
    void writesOneJsonLinesFileWithEveryArticleOfTheBatchAndNoPartialFile() throws IOException {
        List<BenchArticle> batch = List.of(new BenchArticle(0, "Port strike ends", "Dockers voted."),
                new BenchArticle(1, "Wheat price falls", "A large harvest."));

        new InboxFeeder(inbox, "0badcafe", json, Clock.systemUTC(), FileLayout.jsonl).feed(batch, 3);

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

        new InboxFeeder(inbox, "0badcafe", json, Clock.systemUTC(), FileLayout.single).feed(batch, 3);

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

        try (InboxFeeder feeder = new InboxFeeder(inbox, "0badcafe", json, Clock.systemUTC(), FileLayout.single)) {
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

    @Test
    void saysWhenThereIsNoInbox() {
        assertThatThrownBy(() -> new InboxFeeder(inbox.resolve("missing"), "0badcafe", json, Clock.systemUTC(), FileLayout.jsonl))
                .hasMessageContaining("is the pipeline running?");
    }

    /** The inbox entries ingest looks at: hidden ones it does not. */
    private List<String> visible() throws IOException {
        try (Stream<Path> files = Files.list(inbox)) {
            return files.map(p -> p.getFileName().toString()).filter(name -> !name.startsWith(".")).sorted().toList();
        }
    }
}
