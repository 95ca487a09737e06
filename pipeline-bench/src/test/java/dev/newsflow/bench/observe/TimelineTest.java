package dev.newsflow.bench.observe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimelineTest {

    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");
    private static final Instant T1 = T0.plusSeconds(3);

    private final Timeline timeline = new Timeline(3);

    @Test
    void theFirstSightingCountsWhenATopicCarriesAnArticleTwice() {
        timeline.rawEvent(0, "a", T0, T0.plusMillis(10));
        timeline.rawEvent(0, "a", T0.plusSeconds(5), T0.plusSeconds(6));

        TimelineSnapshot snapshot = timeline.snapshot();
        assertThat(snapshot.at(Stage.RAW_SEEN, 0)).isEqualTo(T0.plusMillis(10).toEpochMilli());
        assertThat(snapshot.duplicated(snapshot.rawCopies())).isEqualTo(1);
    }

    @Test
    void everyArticleBeforeItsPartitionsNextOffsetIsMarkedStored() {
        timeline.enrichedEvent(0, "a", 0, 10, T0, T0);
        timeline.enrichedEvent(1, "b", 0, 11, T0, T0);
        timeline.enrichedEvent(2, "c", 0, 12, T0, T0);

        assertThat(timeline.storedBefore(Map.of(0, 12L), T1)).extracting(Timeline.Pending::id).containsExactly("a", "b");
        assertThat(timeline.snapshot().at(Stage.STORED, 1)).isEqualTo(T1.toEpochMilli());
        assertThat(timeline.reached(Stage.STORED)).isEqualTo(2);
    }

    @Test
    void anArticleIsMarkedStoredOnceAtTheFirstRoundThatShowsIt() {
        timeline.enrichedEvent(0, "a", 0, 0, T0, T0);
        timeline.enrichedEvent(1, "b", 0, 1, T0, T0);
        timeline.storedBefore(Map.of(0, 1L), T1);

        assertThat(timeline.storedBefore(Map.of(0, 2L), T1.plusSeconds(1))).extracting(Timeline.Pending::id)
                .containsExactly("b");
        assertThat(timeline.snapshot().at(Stage.STORED, 0)).isEqualTo(T1.toEpochMilli());
    }

    @Test
    void aPartitionWithoutAnOffsetHasNothingStoredAndAnothersSaysNothingAboutIt() {
        timeline.enrichedEvent(0, "a", 0, 5, T0, T0);
        timeline.enrichedEvent(1, "x", 1, 5, T0, T0);
        timeline.enrichedEvent(2, "y", 2, 0, T0, T0);

        assertThat(timeline.storedBefore(Map.of(0, 100L, 1, 5L), T1)).extracting(Timeline.Pending::id)
                .containsExactly("a");
    }

    @Test
    void aRedeliveredCopyKeepsTheFirstCopysPlace() {
        timeline.enrichedEvent(0, "a", 0, 0, T0, T0);
        timeline.enrichedEvent(0, "a", 0, 7, T0, T0.plusSeconds(1));

        assertThat(timeline.storedBefore(Map.of(0, 1L), T1)).extracting(Timeline.Pending::id).containsExactly("a");
    }

    @Test
    void durationsCoverOnlyArticlesThatReachedBothStages() {
        timeline.record(0, Stage.FED, T0);
        timeline.record(1, Stage.FED, T0);
        timeline.record(0, Stage.STORED, T0.plusMillis(250));

        assertThat(timeline.snapshot().durations(Stage.FED, Stage.STORED)).containsExactly(250);
        assertThat(timeline.reached(Stage.FED)).isEqualTo(2);
    }
}
