package dev.newsflow.bench;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PairedRoundsTest {

    @Test
    void theBuildThatGoesFirstAlternatesFromRoundToRound() throws Exception {
        List<Integer> order = new ArrayList<>();
        PairedRounds.Result result = PairedRounds.run(1, 3, build -> {
            order.add(build);
            return 1;
        });

        assertThat(order).containsExactly(1, 0, 0, 1, 1, 0, 0, 1);
        assertThat(result.cost()[0]).hasSize(3);
    }

    @Test
    void ratiosCompareTheSecondBuildWithTheFirstRoundByRound() {
        PairedRounds.Result result = new PairedRounds.Result(new double[][] {{100, 200, 400}, {50, 200, 800}});

        assertThat(result.costRatios()).containsExactly(0.5, 1.0, 2.0);
        assertThat(result.rateRatios()).containsExactly(0.5, 1.0, 2.0);
        assertThat(result.medianCost(1)).isEqualTo(200);
        assertThat(result.medianRate(0)).isCloseTo(5e6, within(1e-6));
        assertThat(result.fastestRate(1)).isCloseTo(2e7, within(1e-6));
        assertThat(result.slowestRate(1)).isCloseTo(1.25e6, within(1e-6));
    }
}
