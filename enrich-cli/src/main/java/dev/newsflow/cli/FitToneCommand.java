package dev.newsflow.cli;

import dev.newsflow.cli.evaluate.GoldText;
import dev.newsflow.cli.evaluate.ToneFit;
import dev.newsflow.cli.evaluate.ToneFit.Fit;
import dev.newsflow.cli.evaluate.ToneFit.Scored;
import dev.newsflow.nlp.NewsAnalyzer;
import dev.newsflow.nlp.sentiment.ToneScale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code fit-tone --gold G --texts DIR [...]}: the document tone bars the annotated articles give, as ToneScale holds them. */
@Command(name = "fit-tone", mixinStandardHelpOptions = true,
        description = "Scores the tone of every gold article and prints the bars (positive at or above, negative at or "
                + "below) with the best sentiment macro-F1 on a 0.01 grid, ties to accuracy, then to the narrower neutral "
                + "band and the lower bars; and the shipped bars beside them. Exit code 1 when they differ.")
final class FitToneCommand implements Callable<Integer> {

    @Mixin
    private GoldOptions gold;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<GoldText> articles = gold.articles();
        NewsAnalyzer analyzer = NewsAnalyzer.load();
        List<Scored> scored = new ArrayList<>();
        GoldOptions.analyse(articles, analyzer, "fit-tone", "left out", err, (article, analysis) -> {
            if (analysis != null) {
                scored.add(new Scored(analysis.sentiment().score(), article.sentiment()));
            }
        });
        if (scored.isEmpty()) {
            err.println("fit-tone: no gold article has a text");
            return 1;
        }
        Fit fitted = ToneFit.fit(scored);
        Fit shipped = ToneFit.score(ToneScale.DOCUMENT, scored);
        out.printf(Locale.ROOT, "articles  %d (negative %d, neutral %d, positive %d)%n", scored.size(),
                count(scored, -1), count(scored, 0), count(scored, 1));
        print(out, "fitted", fitted);
        print(out, "shipped", shipped);
        out.flush();
        return fitted.scale().equals(shipped.scale()) ? 0 : 1;
    }

    private static void print(PrintWriter out, String name, Fit fit) {
        out.printf(Locale.ROOT, "%-9s %s  accuracy %.3f  macro-F1 %.3f%n", name, fit.scale(), fit.accuracy(),
                fit.macroF1());
    }

    private static long count(List<Scored> scored, int gold) {
        return scored.stream().filter(article -> article.gold() == gold).count();
    }
}
