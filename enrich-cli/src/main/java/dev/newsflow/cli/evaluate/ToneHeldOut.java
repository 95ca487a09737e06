package dev.newsflow.cli.evaluate;

import dev.newsflow.cli.evaluate.ToneFit.Scored;
import dev.newsflow.nlp.sentiment.ToneScale;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * How well tone bars label articles they were not fitted on: the articles are split into parts, each part is labelled
 * with the bars fitted on all the other parts, and the labels of every part are pooled into one tally.
 * The in-sample figures of {@code fit-tone} flatter the bars (they are the best of 20,000 pairs on those very
 * articles); these estimate what unseen articles get.
 *
 * @param parts  each part, with the bars fitted without it and how they label it
 * @param pooled every part's labels together
 */
public record ToneHeldOut(List<Part> parts, ToneTally pooled) {

    /** One held-out part: its name, its article count, the bars fitted on the other parts and how they label it. */
    public record Part(String name, int articles, ToneScale bars, ToneTally tally) {
    }

    /** k-fold cross-validation on the folds {@link ToneFolds} deals with {@code seed}, bars fitted by {@code fitter}. */
    public static ToneHeldOut folds(List<Scored> articles, int folds, long seed, Function<List<Scored>, ToneScale> fitter) {
        int[] fold = ToneFolds.assign(articles, folds, seed);
        ToneTally pooled = new ToneTally();
        List<Part> parts = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            parts.add(part("fold " + (f + 1), fitter.apply(ToneFolds.select(articles, fold, f, false)),
                    ToneFolds.select(articles, fold, f, true), pooled));
        }
        return new ToneHeldOut(parts, pooled);
    }

    /** Each named set labelled with the bars {@code fitter} fits on all the other sets (at least two sets). */
    public static ToneHeldOut sets(Map<String, List<Scored>> sets, Function<List<Scored>, ToneScale> fitter) {
        if (sets.size() < 2) {
            throw new IllegalArgumentException("need two sets or more, not " + sets.size());
        }
        ToneTally pooled = new ToneTally();
        List<Part> parts = new ArrayList<>();
        sets.forEach((name, held) -> {
            List<Scored> others = new ArrayList<>();
            sets.forEach((other, articles) -> {
                if (!other.equals(name)) {
                    others.addAll(articles);
                }
            });
            parts.add(part(name, fitter.apply(others), held, pooled));
        });
        return new ToneHeldOut(parts, pooled);
    }

    private static Part part(String name, ToneScale bars, List<Scored> held, ToneTally pooled) {
        ToneTally tally = new ToneTally();
        for (Scored article : held) {
            tally.add(article.gold(), bars.label(article.score()));
            pooled.add(article.gold(), bars.label(article.score()));
        }
        return new Part(name, held.size(), bars, tally);
    }

    public void print(PrintWriter out, String title) {
        out.println(title);
        for (Part part : parts) {
            out.printf(Locale.ROOT, "  %-22s %4d articles  %s  accuracy %.3f  macro-F1 %.3f%n", part.name(),
                    part.articles(), part.bars(), part.tally().accuracy(), part.tally().macroF1());
        }
        out.printf(Locale.ROOT, "  %-22s %4d articles  accuracy %.3f  macro-F1 %.3f%n", "pooled",
                parts.stream().mapToInt(Part::articles).sum(), pooled.accuracy(), pooled.macroF1());
        ToneTally.printConfusion(out, pooled.confusion());
    }
}
