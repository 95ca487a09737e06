package dev.newsflow.enrich.cli;

import dev.newsflow.enrich.cli.evaluate.GoldArticle;
import dev.newsflow.enrich.cli.evaluate.Scoreboard;
import dev.newsflow.enrich.cli.read.ArticleFiles;
import dev.newsflow.enrich.nlp.Analysis;
import dev.newsflow.enrich.nlp.NewsAnalyzer;
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
                + "of the corpus' ANNOTATION.md) and prints precision/recall/F1 and sentiment accuracy/macro-F1.")
final class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "GOLD.jsonl", description = "gold annotations, one article per line")
    private Path gold;

    @Option(names = "--texts", required = true, paramLabel = "DIR", description = "directory with one <id>.txt per gold article")
    private Path texts;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        EventJson json = new EventJson();
        List<GoldArticle> golds = Files.readAllLines(gold).stream()
                .filter(line -> !line.isBlank())
                .map(line -> json.read(line, GoldArticle.class))
                .toList();
        NewsAnalyzer analyzer = NewsAnalyzer.load();
        ArticleFiles files = new ArticleFiles(Clock.systemUTC());
        Scoreboard scoreboard = new Scoreboard();
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
        scoreboard.report().print(out);
        out.flush();
        return 0;
    }
}
