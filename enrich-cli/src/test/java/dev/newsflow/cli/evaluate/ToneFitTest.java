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
}
