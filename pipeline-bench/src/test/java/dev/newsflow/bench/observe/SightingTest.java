package dev.newsflow.bench.observe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.events.EventJson;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

/** The watcher reads only the fields it times an article by, and still refuses an event without them. */
class SightingTest {

    private final EventJson json = new EventJson();

    @Test
    void anEnrichedEventGivesItsIdTitleAndTimesWhateverElseItCarries() {
        String event = """
                {"id":"a1","title":"Ferry fares rise [nfbench 0badcafe-7]","body":"From May.",
                 "entities":[{"name":"Westmoor","type":"LOCATION","mentions":2}],"keywords":["ferry"],
                 "sentiment":{"label":"neutral","score":0.0},"wordCount":6,
                 "ingestedAt":"2026-12-02T10:00:00Z","enrichedAt":"2026-12-02T10:00:01.250Z"}""";

        Sightings.Sighting sighting = json.read(event, Sightings.Sighting.class);

        assertThat(sighting).isEqualTo(new Sightings.Sighting("a1", "Ferry fares rise [nfbench 0badcafe-7]",
                Instant.parse("2026-12-02T10:00:00Z"), Instant.parse("2026-12-02T10:00:01.250Z")));
    }

    /** Thrown as the watcher's catch expects, so such a record counts as unreadable rather than ending the watch. */
    @Test
    void anEventWithoutATitleIsUnreadable() {
        assertThatThrownBy(() -> json.read("{\"id\":\"a1\",\"ingestedAt\":\"2026-12-02T10:00:00Z\"}",
                Sightings.Sighting.class)).isInstanceOf(JacksonException.class);
    }
}
