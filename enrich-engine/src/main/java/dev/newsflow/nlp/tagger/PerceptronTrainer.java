package dev.newsflow.nlp.tagger;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Trains a {@link TaggerModel} as an averaged perceptron: greedy left-to-right over each sentence with the gold
 * history (teacher forcing), one update per wrong label, weights averaged over every step. Sentences are shuffled
 * each epoch by a seeded generator, so the same data and seed give the same model bit for bit.
 */
public final class PerceptronTrainer {

    private final int buckets;
    private final int epochs;
    private final long seed;

    public PerceptronTrainer(int buckets, int epochs, long seed) {
        this.buckets = buckets;
        this.epochs = epochs;
        this.seed = seed;
    }

    /** One training sentence: each token's features (see {@link TokenFeatures}), whether it may open an entity, gold labels. */
    public record Example(int[][] features, boolean[] canStart, int[] gold) {
    }

    public TaggerModel train(List<Example> examples) {
        int mask = buckets - 1;
        float[] w = new float[buckets * Tags.COUNT];
        double[] updates = new double[w.length]; // sum of step * delta, for averaging
        List<Example> order = new ArrayList<>(examples);
        Random random = new Random(seed);
        float[] scores = new float[Tags.COUNT];
        int[] dynamic = new int[TaggerModel.DYNAMIC];
        long step = 1;
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            for (Example e : order) {
                for (int i = 0; i < e.gold().length; i++) {
                    int prev = i > 0 ? e.gold()[i - 1] : Tags.O;
                    int gold = e.gold()[i];
                    if ((!e.canStart()[i] && prev == Tags.O) || !TaggerModel.allowed(gold, prev, e.canStart()[i])) {
                        continue;
                    }
                    TaggerModel.dynamicFeatures(e.features()[i][0], prev, i > 1 ? e.gold()[i - 2] : Tags.O, mask, dynamic);
                    TaggerModel.scores(w, e.features()[i], e.features()[i].length, dynamic, scores);
                    int guess = TaggerModel.best(scores, prev, e.canStart()[i]);
                    if (guess != gold) {
                        update(w, updates, e.features()[i], gold, guess, step);
                        update(w, updates, dynamic, gold, guess, step);
                    }
                    step++;
                }
            }
        }
        float[] averaged = new float[w.length];
        for (int k = 0; k < w.length; k++) {
            averaged[k] = (float) (w[k] - updates[k] / step);
        }
        return new TaggerModel(buckets, averaged);
    }

    private static void update(float[] w, double[] updates, int[] features, int gold, int guess, long step) {
        for (int f : features) {
            w[f * Tags.COUNT + gold] += 1;
            updates[f * Tags.COUNT + gold] += step;
            w[f * Tags.COUNT + guess] -= 1;
            updates[f * Tags.COUNT + guess] -= step;
        }
    }
}
