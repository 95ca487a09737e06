package dev.newsflow.enrich.pipeline;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class SignedScoreTest {

    @Test
    void writesAScoreAsTheFormatterDoes() {
        Random random = new Random(12);
        double[] edges = {0.0, -0.0, 0.005, -0.005, 0.125, 0.285, -0.285, 0.995, -0.995, 1.0, -1.0, 1e-9, -1e-9,
                12.345, Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double score : edges) {
            assertThat(SignedScore.format(score)).as("%s", score).isEqualTo(formatted(score));
        }
        for (int i = 0; i < 100_000; i++) {
            double score = i % 2 == 0 ? random.nextDouble(-1, 1) : Math.round(random.nextDouble(-1, 1) * 1000) / 1000.0;
            assertThat(SignedScore.format(score)).as("%s", score).isEqualTo(formatted(score));
        }
    }

    private static String formatted(double score) {
        return String.format(Locale.ROOT, "%+.2f", score);
    }
}
