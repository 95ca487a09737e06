package dev.newsflow.bench.observe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.bench.feed.RunMarker;
import dev.newsflow.events.EventJson;
import dev.newsflow.events.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a record of the run counts as on the timeline and in the checks line. */
class SightingsTest {

    private static final Instant SEEN = Instant.parse("2026-12-02T10:00:02Z");

    private final Timeline timeline = new Timeline(2);
    private final Sightings sightings = new Sightings(new RunMarker("0badcafe"), timeline, new EventJson(),
            Clock.fixed(SEEN, ZoneOffset.UTC));

    @Test
    void aRawEventOfTheRunIsTimedByItsIngestTimeAndCountedAsACopy() {
        sightings.note(Topics.RAW_ARTICLES, 0, 0, event("\"ingestedAt\":\"2026-12-02T10:00:00Z\""));

        TimelineSnapshot snapshot = timeline.snapshot();
        assertThat(snapshot.at(Stage.INGESTED, 0)).isEqualTo(Instant.parse("2026-12-02T10:00:00Z").toEpochMilli());
        assertThat(snapshot.rawCopies()[0]).isEqualTo(1);
        assertThat(sightings.unreadable()).isZero();
    }

    /** Without the time it is timed by, an event is unreadable: once, and no copy of the article. */
    @Test
    void anEventWithoutItsTopicsTimeIsUnreadableOnceAndNoCopy() {
        sightings.note(Topics.RAW_ARTICLES, 0, 0, event("\"enrichedAt\":\"2026-12-02T10:00:01Z\""));
        sightings.note(Topics.ENRICHED_ARTICLES, 0, 0, event("\"ingestedAt\":\"2026-12-02T10:00:00Z\""));

        TimelineSnapshot snapshot = timeline.snapshot();
        assertThat(sightings.unreadable()).isEqualTo(2);
        assertThat(snapshot.rawCopies()[0]).isZero();
        assertThat(snapshot.enrichedCopies()[0]).isZero();
        assertThat(snapshot.reached(Stage.RAW_SEEN)).isZero();
        assertThat(sightings.meanRawRecordBytes()).isZero();
    }

    @Test
    void anEnrichedRecordOfAnArticleSeenRawIsTimedByItsHeaderWithoutReadingItsValue() {
        sightings.note(Topics.RAW_ARTICLES, 0, 0, "a1", "2026-12-02T10:00:00.500Z",
                event("\"ingestedAt\":\"2026-12-02T10:00:00Z\""));
        sightings.note(Topics.ENRICHED_ARTICLES, 2, 7, "a1", "2026-12-02T10:00:01Z",
                "not read".getBytes(StandardCharsets.UTF_8));

        TimelineSnapshot snapshot = timeline.snapshot();
        assertThat(snapshot.at(Stage.INGESTED, 0)).isEqualTo(Instant.parse("2026-12-02T10:00:00Z").toEpochMilli());
        assertThat(snapshot.at(Stage.ENRICHED, 0)).isEqualTo(Instant.parse("2026-12-02T10:00:01Z").toEpochMilli());
        assertThat(snapshot.enrichedCopies()[0]).isEqualTo(1);
        assertThat(sightings.unreadable()).isZero();
        // the store's committed offset 8 on partition 2 covers the record at offset 7
        assertThat(timeline.storedBefore(Map.of(2, 8L), SEEN)).extracting(Timeline.Pending::id)
                .containsExactly("a1");
    }

    @Test
    void anEnrichedRecordOfAnArticleNotSeenRawOrWithoutATimeHeaderIsReadFromItsValue() {
        sightings.note(Topics.ENRICHED_ARTICLES, 0, 0, "a1", "2026-12-02T10:00:01Z",
                event("\"enrichedAt\":\"2026-12-02T10:00:03Z\""));
        assertThat(timeline.snapshot().at(Stage.ENRICHED, 0))
                .isEqualTo(Instant.parse("2026-12-02T10:00:03Z").toEpochMilli());

        sightings.note(Topics.RAW_ARTICLES, 0, 0, "a1", null, event("\"ingestedAt\":\"2026-12-02T10:00:00Z\""));
        sightings.note(Topics.ENRICHED_ARTICLES, 0, 1, "a1", "yesterday", "not JSON".getBytes(StandardCharsets.UTF_8));
        assertThat(sightings.unreadable()).isEqualTo(1);
        assertThat(timeline.snapshot().enrichedCopies()[0]).isEqualTo(1);

        sightings.note(Topics.ENRICHED_ARTICLES, 0, 2, "a1", null, event("\"enrichedAt\":\"2026-12-02T10:00:04Z\""));
        assertThat(sightings.unreadable()).isEqualTo(1);
        assertThat(timeline.snapshot().enrichedCopies()[0]).isEqualTo(2);
    }

    /** The same article dropped twice: its second raw event is a raw copy, whatever its key and header say. */
    @Test
    void aRawEventOfAnArticleSeenAlreadyIsReadAsARawCopy() {
        byte[] raw = event("\"ingestedAt\":\"2026-12-02T10:00:00Z\"");
        sightings.note(Topics.RAW_ARTICLES, 0, 0, "a1", "2026-12-02T10:00:00.100Z", raw);
        sightings.note(Topics.RAW_ARTICLES, 0, 1, "a1", "2026-12-02T10:00:05Z", raw);

        TimelineSnapshot snapshot = timeline.snapshot();
        assertThat(snapshot.rawCopies()[0]).isEqualTo(2);
        assertThat(snapshot.enrichedCopies()[0]).isZero();
        assertThat(sightings.meanRawRecordBytes()).isEqualTo(raw.length);
    }

    private static byte[] event(String time) {
        return ("{\"id\":\"a1\",\"title\":\"Ferry fares rise [nfbench 0badcafe-0]\"," + time + "}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
