package dev.newsflow.replay;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ReplayerOnKafkaTest {

    private static final String SOURCE = "news.articles.raw.v1";
    private static final String DLT = SOURCE + "-dlt";
    private static EmbeddedKafkaKraftBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = new EmbeddedKafkaKraftBroker(1, 3, SOURCE, DLT);
        broker.brokerProperties(Map.of("transaction.state.log.replication.factor", "1",
                "transaction.state.log.min.isr", "1"));
        broker.afterPropertiesSet();
    }

    @AfterAll
    static void stopBroker() {
        broker.destroy();
    }

    @Test
    void replaysEachCommittedDeadLetterOnceWithItsKeyValueAndOriginalHeaders() {
        try (KafkaProducer<String, String> producer = producer("dlt-writer")) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(deadLetter("aborted", "{\"never\":true}"));
            producer.abortTransaction();
            producer.beginTransaction();
            for (int i = 1; i <= 3; i++) {
                producer.send(deadLetter("article-" + i, "{\"title\":\"t" + i + "\"}"));
            }
            producer.commitTransaction();
        }
        Replayer replayer = new Replayer(broker.getBrokersAsString(), "replay-test");

        ReplayReport dryRun = replayer.replay(new ReplayTarget(DLT, null), true);
        ReplayReport first = replayer.replay(new ReplayTarget(DLT, null), false);
        ReplayReport second = replayer.replay(new ReplayTarget(DLT, null), false);

        assertThat(dryRun.summary()).isEqualTo(DLT + ": would replay 3 records to " + SOURCE);
        assertThat(dryRun.records()).hasSize(3).allMatch(line -> line.contains("(was: enricher exploded)"));
        assertThat(first.perTarget()).containsExactly(Map.entry(SOURCE, 3));
        assertThat(second.summary()).isEqualTo(DLT + ": nothing to replay");

        List<ConsumerRecord<String, String>> replayed = readCommitted(SOURCE, 3);
        assertThat(replayed).extracting(ConsumerRecord::key)
                .containsExactlyInAnyOrder("article-1", "article-2", "article-3");
        assertThat(replayed).allSatisfy(record -> {
            assertThat(record.value()).isEqualTo("{\"title\":\"t" + record.key().substring(8) + "\"}");
            assertThat(header(record, "ce_type")).isEqualTo("dev.newsflow.article.raw.v1");
            assertThat(header(record, "kafka_dlt-exception-message")).isNull();
            assertThat(header(record, ReplayedHeaders.REPLAYED_FROM)).startsWith(DLT + "-");
        });
    }

    private static ProducerRecord<String, String> deadLetter(String key, String value) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_type", bytes("dev.newsflow.article.raw.v1"));
        headers.add(ReplayTarget.ORIGINAL_TOPIC, bytes(SOURCE));
        headers.add("kafka_dlt-exception-message", bytes("enricher exploded\nat line 1"));
        return new ProducerRecord<>(DLT, null, key, value, headers);
    }

    private static List<ConsumerRecord<String, String>> readCommitted(String topic, int expected) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "replay-test-reader");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return records.size() >= expected;
            });
            // anything beyond the expected records would be a duplicate: read once more to see it
            consumer.poll(Duration.ofMillis(500)).forEach(records::add);
        }
        return records;
    }

    private static KafkaProducer<String, String> producer(String transactionalId) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString());
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
