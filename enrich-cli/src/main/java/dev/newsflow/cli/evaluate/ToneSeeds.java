package dev.newsflow.cli.evaluate;

import dev.newsflow.cli.evaluate.ToneFit.Scored;
import dev.newsflow.nlp.sentiment.ToneScale;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * k-fold cross-validation of the tone bars repeated over several seeds, averaged: one seed's folds can be lucky or
 * unlucky by a few articles (accuracy moved by 0.03-0.04 between seeds on the 100 dev articles), so a change to the scorer is judged
 * on the mean, and on each gold set apart, because a gain on one set only is a gain on those articles.
 *
 * @param seeds one pooled tally per seed, in seed order
 * @param sets  per gold set, one tally of its articles per seed
 */
public record ToneSeeds(List<ToneTally> seeds, Map<String, List<ToneTally>> sets) {

    /** Cross-validates {@code folds} ways with seeds {@code firstSeed} to {@code firstSeed + count - 1}. */
    public static ToneSeeds run(Map<String, List<Scored>> named, int folds, long firstSeed, int count,
            Function<List<Scored>, ToneScale> fitter) {
        List<Scored> articles = new ArrayList<>();
        List<String> setOf = new ArrayList<>();
        named.forEach((name, scored) -> scored.forEach(article -> {
            articles.add(article);
            setOf.add(name);
        }));
        List<ToneTally> seeds = new ArrayList<>();
        Map<String, List<ToneTally>> sets = new LinkedHashMap<>();
        named.keySet().forEach(name -> sets.put(name, new ArrayList<>()));
        for (long seed = firstSeed; seed < firstSeed + count; seed++) {
            int[] fold = ToneFolds.assign(articles, folds, seed);
            ToneTally pooled = new ToneTally();
            Map<String, ToneTally> perSet = new LinkedHashMap<>();
            named.keySet().forEach(name -> perSet.put(name, new ToneTally()));
            for (int f = 0; f < folds; f++) {
                ToneScale bars = fitter.apply(ToneFolds.select(articles, fold, f, false));
                for (int i = 0; i < articles.size(); i++) {
                    if (fold[i] == f) {
                        Scored article = articles.get(i);
                        pooled.add(article.gold(), bars.label(article.score()));
                        perSet.get(setOf.get(i)).add(article.gold(), bars.label(article.score()));
                    }
                }
            }
            seeds.add(pooled);
            perSet.forEach((name, tally) -> sets.get(name).add(tally));
        }
        return new ToneSeeds(seeds, sets);
    }

    public double meanAccuracy() {
        return seeds.stream().mapToDouble(ToneTally::accuracy).average().orElse(0);
    }

    public double meanMacroF1() {
        return seeds.stream().mapToDouble(ToneTally::macroF1).average().orElse(0);
    }

    public void print(PrintWriter out, String title) {
        out.println(title);
        out.printf(Locale.ROOT, "  %-22s accuracy %.3f (%.2f to %.2f)  macro-F1 %.3f%n", "mean", meanAccuracy(),
                seeds.stream().mapToDouble(ToneTally::accuracy).min().orElse(0),
                seeds.stream().mapToDouble(ToneTally::accuracy).max().orElse(0), meanMacroF1());
        if (sets.size() > 1) {
            sets.forEach((name, tallies) -> out.printf(Locale.ROOT, "  %-22s accuracy %.3f  macro-F1 %.3f%n", name,
                    tallies.stream().mapToDouble(ToneTally::accuracy).average().orElse(0),
                    tallies.stream().mapToDouble(ToneTally::macroF1).average().orElse(0)));
        }
    }
}
