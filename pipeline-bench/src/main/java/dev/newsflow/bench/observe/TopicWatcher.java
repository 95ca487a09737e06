package dev.newsflow.bench.observe;

import dev.newsflow.bench.feed.RunMarker;
import dev.newsflow.events.EventHeaders;
import dev.newsflow.events.EventJson;
import dev.newsflow.events.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

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
    private final Sightings sightings;

    public TopicWatcher(String bootstrapServers, List<String> topics, RunMarker marker, Timeline timeline, EventJson json,
            Clock clock) {
        this.topics = List.copyOf(topics);
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.CLIENT_ID_CONFIG, "pipeline-bench-watcher"),
                new StringDeserializer(), new ByteArrayDeserializer());
        this.sightings = new Sightings(marker, timeline, json, clock);
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
                    sightings.note(record.topic(), record.partition(), record.offset(), record.key(),
                            time(record), record.value());
                }
            }
        } catch (WakeupException stopped) {
            // close() asked us to stop
        } finally {
            consumer.close();
        }
    }

    /** The record's {@code ce_time} header, null without one. */
    private static String time(ConsumerRecord<String, byte[]> record) {
        Header header = record.headers().lastHeader(EventHeaders.TIME);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Mean value size of this run's raw records, 0 before the first one: the size the reference producer sends. */
    public int meanRawRecordBytes() {
        return sightings.meanRawRecordBytes();
    }

    public int unreadable() {
        return sightings.unreadable();
    }

    @Override
    public void close() {
        consumer.wakeup();
    }
}
