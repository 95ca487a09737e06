package dev.newsflow.ingest;

import dev.newsflow.events.ArticleId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import dev.newsflow.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Whole service instances started and stopped like processes: crash recovery and two instances on one inbox. */
@EmbeddedKafka(partitions = 2)
class RestartAndSharedInboxTest {

    @Test
    void aCrashBetweenPublishAndMoveRepublishesTheSameIdsAfterRestart(EmbeddedKafkaBroker broker, @TempDir Path home) {
        Inbox folders = new Inbox(home);
        List<String> ids = List.of(ArticleId.of("Dockworkers agree new contract", "The union accepted the offer on Sunday."),
                ArticleId.of("Cruise ship visits postponed", "The port moved three visits to the autumn."));
        try (RawTopic topic = new RawTopic(broker.getBrokersAsString())) {
            try (ConfigurableApplicationContext crashing = start(broker, home, "a", true)) {
                folders.drop("port.jsonl", """
                        {"title": "Dockworkers agree new contract", "body": "The union accepted the offer on Sunday."}
                        {"title": "Cruise ship visits postponed", "body": "The port moved three visits to the autumn."}
                        """);
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(topic.keys()).containsAll(ids));
                assertThat(Inbox.names(folders.processing("a"))).containsExactly("port.jsonl");
            }
            assertThat(folders.processedNames()).isEmpty();

            try (ConfigurableApplicationContext restarted = start(broker, home, "a", false)) {
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(folders.processedNames()).containsExactly("port.jsonl"));
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(topic.keys().stream().filter(ids::contains))
                        .containsExactlyInAnyOrder(ids.get(0), ids.get(1), ids.get(0), ids.get(1)));
            }
            assertThat(Inbox.names(folders.processing("a"))).isEmpty();
        }
    }

    @Test
    void twoInstancesOnOneInboxPublishEveryFileExactlyOnce(EmbeddedKafkaBroker broker, @TempDir Path home) {
        Inbox folders = new Inbox(home);
        int files = 40;
        List<String> ids = IntStream.range(0, files).mapToObj(i -> ArticleId.of("Allotment report " + i,
                "Plot " + i + " grew the heaviest pumpkin of its row.")).toList();
        try (RawTopic topic = new RawTopic(broker.getBrokersAsString());
             ConfigurableApplicationContext first = start(broker, home, "first", false);
             ConfigurableApplicationContext second = start(broker, home, "second", false)) {
            IntStream.range(0, files).forEach(i -> folders.drop("plot-" + i + ".txt",
                    "Allotment report " + i + "\n\nPlot " + i + " grew the heaviest pumpkin of its row."));

            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(folders.processedNames()).hasSize(files));
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(topic.keys().stream().filter(ids::contains).count()).isEqualTo(files));
            assertThat(topic.keys().stream().filter(ids::contains)).doesNotHaveDuplicates();
        }
    }

    @Test
    void aTransactionLeftOpenByAKilledInstanceIsAbortedAsSoonAsTheSameInstanceStartsAgain(EmbeddedKafkaBroker broker,
                                                                                         @TempDir Path home) {
        String bootstrap = broker.getBrokersAsString();
        // what a kill -9 in the middle of a file leaves: the instance's transaction, open, with a record in it
        try (KafkaProducer<String, byte[]> killed = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "newsflow-ingest-killed-0",
                ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, 600_000), new StringSerializer(), new ByteArraySerializer())) {
            killed.initTransactions();
            killed.beginTransaction();
            killed.send(new ProducerRecord<>(Topics.RAW_ARTICLES, 0, "half", new byte[]{'{', '}'}));
            killed.flush();
            assertThat(committedEnd(bootstrap)).as("read_committed consumers are held at the open transaction")
                    .isLessThan(writtenEnd(bootstrap));

            try (ConfigurableApplicationContext restarted = start(broker, home, "killed", false)) {
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                        assertThat(committedEnd(bootstrap)).isEqualTo(writtenEnd(bootstrap)));
            }
        }
    }

    /** The end of partition 0 for a read_committed consumer: the last stable offset. */
    private static long committedEnd(String bootstrap) {
        return end(bootstrap, "read_committed");
    }

    private static long writtenEnd(String bootstrap) {
        return end(bootstrap, "read_uncommitted");
    }

    private static long end(String bootstrap, String isolation) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            TopicPartition partition = new TopicPartition(Topics.RAW_ARTICLES, 0);
            return consumer.endOffsets(List.of(partition), Duration.ofSeconds(30)).get(partition);
        }
    }

    private static ConfigurableApplicationContext start(EmbeddedKafkaBroker broker, Path home, String instance,
                                                        boolean crashBeforeMove) {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(IngestApplication.class);
        if (crashBeforeMove) {
            builder.initializers(context -> ((GenericApplicationContext) context).registerBean("crashingDisposition",
                    CrashingDisposition.class, definition -> definition.setPrimary(true)));
        }
        // command-line arguments, because they outrank application.yml as a deployment's settings would
        return builder.run("--server.port=0",
                "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                "--newsflow.home=" + home,
                "--newsflow.ingest.instance-id=" + instance,
                "--newsflow.ingest.poll-interval=50ms",
                "--newsflow.kafka.partitions=2");
    }
}
