package dev.newsflow.cli.evaluate;

/** Precision, recall and F1 from true positives, false positives and false negatives (0 when undefined). */
public record Score(double precision, double recall, double f1) {

    static Score of(int truePositives, int falsePositives, int falseNegatives) {
        double p = truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
        double r = truePositives + falseNegatives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
        return new Score(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
}
