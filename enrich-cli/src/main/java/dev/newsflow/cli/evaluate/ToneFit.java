package dev.newsflow.cli.evaluate;

import dev.newsflow.nlp.sentiment.ToneScale;

import java.util.List;

/**
 * Fits the document tone bars to gold labels by one stated criterion: of every pair of bars on a 0.01 grid in [-1, 1]
 * (negative bar below positive bar), the one with the best macro-F1; ties go to the better accuracy, then to the
 * narrower neutral band, then to the lower bars. Macro-F1 first because the three labels matter alike and a scale that
 * drops the rarest label can still be accurate; the grid is as fine as the scores are worth and keeps the result a short
 * number. Deterministic: the same scores give the same bars.
 */
public final class ToneFit {

    /** Grid steps per unit of score. */
    private static final int STEPS = 100;
    private static final double TIE = 1e-12;

    private ToneFit() {
    }

    /** An annotated article's engine score and its gold tone (-1, 0 or 1). */
    public record Scored(double score, int gold) {
    }

    /** The chosen bars and how they label the articles they were fitted on. */
    public record Fit(ToneScale scale, double accuracy, double macroF1) {
    }

    public static Fit fit(List<Scored> articles) {
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("no annotated articles to fit on");
        }
        Fit best = null;
        // narrowest neutral band first, lowest bars first within a band: a later pair must be strictly better to win
        for (int band = 1; band <= 2 * STEPS; band++) {
            for (int positive = band - STEPS; positive <= STEPS; positive++) {
                Fit candidate = score(new ToneScale((double) positive / STEPS, (double) (positive - band) / STEPS),
                        articles);
                if (best == null || better(candidate, best)) {
                    best = candidate;
                }
            }
        }
        return best;
    }

    /**
     * The bars that cut the annotated articles' own scores at their gold label shares: the negative bar halfway between
     * the highest score of the negative share of the scores and the next score, the positive bar likewise below the
     * positive share, each on the 0.01 grid. Only the two shares are taken from the gold labels, not which article
     * scores where, so the bars have two free numbers where the grid search above picks the best of 20,000 pairs on the
     * very articles it is judged on.
     */
    public static Fit byShares(List<Scored> annotated) {
        if (annotated.isEmpty()) {
            throw new IllegalArgumentException("no annotated articles to fit on");
        }
        double[] sorted = annotated.stream().mapToDouble(Scored::score).sorted().toArray();
        int n = sorted.length;
        double negativeAt = onGrid(cut(sorted, (int) Math.round(share(annotated, -1) * n)));
        double positiveAt = onGrid(cut(sorted, n - (int) Math.round(share(annotated, 1) * n)));
        return score(new ToneScale(Math.max(positiveAt, onGrid(negativeAt + 1.0 / STEPS)), negativeAt), annotated);
    }

    /** Halfway between the {@code below} lowest of {@code sorted} and the rest (a step outside when none is below). */
    private static double cut(double[] sorted, int below) {
        double low = below == 0 ? sorted[0] - 1.0 / STEPS : sorted[below - 1];
        double high = below == sorted.length ? sorted[below - 1] + 1.0 / STEPS : sorted[below];
        return (low + high) / 2;
    }

    private static double share(List<Scored> articles, int gold) {
        return (double) articles.stream().filter(article -> article.gold() == gold).count() / articles.size();
    }

    private static double onGrid(double score) {
        return (double) Math.round(score * STEPS) / STEPS;
    }

    /** How {@code scale} labels the articles. */
    public static Fit score(ToneScale scale, List<Scored> articles) {
        ToneTally tally = new ToneTally();
        for (Scored article : articles) {
            tally.add(article.gold(), scale.label(article.score()));
        }
        return new Fit(scale, tally.accuracy(), tally.macroF1());
    }

    private static boolean better(Fit a, Fit b) {
        // equal counts give equal doubles; the margin keeps different counts with the same value (summed in another
        // order) a tie
        if (Math.abs(a.macroF1() - b.macroF1()) > TIE) {
            return a.macroF1() > b.macroF1();
        }
        return a.accuracy() - b.accuracy() > TIE;
    }
}
