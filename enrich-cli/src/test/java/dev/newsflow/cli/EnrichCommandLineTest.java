package dev.newsflow.cli;

import dev.newsflow.events.ArticleEnriched;
import dev.newsflow.events.EventJson;
import dev.newsflow.events.NamedEntity;
import dev.newsflow.events.SentimentLabel;
import dev.newsflow.nlp.sentiment.ToneScale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

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
    void aMisspeltCommandIsNamedWithTheCommandsThereAreInsteadOfStartingTheService() {
        assertThat(EnrichCommandLine.handles(new String[] {"analyse", "x.txt"})).isTrue();

        int exit = run("analyse", "x.txt");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("analyse").contains("analyze");
    }

    @Test
    void theVersionIsTheEnginesAsItsArticlesCarryIt() {
        assertThat(EnrichCommandLine.handles(new String[] {"--version"})).isTrue();

        assertThat(run("--version")).isZero();
        assertThat(run("analyze", "-V")).isZero();

        assertThat(out.toString()).containsPattern("(?s)newsflow enrich engine newsflow-nlp-\\d+-\\p{XDigit}{12}.*"
                + "newsflow enrich engine newsflow-nlp-");
    }

    @Test
    void analyzesHelpNamesEveryExtensionTheReadersRead() {
        int exit = run("analyze", "--help");

        assertThat(exit).isZero();
        assertThat(out.toString().replaceAll("\\s+", " ")).contains(".txt, .text, .md").contains(".xhtml")
                .contains(".rdf, each optionally .gz");
    }

    @Test
    void handlesWordsAndHelpButNotTheServicesOptions() {
        assertThat(EnrichCommandLine.handles(new String[] {"analyze", "x.txt"})).isTrue();
        assertThat(EnrichCommandLine.handles(new String[] {"evaluate"})).isTrue();
        assertThat(EnrichCommandLine.handles(new String[] {"identity"})).isTrue();
        assertThat(EnrichCommandLine.handles(new String[] {"fit-tone"})).isTrue();
        assertThat(EnrichCommandLine.handles(new String[] {"train"})).isTrue();
        assertThat(EnrichCommandLine.handles(new String[] {"--help"})).isTrue();
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
    void analyzeReadsEveryFormatIngestReads(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.md"), """
                ---
                title: Harbour bridge reopens after repairs
                publisher: Coast Courier
                ---
                The harbour bridge reopened on Monday after six months of repairs, the city said.
                """);
        Files.writeString(dir.resolve("b.html"), """
                <html lang="en"><head><title>Museum opens new wing</title>
                <meta property="og:site_name" content="Town Gazette"></head>
                <body><nav>Home | News</nav><article><p>The museum opened a new wing on Saturday.</p></article></body></html>
                """);
        Files.writeString(dir.resolve("c.rss"), """
                <?xml version="1.0"?><rss version="2.0"><channel><title>Valley Radio</title>
                <item><title>Ferry service resumes</title><description>The ferry ran again on Friday.</description></item>
                <item><title>Library extends hours</title><description>The library now opens on Sundays.</description></item>
                </channel></rss>
                """);
        Files.write(dir.resolve("d.jsonl.gz"), gzip("""
                {"title": "Rail strike ends", "body": "Train drivers went back to work on Tuesday.", "source": {"dataset": "ours"}}
                """));
        Files.writeString(dir.resolve("notes.pdf"), "not an article");

        int exit = run("analyze", dir.toString());

        List<ArticleEnriched> articles = out.toString().lines()
                .map(line -> new EventJson().read(line, ArticleEnriched.class)).toList();
        assertThat(exit).as(err.toString()).isZero();
        assertThat(articles).extracting(ArticleEnriched::title).containsExactly("Harbour bridge reopens after repairs",
                "Museum opens new wing", "Ferry service resumes", "Library extends hours", "Rail strike ends");
        assertThat(articles).extracting(a -> a.origin().format()).containsExactly("md", "html", "rss", "rss", "jsonl");
        assertThat(articles).extracting(ArticleEnriched::source)
                .containsExactly("Coast Courier", "Town Gazette", "Valley Radio", "Valley Radio", null);
        assertThat(articles.get(1).body()).doesNotContain("Home | News");
        assertThat(err.toString()).contains("5 articles from 4 files").doesNotContain("notes.pdf");
    }

    @Test
    void analyzeLeavesTheSiteNamedInAPagesTitleOutOfItsEntities(@TempDir Path dir) throws IOException {
        Path page = Files.writeString(dir.resolve("quay.html"), """
                <html lang="en"><head><title>Quay opening delayed | Harbour Gazette</title>
                <meta property="og:title" content="Council delays the opening of the new quay in Portsmouth | Harbour Gazette">
                <meta property="og:site_name" content="Harbour Gazette"></head>
                <body><article><p>The city council has put off the opening of the rebuilt quay in Portsmouth until the
                spring, after engineers found cracks in two of its piers.</p>
                <p>Council leader Martin Hale said the repairs would cost far more than planned.</p></article></body></html>
                """);

        int exit = run("analyze", page.toString());

        ArticleEnriched article = new EventJson().read(out.toString().strip(), ArticleEnriched.class);
        assertThat(exit).as(err.toString()).isZero();
        assertThat(article.title()).isEqualTo("Council delays the opening of the new quay in Portsmouth | Harbour Gazette");
        assertThat(article.source()).isEqualTo("Harbour Gazette");
        assertThat(article.entities()).extracting(NamedEntity::name).contains("Portsmouth", "Martin Hale")
                .noneMatch(name -> name.contains("Gazette"));
    }

    @Test
    void analyzeReportsABadRecordAndKeepsTheOthersOfTheFile(@TempDir Path dir) throws IOException {
        Path batch = Files.writeString(dir.resolve("batch.jsonl"), """
                {"title": "Rail strike ends", "body": "Train drivers went back to work on Tuesday."}
                {"title": "No body here"}
                {"title": "Ferry service resumes", "body": "The ferry ran again on Friday."}
                """);

        int exit = run("analyze", batch.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString().lines()).hasSize(2);
        assertThat(err.toString()).contains("batch.jsonl line 2").contains("1 records skipped");
    }

    @Test
    void analyzeReportsAnUnreadableFileAndGoesOnWithTheOthers(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a-empty.txt"), "\n\n");
        Files.writeString(dir.resolve("b-flood.txt"), FLOOD);

        int exit = run("analyze", dir.resolve("a-empty.txt").toString(), dir.resolve("b-flood.txt").toString(),
                dir.resolve("missing.txt").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString().lines()).hasSize(1);
        assertThat(err.toString()).contains("a-empty.txt").contains("missing.txt: no such file")
                .contains("2 files failed");
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
                .contains(String.format(Locale.ROOT, "thresholds    score >= %.2f positive, <= %.2f negative",
                        ToneScale.DOCUMENT.positiveAt(), ToneScale.DOCUMENT.negativeAt()))
                .containsPattern("neutral +0 +0 +0 +1\\R"); // the absent article: gold neutral, no prediction
        assertThat(err.toString()).contains("no text for absent");
    }

    @Test
    void evaluateListsErrorsAndPrintsTheEntityTypeConfusion(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("talk.txt"), """
                Ferry talks resume

                Kellan Brody said on Monday that the ferry talks would resume next week.
                """);
        Path gold = Files.writeString(dir.resolve("gold.jsonl"), """
                {"id": "talk", "sentiment": 0, "entities": [{"name": "Kellan Brody", "type": "ORGANIZATION", "aliases": [], "alt_types": []}, {"name": "Ostmark Ferry Board", "type": "ORGANIZATION", "aliases": [], "alt_types": []}]}
                """);

        assertThat(run("evaluate", "--gold", gold.toString(), "--texts", dir.toString())).isZero();
        assertThat(out.toString()).containsPattern("confusion +gold \\\\ predicted +PERSON +ORGANIZATION +LOCATION +missed")
                .containsPattern("ORGANIZATION +1 +0 +0 +1\\R").doesNotContain("errors (");

        assertThat(run("evaluate", "--gold", gold.toString(), "--texts", dir.toString(), "--errors")).isZero();
        assertThat(out.toString()).containsPattern("(?m)^talk$")
                .containsPattern("type +\"Kellan Brody\" +ORGANIZATION +\"Kellan Brody\" +PERSON")
                .containsPattern("missed +\"Ostmark Ferry Board\" +ORGANIZATION")
                .containsPattern("1 +missed +ORGANIZATION +-> -");
    }

    @Test
    void fitTonePrintsTheBarsTheGoldArticlesGiveBesideTheShippedOnes(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("flood.txt"), FLOOD);
        Files.writeString(dir.resolve("prize.txt"), PRIZE);
        Files.writeString(dir.resolve("meeting.txt"), "Council meeting\n\nThe committee meets on Tuesday in the town hall. "
                + "It will publish its minutes next month.\n");
        Path gold = Files.writeString(dir.resolve("gold.jsonl"), """
                {"id": "flood", "sentiment": -1, "entities": []}
                {"id": "meeting", "sentiment": 0, "entities": []}
                {"id": "prize", "sentiment": 1, "entities": []}
                {"id": "absent", "sentiment": 1, "entities": []}
                """);

        int exit = run("fit-tone", "--gold", gold.toString(), "--texts", dir.toString());

        // three articles a scale can tell apart: the narrowest neutral band around the neutral one's score of 0
        assertThat(out.toString())
                .contains("articles  3 (negative 1, neutral 1, positive 1)")
                .contains("fitted    ToneScale[positiveAt=0.01, negativeAt=-0.01]  accuracy 1.000  macro-F1 1.000")
                .contains("shipped   " + ToneScale.DOCUMENT + "  accuracy 1.000  macro-F1 1.000");
        assertThat(exit).as("the fitted bars are not the shipped ones").isEqualTo(1);
        assertThat(err.toString()).contains("no text for absent");
    }

    @Test
    void fitToneWithFoldsLabelsEachFoldAndEachSetWithBarsFittedWithoutIt(@TempDir Path dir) throws IOException {
        String meeting = "Council meeting\n\nThe committee meets on Tuesday in the town hall.\n";
        List<Path> golds = new ArrayList<>();
        for (String set : List.of("one", "two")) {
            Path texts = Files.createDirectories(dir.resolve(set));
            Files.writeString(texts.resolve("flood.txt"), FLOOD);
            Files.writeString(texts.resolve("prize.txt"), PRIZE);
            Files.writeString(texts.resolve("meeting.txt"), meeting);
            golds.add(Files.writeString(dir.resolve(set + ".jsonl"), """
                    {"id": "flood", "sentiment": -1, "entities": []}
                    {"id": "meeting", "sentiment": 0, "entities": []}
                    {"id": "prize", "sentiment": 1, "entities": []}
                    """));
        }

        run("fit-tone", "--gold", golds.get(0).toString(), "--texts", dir.resolve("one").toString(),
                "--gold", golds.get(1).toString(), "--texts", dir.resolve("two").toString(), "--folds", "3");

        assertThat(out.toString())
                .contains("cross-validated: 3 folds (seed 1), each labelled by the bars fitted on the others")
                .containsPattern("fold 3 +2 articles +ToneScale\\[")
                .contains("across sets: each set labelled by the bars fitted on the others")
                .containsPattern("one\\.jsonl +3 articles +ToneScale\\[.*accuracy 1\\.000")
                .containsPattern("pooled +6 articles +accuracy 1\\.000");
        run("fit-tone", "--gold", golds.get(0).toString(), "--texts", dir.resolve("one").toString(),
                "--gold", golds.get(1).toString(), "--texts", dir.resolve("two").toString(), "--folds", "3",
                "--seeds", "4");
        assertThat(out.toString())
                .contains("cross-validated: 3 folds, mean of seeds 1 to 4")
                .containsPattern("mean +accuracy 1\\.000 \\(1\\.00 to 1\\.00\\) +macro-F1 1\\.000")
                .containsPattern("two\\.jsonl +accuracy 1\\.000 +macro-F1 1\\.000");
        assertThat(run("fit-tone", "--gold", golds.get(0).toString(), "--texts", dir.resolve("one").toString(),
                "--folds", "1")).isEqualTo(2);
        assertThat(err.toString()).contains("--folds must be 2 or more");
    }

    @Test
    void fitToneByLabelSharesCutsTheArticlesScoresAtTheGoldShares(@TempDir Path dir) throws IOException {
        Path texts = Files.createDirectories(dir.resolve("texts"));
        Files.writeString(texts.resolve("flood.txt"), FLOOD);
        Files.writeString(texts.resolve("prize.txt"), PRIZE);
        Files.writeString(texts.resolve("meeting.txt"), "Council meeting\n\nThe committee meets on Tuesday.\n");
        Path gold = Files.writeString(dir.resolve("gold.jsonl"), """
                {"id": "flood", "sentiment": -1, "entities": []}
                {"id": "meeting", "sentiment": 0, "entities": []}
                {"id": "prize", "sentiment": 1, "entities": []}
                """);

        run("fit-tone", "--gold", gold.toString(), "--texts", texts.toString(), "--label-shares");

        // a third of the three articles is negative and a third positive: a bar on each side of the meeting
        assertThat(out.toString()).contains("bars at the gold label shares")
                .containsPattern("fitted +ToneScale\\[positiveAt=0\\.\\d+, negativeAt=-0\\.\\d+\\] +accuracy 1\\.000");
    }

    @Test
    void goldFilesOfOneNameInTwoDirectoriesAreTwoSetsButOneFileTwiceIsRefused(@TempDir Path dir) throws IOException {
        List<String> args = new ArrayList<>(List.of("fit-tone"));
        for (String set : List.of("a", "b")) {
            Path texts = Files.createDirectories(dir.resolve(set));
            Files.writeString(texts.resolve("flood.txt"), FLOOD);
            Files.writeString(texts.resolve("prize.txt"), PRIZE);
            Path gold = Files.writeString(texts.resolve("gold.jsonl"), """
                    {"id": "flood", "sentiment": -1, "entities": []}
                    {"id": "prize", "sentiment": 1, "entities": []}
                    """);
            args.addAll(List.of("--gold", gold.toString(), "--texts", texts.toString()));
        }

        assertThat(run(args.toArray(String[]::new))).isNotEqualTo(2);
        assertThat(out.toString()).containsPattern("articles +4 ");

        Path again = dir.resolve("b").resolve("..").resolve("a").resolve("gold.jsonl");
        assertThat(run("fit-tone", "--gold", args.get(2), "--texts", args.get(4), "--gold", again.toString(), "--texts",
                dir.resolve("a").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("gold file given twice: " + again);
    }

    @Test
    void identityJudgesIdsAcrossTheArticlesOfSeveralGoldFiles(@TempDir Path dir) throws IOException {
        Path first = Files.createDirectories(dir.resolve("first"));
        Path second = Files.createDirectories(dir.resolve("second"));
        Files.writeString(first.resolve("grain.txt"), "Grain exports rise\n\nExports to the US rose in May, traders said.\n");
        Files.writeString(second.resolve("steel.txt"),
                "Steel sales fall\n\nSteel sales to the United States fell in June, traders said.\n");
        Path firstGold = Files.writeString(dir.resolve("first.jsonl"),
                "{\"id\": \"grain\", \"sentiment\": 1, \"entities\": [{\"name\": \"US\", \"type\": \"LOCATION\"}]}\n");
        Path secondGold = Files.writeString(dir.resolve("second.jsonl"), "{\"id\": \"steel\", \"sentiment\": -1, "
                + "\"entities\": [{\"name\": \"United States\", \"type\": \"LOCATION\", \"aliases\": [\"US\"]}]}\n");

        int exit = run("identity", "--gold", firstGold.toString(), "--texts", first.toString(),
                "--gold", secondGold.toString(), "--texts", second.toString());

        assertThat(exit).isZero();
        assertThat(out.toString())
                .containsPattern("known countries and organisations in 2\\+ articles +1 +one id +1 +1\\.000")
                .containsPattern("gold entities found +1 +merged +0 +0\\.000");
    }

    @Test
    void evaluateAndIdentityNeedOneTextsDirectoryPerGoldFileAlike() {
        for (String command : List.of("identity", "evaluate", "fit-tone")) {
            err.getBuffer().setLength(0);
            assertThat(run(command, "--gold", "a.jsonl", "--gold", "b.jsonl", "--texts", "a")).isEqualTo(2);
            assertThat(err.toString()).as(command).contains("one --texts for each --gold");
        }
    }

    @Test
    void evaluateScoresSeveralGoldSetsAsOne(@TempDir Path dir) throws IOException {
        Path one = Files.createDirectory(dir.resolve("one"));
        Path two = Files.createDirectory(dir.resolve("two"));
        Files.writeString(one.resolve("flood.txt"), FLOOD);
        Files.writeString(two.resolve("prize.txt"), PRIZE);
        Path goldOne = Files.writeString(dir.resolve("one.jsonl"), "{\"id\": \"flood\", \"sentiment\": -1, \"entities\": []}\n");
        Path goldTwo = Files.writeString(dir.resolve("two.jsonl"), "{\"id\": \"prize\", \"sentiment\": 1, \"entities\": []}\n");

        int exit = run("evaluate", "--gold", goldOne.toString(), "--texts", one.toString(),
                "--gold", goldTwo.toString(), "--texts", two.toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("articles 2  missing 0").contains("sentiment     accuracy 1.000");
        assertThat(run("evaluate", "--gold", goldOne.toString(), "--gold", goldTwo.toString(), "--texts", one.toString()))
                .isEqualTo(2);
    }

    @Test
    void evaluateScoresTheTaggerOnTheHeldOutFilesWithoutNeedingTheTrainingFiles(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("flood.txt"), FLOOD);
        Path gold = Files.writeString(dir.resolve("gold.jsonl"), "{\"id\": \"flood\", \"sentiment\": -1, \"entities\": []}\n");
        Path ner = Files.createDirectory(dir.resolve("ner"));
        String conll = """
                -DOCSTART-\tO
                # doc = fixture

                Maria\tB-PER
                Lindqvist\tI-PER
                visited\tO
                Tallinn\tB-LOC
                .\tO
                """;
        Files.writeString(ner.resolve("gum-test.conll"), conll);
        Files.writeString(ner.resolve("wikigold.conll"), conll.repeat(5)); // the 5th document is held out

        int exit = run("evaluate", "--gold", gold.toString(), "--texts", dir.toString(), "--ner", ner.toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("articles 1  missing 0").contains("gum-test.conll").contains("wikigold.conll");
    }

    @Test
    void missingOptionIsAUsageError() {
        assertThat(run("evaluate", "--texts", "somewhere")).isEqualTo(2);
        assertThat(err.toString()).contains("--gold");
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
