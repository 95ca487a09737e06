package dev.newsflow.bench.observe;

import dev.newsflow.bench.feed.RunMarker;
import dev.newsflow.events.EventJson;
import dev.newsflow.events.Topics;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import tools.jackson.core.JacksonException;

/**
 * Notes on the run's timeline each record of this run the {@link TopicWatcher} sees, and counts the records it cannot
 * read. Apart from the consumer, so what a record counts as can be checked without Kafka. Called from the watcher's
 * thread only. An enriched record keyed by an article of the run whose raw event was read is taken as enrich's without
 * parsing it, so the unreadable count covers the other records.
 */
final class Sightings {

    private final RunMarker marker;
    private final Timeline timeline;
    private final EventJson json;
    private final Clock clock;
    private final AtomicInteger unreadable = new AtomicInteger();
    private final AtomicLong rawBytes = new AtomicLong();
    private final AtomicInteger rawRecords = new AtomicInteger();
    /** The run's articles by id, as their raw events named them. */
    private final Map<String, Integer> sequenceById = new HashMap<>();

    Sightings(RunMarker marker, Timeline timeline, EventJson json, Clock clock) {
        this.marker = marker;
        this.timeline = timeline;
        this.json = json;
        this.clock = clock;
    }

    /**
     * @param partition the record's partition and {@code offset} its place there: the store stores each partition's
     *                  records in their order and commits how far it got
     * @param key       the record's key, the article id
     * @param time      its {@code ce_time} header: an enriched record's {@code enrichedAt}, as enrich publishes it
     */
    void note(String topic, int partition, long offset, String key, String time, byte[] value) {
        Integer known = topic.equals(Topics.ENRICHED_ARTICLES) && key != null ? sequenceById.get(key) : null;
        if (known != null && time != null) {
            try {
                // an article whose raw event was read already is known by its key, so its enriched record, the
                // larger of the two, is not parsed (parsing the records was half of the generator's CPU, on the
                // cores it measures); enrich's header carries the same instant as the record's enrichedAt
                timeline.enrichedEvent(known, key, partition, offset, Instant.parse(time), clock.instant());
                return;
            } catch (DateTimeParseException e) {
                // read from the value below, like any other record
            }
        }
        note(topic, partition, offset, value);
    }

    void note(String topic, int partition, long offset, byte[] value) {
        try {
            Sighting event = json.read(value, Sighting.class);
            OptionalInt seq = sequence(event.title());
            if (seq.isEmpty()) {
                return;
            }
            boolean raw = topic.equals(Topics.RAW_ARTICLES);
            // the topic's own time is what the article is timed by: an event without it counts once, as unreadable,
            // and not as a copy of the article too
            Instant stamped = Objects.requireNonNull(raw ? event.ingestedAt() : event.enrichedAt(), "time stamp");
            if (raw) {
                timeline.rawEvent(seq.getAsInt(), event.id(), stamped, clock.instant());
                sequenceById.put(event.id(), seq.getAsInt());
                rawBytes.addAndGet(value.length);
                rawRecords.incrementAndGet();
            } else {
                timeline.enrichedEvent(seq.getAsInt(), event.id(), partition, offset, stamped, clock.instant());
            }
        } catch (JacksonException | NullPointerException | IllegalArgumentException e) {
            // another producer's bad record is not ours to judge; the count tells whether it happened
            unreadable.incrementAndGet();
        }
    }

    private OptionalInt sequence(String title) {
        OptionalInt seq = marker.sequenceOf(title);
        return seq.isPresent() && seq.getAsInt() < timeline.size() ? seq : OptionalInt.empty();
    }

    int meanRawRecordBytes() {
        int n = rawRecords.get();
        return n == 0 ? 0 : (int) (rawBytes.get() / n);
    }

    int unreadable() {
        return unreadable.get();
    }

    /**
     * The fields of a raw or enriched event the timeline needs. Reading only these, the codec skips the body,
     * entities and keywords instead of building them, which took about half of the watcher's CPU time. Ignored
     * explicitly, not merely allowed by the codec's settings: a record built through its constructor otherwise has
     * every other field copied into a buffer first (half of the watcher's time again).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Sighting(String id, String title, Instant ingestedAt, Instant enrichedAt) {

        Sighting {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
        }
    }
}
