package dev.newsflow.replay;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Replays a dead-letter topic once: every record that was in it when the replay started goes back to its source
 * topic, each exactly once. The re-publication and the replay group's offsets commit in one Kafka transaction, so
 * a replay that is interrupted and run again neither repeats nor skips a record; a record that fails again after
 * the replay lands in the dead-letter topic after the snapshot and waits for the next replay instead of looping.
 */
final class Replayer {

    private static final Duration POLL = Duration.ofMillis(500);

    private final String bootstrapServers;
    private final String groupId;
    private final Properties client;

    Replayer(String bootstrapServers, String groupId) {
        this(bootstrapServers, groupId, new Properties());
    }

    /** @param client further client properties (security.protocol, sasl.*, ssl.*) for the consumer and the producer */
    Replayer(String bootstrapServers, String groupId, Properties client) {
        this.bootstrapServers = bootstrapServers;
        this.groupId = groupId;
        this.client = client;
    }

    ReplayReport replay(ReplayTarget target, boolean dryRun) {
        Map<String, Integer> perTarget = new HashMap<>();
        List<String> lines = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProperties(),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
             // one transactional id per dead-letter topic: a second replay of the same topic fences a stale first one
             Republisher republisher = dryRun ? Republisher.none()
                     : Republisher.transactional(bootstrapServers, groupId + "-" + target.deadLetterTopic(), client)) {
            List<TopicPartition> partitions = consumer.partitionsFor(target.deadLetterTopic()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            if (partitions.isEmpty()) {
                throw new IllegalArgumentException("topic " + target.deadLetterTopic() + " does not exist");
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> snapshot = consumer.endOffsets(partitions);
            while (!caughtUp(consumer, snapshot)) {
                List<ProducerRecord<byte[], byte[]>> out = new ArrayList<>();
                Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                    if (record.offset() >= snapshot.get(new TopicPartition(record.topic(), record.partition()))) {
                        continue;
                    }
                    String to = target.topicFor(record.headers());
                    out.add(new ProducerRecord<>(to, null, record.key(), record.value(),
                            ReplayedHeaders.of(record.headers(), record.topic(), record.partition(), record.offset())));
                    offsets.put(new TopicPartition(record.topic(), record.partition()),
                            new OffsetAndMetadata(record.offset() + 1));
                    perTarget.merge(to, 1, Integer::sum);
                    lines.add(describe(record, to));
                }
                if (!out.isEmpty()) {
                    republisher.publish(out, offsets, consumer.groupMetadata());
                }
            }
        }
        return new ReplayReport(target.deadLetterTopic(), dryRun, perTarget, lines);
    }

    private static boolean caughtUp(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> snapshot) {
        for (Map.Entry<TopicPartition, Long> end : snapshot.entrySet()) {
            if (consumer.position(end.getKey()) < end.getValue()) {
                return false;
            }
        }
        return true;
    }

    private static String describe(ConsumerRecord<byte[], byte[]> record, String to) {
        var reason = record.headers().lastHeader("kafka_dlt-exception-message");
        String key = record.key() == null ? "-" : new String(record.key(), StandardCharsets.UTF_8);
        String why = reason == null || reason.value() == null ? "-"
                : new String(reason.value(), StandardCharsets.UTF_8).lines().findFirst().orElse("-");
        return "%s-%d@%d key=%s -> %s (was: %s)".formatted(record.topic(), record.partition(), record.offset(),
                key.replaceAll("\\p{Cntrl}", "?"), to, why.replaceAll("\\p{Cntrl}", "?"));
    }

    private Properties consumerProperties() {
        Properties props = new Properties();
        // first, so the settings the exactly-once replay depends on cannot be changed by the file
        props.putAll(client);
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return props;
    }
}
