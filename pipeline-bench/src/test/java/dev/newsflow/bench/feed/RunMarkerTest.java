package dev.newsflow.bench.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RunMarkerTest {

    private final RunMarker marker = new RunMarker("0badcafe");

    @Test
    void findsTheSequenceNumberItTagged() {
        assertThat(marker.sequenceOf(marker.tag("Rates rise again", 42))).isEqualTo(OptionalInt.of(42));
    }

    @Test
    void ignoresTitlesOfOtherRunsAndUntaggedTitles() {
        String otherRun = new RunMarker("12345678").tag("Rates rise again", 42);

        assertThat(marker.sequenceOf(otherRun)).isEmpty();
        assertThat(marker.sequenceOf("Rates rise again")).isEmpty();
        assertThat(marker.sequenceOf(null)).isEmpty();
    }

    @Test
    void randomMarkersAreValidRunIds() {
        RunMarker random = RunMarker.random();

        assertThat(random.sequenceOf(random.tag("t", 7))).isEqualTo(OptionalInt.of(7));
    }

    @Test
    void refusesARunIdItCouldNotRecognise() {
        assertThatThrownBy(() -> new RunMarker("not hex")).isInstanceOf(IllegalArgumentException.class);
    }
}
