package dev.newsflow.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class HistogramQuantilesTest {

    @Test
    void quantilesCoverOnlyWhatWasRecordedBetweenTheScrapes() {
        TreeMap<Double, Double> before = new TreeMap<>();
        before.put(1.0, 100.0);
        before.put(10.0, 100.0);
        before.put(Double.POSITIVE_INFINITY, 100.0);
        TreeMap<Double, Double> after = new TreeMap<>();
        after.put(1.0, 100.0);
        after.put(10.0, 190.0);
        after.put(Double.POSITIVE_INFINITY, 200.0);

        HistogramQuantiles run = new HistogramQuantiles(before, after);

        assertThat(run.total()).isEqualTo(100.0);
        assertThat(run.quantile(0.5)).hasValue(10.0);
        assertThat(run.quantile(0.99)).hasValue(Double.POSITIVE_INFINITY);
    }

    @Test
    void noRecordingsGiveNoQuantile() {
        assertThat(new HistogramQuantiles(new TreeMap<>(), new TreeMap<>()).quantile(0.5)).isEmpty();
    }
}
