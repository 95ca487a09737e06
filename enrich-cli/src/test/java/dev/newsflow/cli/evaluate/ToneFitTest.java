package dev.newsflow.cli.evaluate;

import dev.newsflow.cli.evaluate.ToneFit.Fit;
import dev.newsflow.cli.evaluate.ToneFit.Scored;
import dev.newsflow.nlp.sentiment.ToneScale;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ToneFitTest {

    @Test
    void clearlySeparatedArticlesGetTheNarrowestBandBetweenThem() {
        Fit fit = ToneFit.fit(List.of(new Scored(-0.5, -1), new Scored(0, 0), new Scored(0.5, 1)));

        assertThat(fit.scale()).isEqualTo(new ToneScale(0.01, -0.01));
        assertThat(fit.accuracy()).isEqualTo(1.0);
        assertThat(fit.macroF1()).isEqualTo(1.0);
    }

    @Test
    void aRareLabelIsNotGivenUpForAccuracy() {
        // one positive article among mild neutral ones: calling everything above zero neutral is right 4 times in 5,
        // but never finds the positive article
        List<Scored> articles = List.of(new Scored(-0.5, -1), new Scored(0.10, 0), new Scored(0.15, 1),
                new Scored(0.20, 0), new Scored(0.30, 0));

        Fit fit = ToneFit.fit(articles);
        Fit allNeutral = ToneFit.score(new ToneScale(0.40, -0.40), articles);

        assertThat(fit.scale()).isEqualTo(new ToneScale(0.11, 0.09));
        assertThat(fit.macroF1()).isCloseTo(2.0 / 3, within(1e-9)).isGreaterThan(allNeutral.macroF1());
        assertThat(fit.accuracy()).isLessThan(allNeutral.accuracy());
    }

    @Test
    void scoringUsesTheBarsInclusively() {
        Fit fit = ToneFit.score(new ToneScale(0.04, -0.14), List.of(new Scored(0.04, 1), new Scored(-0.14, -1),
                new Scored(0.039, 0), new Scored(-0.139, 0)));

        assertThat(fit.accuracy()).isEqualTo(1.0);
    }

    /** 100 unlabelled scores, -1.00 to 0.98 in steps of 0.02. */
    private static double[] unlabelled() {
        double[] scores = new double[100];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = (i - 50) / 50.0;
        }
        return scores;
    }

    @Test
    void sharedBarsLabelTheUnlabelledArticlesInTheGoldShares() {
        // a quarter negative, half neutral, a quarter positive
        List<Scored> annotated = List.of(new Scored(-0.6, -1), new Scored(0, 0), new Scored(0.05, 0), new Scored(0.6, 1));

        Fit fit = ToneFit.byShares(annotated, unlabelled());

        // between the 25th and 26th lowest, and the 25th and 26th highest
        assertThat(fit.scale()).isEqualTo(new ToneScale(0.49, -0.51));
        assertThat(fit.accuracy()).isEqualTo(1.0);
    }

    @Test
    void sharedBarsDoNotFollowWhereTheFewAnnotatedArticlesScore() {
        // the grid search moves its bars to hug these articles; the shares are the same, so the shared bars stay
        List<Scored> spread = List.of(new Scored(-0.3, -1), new Scored(0, 0), new Scored(0.05, 0), new Scored(0.3, 1));
        List<Scored> huddled = List.of(new Scored(-0.02, -1), new Scored(0, 0), new Scored(0.01, 0), new Scored(0.02, 1));

        assertThat(ToneFit.byShares(huddled, unlabelled()).scale()).isEqualTo(ToneFit.byShares(spread, unlabelled()).scale());
        assertThat(ToneFit.fit(huddled).scale()).isNotEqualTo(ToneFit.fit(spread).scale());
    }

    @Test
    void sharedBarsKeepANeutralBandWhenNoArticleIsNeutral() {
        List<Scored> annotated = List.of(new Scored(-0.3, -1), new Scored(0.3, 1));

        Fit fit = ToneFit.byShares(annotated, unlabelled());

        assertThat(fit.scale()).isEqualTo(new ToneScale(0.0, -0.01));
    }
}
