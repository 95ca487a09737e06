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

    /** 2 negative, 4 neutral, 2 positive articles whose labels do not follow their scores. */
    private static final List<Scored> MIXED = List.of(new Scored(-0.4, -1), new Scored(-0.2, 0), new Scored(-0.1, -1),
            new Scored(0, 0), new Scored(0.05, 0), new Scored(0.1, 1), new Scored(0.2, 0), new Scored(0.3, 1));

    @Test
    void sharedBarsCutTheArticlesOwnScoresAtTheirGoldShares() {
        Fit fit = ToneFit.byShares(MIXED);

        // a quarter of the scores at or below the negative bar, a quarter at or above the positive one
        assertThat(fit.scale()).isEqualTo(new ToneScale(0.15, -0.15));
        assertThat(fit.accuracy()).isEqualTo(0.5);
    }

    @Test
    void sharedBarsDoNotFollowWhichArticleHasWhichLabel() {
        // the same scores and shares, the labels in score order: the grid search moves its bars, the shared bars stay
        List<Scored> ordered = List.of(new Scored(-0.4, -1), new Scored(-0.2, -1), new Scored(-0.1, 0), new Scored(0, 0),
                new Scored(0.05, 0), new Scored(0.1, 0), new Scored(0.2, 1), new Scored(0.3, 1));

        assertThat(ToneFit.byShares(ordered).scale()).isEqualTo(ToneFit.byShares(MIXED).scale());
        assertThat(ToneFit.fit(ordered).scale()).isNotEqualTo(ToneFit.fit(MIXED).scale());
    }

    @Test
    void sharedBarsKeepANeutralBandWhenNoArticleIsNeutral() {
        Fit fit = ToneFit.byShares(List.of(new Scored(-0.3, -1), new Scored(0.3, 1)));

        assertThat(fit.scale()).isEqualTo(new ToneScale(0.01, 0.0));
    }

    @Test
    void theNeutralBandKeptOpenIsOnTheGrid() {
        // both shares meet at -0.10; one step up from it is -0.09, not -0.09000000000000001
        Fit fit = ToneFit.byShares(List.of(new Scored(-0.11, -1), new Scored(-0.09, 1)));

        assertThat(fit.scale()).isEqualTo(new ToneScale(-0.09, -0.10));
    }
}
