package dev.newsflow.system.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import dev.newsflow.events.Topics;
import dev.newsflow.system.harness.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Records that are not articles, written straight onto a topic as a misbehaving producer would. */
final class TopicGarbage {

    /** Not JSON; JSON that is no article; an article-shaped record without a body. */
    private static final Map<String, String> VALUES = Map.of(
            "not-json", "this is not JSON at all",
            "not-an-article", "[1, 2, 3]",
            "no-body", "{\"id\": \"00000000000000000000000000000000\", \"title\": \"A title and nothing else\"}");

    private TopicGarbage() {
    }

    static void write(String bootstrapServers, String topic, String keyPrefix) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            VALUES.forEach((kind, value) -> producer.send(
                    new ProducerRecord<>(topic, keyPrefix + "-" + kind, value.getBytes(StandardCharsets.UTF_8))));
        }
    }

    /** Each garbage record is on the topic's DLT, unchanged, with the exception that refused it in its headers. */
    static void assertDeadLettered(String bootstrapServers, String topic, String keyPrefix, Duration within) {
        String deadLetters = Topics.deadLetter(topic);
        List<ConsumerRecord<String, byte[]>> records = await("the garbage of " + topic + " on " + deadLetters)
                .atMost(within).pollInterval(Duration.ofSeconds(1))
                .until(() -> TopicReader.readAll(bootstrapServers, deadLetters).stream()
                        .filter(record -> record.key() != null && record.key().startsWith(keyPrefix)).toList(),
                        found -> found.size() >= VALUES.size());
        assertThat(records).hasSize(VALUES.size()).allSatisfy(record -> {
            String kind = record.key().substring(keyPrefix.length() + 1);
            assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo(VALUES.get(kind));
            Header reason = record.headers().lastHeader("kafka_dlt-exception-message");
            assertThat(reason).as("reason header of " + record.key()).isNotNull();
            System.out.printf("[poison] %s on %s -> %s (%s)%n", kind, topic, deadLetters,
                    new String(reason.value(), StandardCharsets.UTF_8).lines().findFirst().orElse(""));
        });
    }
}
