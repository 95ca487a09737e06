package dev.newsflow.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void nearestRankOfAHundredValues() {
        long[] values = LongStream.rangeClosed(1, 100).map(i -> 101 - i).toArray();

        assertThat(Percentiles.of(values)).isEqualTo(new Percentiles(100, 50, 95, 99, 100));
    }

    @Test
    void aSingleValueIsEveryPercentile() {
        assertThat(Percentiles.of(new long[] {7})).isEqualTo(new Percentiles(1, 7, 7, 7, 7));
    }

    @Test
    void nothingMeasuredIsCountZero() {
        assertThat(Percentiles.of(new long[0]).count()).isZero();
    }
}
