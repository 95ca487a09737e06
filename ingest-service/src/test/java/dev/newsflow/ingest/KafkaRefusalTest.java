package dev.newsflow.ingest;

import dev.newsflow.events.ArticleId;
import dev.newsflow.events.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A record Kafka refuses for good sends its file to failed/ with the reason; it does not come back for ever. */
@EmbeddedKafka(partitions = 1)
class KafkaRefusalTest {

    @Test
    void aFileWhoseArticleIsLargerThanTheTopicTakesGoesToFailedAndTheFilesBesideItArePublished(
            EmbeddedKafkaBroker broker, @TempDir Path home) throws Exception {
        String bootstrap = broker.getBrokersAsString();
        // the raw topic made before the service starts, taking records of at most 4 KB, and the producer told the
        // same: it refuses a larger record itself with RecordTooLargeException (left to the broker alone, a compressed
        // batch holding it is split and sent again until the delivery timeout, which is retried like any timeout)
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(Topics.RAW_ARTICLES, 1, (short) 1)
                    .configs(Map.of("max.message.bytes", "4096")))).all().get();
        }
        Inbox folders = new Inbox(home);
        Files.createDirectories(folders.inbox());
        String small = "Harbour café reopens\n\nThe café on the quay reopened on Saturday after its refit.";
        folders.drop("oversized.txt", "Parish records transcribed\n\n" + words(30_000));
        folders.drop("cafe.txt", small);

        try (RawTopic topic = new RawTopic(bootstrap); ConfigurableApplicationContext service = start(bootstrap, home)) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(Inbox.names(folders.failed()))
                    .containsExactly("oversized.txt", "oversized.txt.error.json"));
            String report = Files.readString(folders.failed().resolve("oversized.txt.error.json"));
            assertThat(report).contains("\"outcome\" : \"failed\"", "\"reason\" : \"kafka-refused\"",
                    "RecordTooLargeException");
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(folders.processedNames())
                    .containsExactly("cafe.txt"));
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(topic.keys())
                    .containsExactly(ArticleId.of("Harbour café reopens",
                            "The café on the quay reopened on Saturday after its refit.")));
            assertThat(Inbox.names(folders.inbox())).isEmpty();
        }
    }

    /** About {@code chars} characters of random lower-case words: text that compresses too little to fit 4 KB. */
    private static String words(int chars) {
        Random random = new Random(7);
        return IntStream.range(0, chars / 7).mapToObj(i -> random.ints(2 + random.nextInt(8), 'a', 'z' + 1)
                .mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining()))
                .collect(Collectors.joining(" ", "", "."));
    }

    private static ConfigurableApplicationContext start(String bootstrap, Path home) {
        return new SpringApplicationBuilder(IngestApplication.class).run("--server.port=0",
                "--spring.kafka.bootstrap-servers=" + bootstrap,
                "--newsflow.home=" + home,
                "--newsflow.ingest.poll-interval=50ms",
                "--spring.kafka.producer.properties.max.request.size=4096",
                "--newsflow.kafka.partitions=1");
    }
}
