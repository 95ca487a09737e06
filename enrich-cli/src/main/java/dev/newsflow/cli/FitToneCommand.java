package dev.newsflow.cli;

import dev.newsflow.cli.evaluate.GoldText;
import dev.newsflow.cli.evaluate.ToneFit;
import dev.newsflow.cli.evaluate.ToneFit.Fit;
import dev.newsflow.cli.evaluate.ToneFit.Scored;
import dev.newsflow.cli.evaluate.ToneHeldOut;
import dev.newsflow.cli.evaluate.ToneSeeds;
import dev.newsflow.nlp.NewsAnalyzer;
import dev.newsflow.nlp.sentiment.ToneScale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;

/** {@code fit-tone --gold G --texts DIR [...] [--label-shares] [--folds K]}: the document tone bars the annotated articles give, as ToneScale holds them. */
@Command(name = "fit-tone", mixinStandardHelpOptions = true, versionProvider = EngineVersionProvider.class,
        description = "Scores the tone of every gold article and prints the bars (positive at or above, negative at or "
                + "below) with the best sentiment macro-F1 on a 0.01 grid, ties to accuracy, then to the narrower neutral "
                + "band and the lower bars (with --label-shares, the bars that cut the articles' scores at their gold "
                + "label shares); "
                + "and the shipped bars beside them. Exit code 1 when they differ. With "
                + "--folds, also how bars fitted on some articles label the others: k-fold cross-validation and, with "
                + "several --gold sets, each set labelled by the bars fitted on the rest.")
final class FitToneCommand implements Callable<Integer> {

    @Mixin
    private GoldOptions gold;

    @Option(names = "--label-shares",
            description = "cut the bars where the articles' scores fall into the gold label shares (the share of "
                    + "negative articles below the negative bar, of positive ones above the positive bar), instead of "
                    + "searching the grid; cross-validated, only the training folds' scores and shares are used")
    private boolean labelShares;

    @Option(names = "--folds", paramLabel = "K",
            description = "also cross-validate the bars: fit on K-1 folds, label the held-out one, pool the labels")
    private int folds;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "which articles of a label go to which fold (default: ${DEFAULT-VALUE}); same seed, same folds")
    private long seed;

    @Option(names = "--seeds", paramLabel = "N", defaultValue = "1",
            description = "with --folds, also repeat the cross-validation with N seeds from --seed on and print the mean "
                    + "accuracy and macro-F1, overall and per gold set (default: ${DEFAULT-VALUE}, no repeat)")
    private int seeds;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (folds == 1 || folds < 0) {
            throw new ParameterException(spec.commandLine(), "--folds must be 2 or more, not " + folds);
        }
        if (seeds < 1) {
            throw new ParameterException(spec.commandLine(), "--seeds must be 1 or more, not " + seeds);
        }
        if (seeds > 1 && folds == 0) {
            throw new ParameterException(spec.commandLine(), "--seeds repeats the cross-validation: it needs --folds");
        }
        NewsAnalyzer analyzer = NewsAnalyzer.load();
        Map<String, List<Scored>> sets = new LinkedHashMap<>();
        List<Scored> scored = new ArrayList<>();
        for (Map.Entry<String, List<GoldText>> set : gold.sets().entrySet()) {
            List<Scored> setScored = new ArrayList<>();
            GoldOptions.analyse(set.getValue(), analyzer, "fit-tone", "left out", err, (article, analysis) -> {
                if (analysis != null) {
                    setScored.add(new Scored(analysis.sentiment().score(), article.sentiment()));
                }
            });
            sets.put(set.getKey(), setScored);
            scored.addAll(setScored);
        }
        if (scored.isEmpty()) {
            err.println("fit-tone: no gold article has a text");
            return 1;
        }
        if (folds > scored.size()) {
            throw new ParameterException(spec.commandLine(), "--folds is more than the " + scored.size() + " articles");
        }
        Function<List<Scored>, Fit> fitter = labelShares ? ToneFit::byShares : ToneFit::fit;
        Fit fitted = fitter.apply(scored);
        Fit shipped = ToneFit.score(ToneScale.DOCUMENT, scored);
        out.printf(Locale.ROOT, "articles  %d (negative %d, neutral %d, positive %d)%n", scored.size(),
                count(scored, -1), count(scored, 0), count(scored, 1));
        if (labelShares) {
            out.println("bars at the gold label shares");
        }
        print(out, "fitted", fitted);
        print(out, "shipped", shipped);
        if (folds != 0) {
            Function<List<Scored>, ToneScale> bars = fitter.andThen(Fit::scale);
            ToneHeldOut.folds(scored, folds, seed, bars).print(out, String.format(Locale.ROOT,
                    "cross-validated: %d folds (seed %d), each labelled by the bars fitted on the others", folds, seed));
            if (sets.size() > 1 && sets.values().stream().noneMatch(List::isEmpty)) {
                ToneHeldOut.sets(sets, bars).print(out, "across sets: each set labelled by the bars fitted on the others");
            }
            if (seeds > 1) {
                ToneSeeds.run(sets, folds, seed, seeds, bars).print(out, String.format(Locale.ROOT,
                        "cross-validated: %d folds, mean of seeds %d to %d", folds, seed, seed + seeds - 1));
            }
        }
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
