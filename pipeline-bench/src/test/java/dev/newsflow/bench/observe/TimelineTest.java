package dev.newsflow.bench.observe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {

    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");

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
    void theStoreIsAskedOnlyForEnrichedArticlesItHasNotShownYet() {
        timeline.enrichedEvent(0, "a", 0, 0, T0, T0);
        timeline.enrichedEvent(1, "b", 0, 1, T0, T0);
        timeline.record(1, Stage.STORED, T0.plusSeconds(1));

        assertThat(timeline.awaitingStore()).containsExactly(List.of(new Timeline.Pending(0, "a", 0, 0)));
    }

    @Test
    void eachPartitionsArticlesAreAskedForInTheOrderTheTopicCarriedThem() {
        timeline.enrichedEvent(2, "c", 1, 2, T0, T0);
        timeline.enrichedEvent(1, "b", 0, 0, T0, T0);
        timeline.enrichedEvent(0, "a", 0, 1, T0, T0);
        timeline.enrichedEvent(1, "b", 0, 0, T0, T0.plusSeconds(1)); // a redelivered copy keeps the first place

        assertThat(timeline.awaitingStore()).containsExactly(
                List.of(new Timeline.Pending(1, "b", 0, 0), new Timeline.Pending(0, "a", 0, 1)),
                List.of(new Timeline.Pending(2, "c", 1, 2)));
    }

    @Test
    void aStoredTimeTakenBackCountsAsNotStored() {
        timeline.enrichedEvent(0, "a", 0, 0, T0, T0);
        timeline.record(0, Stage.STORED, T0);

        timeline.forget(0, Stage.STORED);

        assertThat(timeline.reached(Stage.STORED)).isZero();
        assertThat(timeline.awaitingStore()).containsExactly(List.of(new Timeline.Pending(0, "a", 0, 0)));
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
