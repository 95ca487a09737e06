package dev.newsflow.cli.evaluate;

import dev.newsflow.cli.evaluate.ToneFit.Scored;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Splits annotated articles into k folds for cross-validating the tone bars. Stratified: each gold label is dealt
 * round the folds in turn, so every fold holds about the corpus' share of each label, and the articles of a label sit
 * in as many different folds as there are of them (up to k): a label with two articles or more is in every fold's
 * training articles; a label with one is missing from the training articles of the fold that holds it. Which article
 * of a label goes to which fold is shuffled by a fixed seed ({@link Random} is specified to give the same sequence on
 * every JVM), so the same articles and seed give the same folds.
 */
public final class ToneFolds {

    private ToneFolds() {
    }

    /** The fold (0 to {@code folds} - 1) of each article, by its position in {@code articles}. */
    public static int[] assign(List<Scored> articles, int folds, long seed) {
        if (folds < 2 || folds > articles.size()) {
            throw new IllegalArgumentException("need 2 to " + articles.size() + " folds, not " + folds);
        }
        Random random = new Random(seed);
        int[] fold = new int[articles.size()];
        int dealt = 0; // carried across labels, so fold sizes differ by one at most
        for (int gold = -1; gold <= 1; gold++) {
            List<Integer> label = new ArrayList<>();
            for (int i = 0; i < articles.size(); i++) {
                if (articles.get(i).gold() == gold) {
                    label.add(i);
                }
            }
            Collections.shuffle(label, random);
            for (int i : label) {
                fold[i] = dealt++ % folds;
            }
        }
        return fold;
    }

    /** The articles of {@code fold} ({@code inFold}) or of every other fold, in their order. */
    public static List<Scored> select(List<Scored> articles, int[] folds, int fold, boolean inFold) {
        List<Scored> selected = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            if ((folds[i] == fold) == inFold) {
                selected.add(articles.get(i));
            }
        }
        return selected;
    }
}
