package dev.newsflow.cli;

import dev.newsflow.cli.evaluate.GoldArticle;
import dev.newsflow.cli.evaluate.Scoreboard;
import dev.newsflow.cli.evaluate.TaggerEvaluation;
import dev.newsflow.cli.train.TrainingCorpus;
import dev.newsflow.cli.read.ArticleFiles;
import dev.newsflow.nlp.Analysis;
import dev.newsflow.nlp.NewsAnalyzer;
import dev.newsflow.events.ArticleIngested;
import dev.newsflow.events.EventJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code evaluate --gold GOLD.jsonl --texts DIR}: scores the engine against a gold file and prints the table. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Scores the engine against gold annotations (document-level entities and sentiment, the rules "
                + "of the corpus' ANNOTATION.md) and prints precision/recall/F1, sentiment accuracy/macro-F1 and confusion; with --ner, the tagger's "
                + "span-level scores on held-out CoNLL data.")
final class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "GOLD.jsonl",
            description = "gold annotations, one article per line; repeat with --texts to score several sets as one")
    private List<Path> golds;

    @Option(names = "--texts", required = true, paramLabel = "DIR",
            description = "directory with one <id>.txt per article of the --gold at the same position")
    private List<Path> texts;

    @Option(names = "--ner", paramLabel = "DIR",
            description = "also score the entity tagger's spans on DIR's gum-test and held-out wikigold fold")
    private Path ner;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (golds.size() != texts.size()) {
            err.println("evaluate: give one --texts DIR per --gold file");
            return 2;
        }
        EventJson json = new EventJson();
        NewsAnalyzer analyzer = NewsAnalyzer.load();
        ArticleFiles files = new ArticleFiles(Clock.systemUTC());
        Scoreboard scoreboard = new Scoreboard();
        for (int set = 0; set < golds.size(); set++) {
            score(golds.get(set), texts.get(set), json, analyzer, files, scoreboard, err);
        }
        scoreboard.report().print(out);
        if (ner != null) {
            new TaggerEvaluation(TrainingCorpus.read(ner)).print(out);
        }
        out.flush();
        return 0;
    }

    private static void score(Path gold, Path texts, EventJson json, NewsAnalyzer analyzer, ArticleFiles files,
            Scoreboard scoreboard, PrintWriter err) throws IOException {
        List<GoldArticle> golds = Files.readAllLines(gold).stream()
                .filter(line -> !line.isBlank())
                .map(line -> json.read(line, GoldArticle.class))
                .toList();
        for (GoldArticle article : golds) {
            Path text = texts.resolve(article.id() + ".txt");
            if (!Files.isRegularFile(text)) {
                err.printf("evaluate: no text for %s (looked for %s); counted as missed%n", article.id(), text);
                scoreboard.add(article, null, null);
                continue;
            }
            ArticleIngested raw = files.read(text).articles().getFirst();
            Analysis analysis = analyzer.analyze(raw.title(), raw.body());
            scoreboard.add(article, analysis.entities(), analysis.sentiment().label());
        }
    }
}
