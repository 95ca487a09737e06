package dev.newsflow.cli;

import dev.newsflow.cli.evaluate.ErrorListing;
import dev.newsflow.cli.evaluate.GoldText;
import dev.newsflow.cli.evaluate.Scoreboard;
import dev.newsflow.cli.evaluate.TaggerEvaluation;
import dev.newsflow.cli.train.TrainingCorpus;
import dev.newsflow.nlp.NewsAnalyzer;
import dev.newsflow.nlp.entity.EntityData;
import dev.newsflow.nlp.entity.TaggerWorkbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code evaluate --gold GOLD.jsonl --texts DIR}: scores the engine against a gold file and prints the table. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, versionProvider = EngineVersionProvider.class,
        description = "Scores the engine against gold annotations (document-level entities and sentiment, the rules "
                + "of the corpus' ANNOTATION.md) and prints precision/recall/F1, the entity type confusion, sentiment accuracy/macro-F1 and confusion; with "
                + "--errors, each article's entity errors; with --ner, the tagger's "
                + "span-level scores on held-out CoNLL data.")
final class EvaluateCommand implements Callable<Integer> {

    @Mixin
    private GoldOptions gold;

    @Option(names = "--ner", paramLabel = "DIR",
            description = "also score the entity tagger's spans on DIR's gum-test and held-out wikigold fold")
    private Path ner;

    @Option(names = "--errors",
            description = "also list each article's entity errors (wrong type, span cut or overrun, missed, "
                    + "spurious) and how many there are of each kind and pair of types")
    private boolean errors;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<GoldText> articles = gold.articles();
        EntityData data = EntityData.load();
        NewsAnalyzer analyzer = NewsAnalyzer.load(data);
        Scoreboard scoreboard = new Scoreboard();
        GoldOptions.analyse(articles, analyzer, "evaluate", "counted as missed", err, (article, analysis) ->
                scoreboard.add(article, analysis == null ? null : analysis.entities(),
                        analysis == null ? null : analysis.sentiment().label()));
        scoreboard.report().print(out);
        if (errors) {
            new ErrorListing(scoreboard.errors()).print(out);
        }
        if (ner != null) {
            new TaggerEvaluation(TrainingCorpus.readHeldOut(ner)).print(TaggerWorkbench.load(data), data.model(), out);
        }
        out.flush();
        return 0;
    }
}
