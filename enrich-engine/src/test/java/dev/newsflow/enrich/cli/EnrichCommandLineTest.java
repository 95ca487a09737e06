package dev.newsflow.enrich.cli;

import dev.newsflow.events.ArticleEnriched;
import dev.newsflow.events.EventJson;
import dev.newsflow.events.SentimentLabel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EnrichCommandLineTest {

    private static final String FLOOD = """
            Floods kill dozens and destroy homes across the valley

            Heavy rain caused deadly floods on Sunday, killing at least forty people and destroying hundreds of homes.

            Rescue workers said the disaster was the worst in decades, and many families lost everything.
            """;
    private static final String PRIZE = """
            Local school wins national science prize – Valley Herald

            Local school wins national science prize – Valley Herald

            Source: Valley Herald

            Pupils of the village school won the national science prize on Friday, a wonderful success that delighted teachers.

            The head teacher praised the brilliant team and said the whole town was proud and happy.
            """;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return EnrichCommandLine.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void handlesOnlyItsCommands() {
        assertThat(EnrichCommandLine.handles(new String[] {"analyze", "x.txt"})).isTrue();
        assertThat(EnrichCommandLine.handles(new String[] {"evaluate"})).isTrue();
        assertThat(EnrichCommandLine.handles(new String[] {"--server.port=0"})).isFalse();
        assertThat(EnrichCommandLine.handles(new String[0])).isFalse();
    }

    @Test
    void analyzePrintsOneEnrichedArticlePerFileOfADirectory(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("flood.txt"), FLOOD);
        Files.writeString(dir.resolve("prize.txt"), PRIZE);

        int exit = run("analyze", dir.toString());

        List<ArticleEnriched> articles = out.toString().lines()
                .map(line -> new EventJson().read(line, ArticleEnriched.class)).toList();
        assertThat(exit).isZero();
        assertThat(articles).extracting(a -> a.origin().fileName()).containsExactly("flood.txt", "prize.txt");
        ArticleEnriched flood = articles.get(0);
        ArticleEnriched prize = articles.get(1);
        assertThat(flood.title()).isEqualTo("Floods kill dozens and destroy homes across the valley");
        assertThat(flood.sentiment().label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(flood.language()).isEqualTo("en");
        assertThat(prize.title()).isEqualTo("Local school wins national science prize");
        assertThat(prize.source()).isEqualTo("Valley Herald");
        assertThat(prize.body()).startsWith("Pupils of the village school");
        assertThat(prize.sentiment().label()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(prize.keywords()).contains("national science prize");
        assertThat(err.toString()).contains("2 articles from 2 files");
    }

    @Test
    void analyzeReportsAnUnreadableFileAndGoesOnWithTheOthers(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a-empty.txt"), "\n\n");
        Files.writeString(dir.resolve("b-flood.txt"), FLOOD);

        int exit = run("analyze", dir.resolve("a-empty.txt").toString(), dir.resolve("b-flood.txt").toString(),
                dir.resolve("missing.txt").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString().lines()).hasSize(1);
        assertThat(err.toString()).contains("a-empty.txt").contains("missing.txt").contains("2 files failed");
    }

    @Test
    void evaluatePrintsTheScoreTable(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("flood.txt"), FLOOD);
        Files.writeString(dir.resolve("prize.txt"), PRIZE);
        Path gold = Files.writeString(dir.resolve("gold.jsonl"), """
                {"id": "flood", "sentiment": -1, "entities": []}
                {"id": "prize", "sentiment": 1, "entities": []}
                {"id": "absent", "sentiment": 0, "entities": [{"name": "Norway", "type": "LOCATION", "aliases": [], "alt_types": []}]}
                """);

        int exit = run("evaluate", "--gold", gold.toString(), "--texts", dir.toString());

        assertThat(exit).isZero();
        assertThat(out.toString())
                .contains("articles 3  missing 1")
                .containsPattern("LOCATION +0\\.000 +0\\.000 +0\\.000")
                .contains("sentiment     accuracy 0.667")
                .contains("thresholds    score >= 0.15 positive, <= -0.10 negative");
        assertThat(err.toString()).contains("no text for absent");
    }

    @Test
    void missingOptionIsAUsageError() {
        assertThat(run("evaluate", "--texts", "somewhere")).isEqualTo(2);
        assertThat(err.toString()).contains("--gold");
    }
}
