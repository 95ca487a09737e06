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
