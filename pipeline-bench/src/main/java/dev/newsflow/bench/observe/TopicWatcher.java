package dev.newsflow.bench.observe;

import dev.newsflow.bench.feed.RunMarker;
import dev.newsflow.events.EventJson;
import dev.newsflow.events.Topics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.core.JacksonException;

/**
 * Tails the raw and the enriched topic from their current ends, without a consumer group (so it never takes
 * partitions from the services), and notes when each article of this run shows up. read_committed, like the
 * services: an enriched event counts once enrich's transaction committed.
 */
public final class TopicWatcher implements Runnable, AutoCloseable {

    /** Both topics; the enriched one alone when the bench itself publishes there (no raw events then). */
    public static final List<String> BOTH = List.of(Topics.RAW_ARTICLES, Topics.ENRICHED_ARTICLES);

    private final List<String> topics;
    private final KafkaConsumer<String, byte[]> consumer;
    private final RunMarker marker;
    private final Timeline timeline;
    private final EventJson json;
    private final Clock clock;
    private final AtomicInteger unreadable = new AtomicInteger();
    private final AtomicLong rawBytes = new AtomicLong();
    private final AtomicInteger rawRecords = new AtomicInteger();

    public TopicWatcher(String bootstrapServers, List<String> topics, RunMarker marker, Timeline timeline, EventJson json,
            Clock clock) {
        this.topics = List.copyOf(topics);
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.CLIENT_ID_CONFIG, "pipeline-bench-watcher"),
                new StringDeserializer(), new ByteArrayDeserializer());
        this.marker = marker;
        this.timeline = timeline;
        this.json = json;
        this.clock = clock;
    }

    /** Pins the start positions now, before anything is fed, so no event of the run can slip past. */
    public void positionAtEnd() {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(15));
            if (infos == null || infos.isEmpty()) {
                throw new IllegalStateException("topic " + topic + " does not exist: is the pipeline running?");
            }
            infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
    }

    @Override
    public void run() {
        try {
            while (true) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    note(record);
                }
            }
        } catch (WakeupException stopped) {
            // close() asked us to stop
        } finally {
            consumer.close();
        }
    }

    private void note(ConsumerRecord<String, byte[]> record) {
        try {
            Sighting event = json.read(record.value(), Sighting.class);
            if (record.topic().equals(Topics.RAW_ARTICLES)) {
                sequence(event.title()).ifPresent(seq -> {
                    timeline.rawEvent(seq, event.id(), event.ingestedAt(), clock.instant());
                    rawBytes.addAndGet(record.value().length);
                    rawRecords.incrementAndGet();
                });
            } else {
                sequence(event.title()).ifPresent(seq ->
                        timeline.enrichedEvent(seq, event.id(), event.enrichedAt(), clock.instant()));
            }
        } catch (JacksonException | NullPointerException | IllegalArgumentException e) {
            // another producer's bad record is not ours to judge; the count tells whether it happened
            unreadable.incrementAndGet();
        }
    }

    /**
     * The fields of a raw or enriched event the timeline needs. Reading only these, the codec skips the body,
     * entities and keywords instead of building them, which took about half of the watcher's CPU time.
     */
    record Sighting(String id, String title, Instant ingestedAt, Instant enrichedAt) {

        Sighting {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
        }
    }

    private OptionalInt sequence(String title) {
        OptionalInt seq = marker.sequenceOf(title);
        return seq.isPresent() && seq.getAsInt() < timeline.size() ? seq : OptionalInt.empty();
    }

    /** Mean value size of this run's raw records, 0 before the first one: the size the reference producer sends. */
    public int meanRawRecordBytes() {
        int n = rawRecords.get();
        return n == 0 ? 0 : (int) (rawBytes.get() / n);
    }

    public int unreadable() {
        return unreadable.get();
    }

    @Override
    public void close() {
        consumer.wakeup();
    }
}
