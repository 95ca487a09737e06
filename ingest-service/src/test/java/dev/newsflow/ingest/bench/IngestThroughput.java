package dev.newsflow.ingest.bench;

import dev.newsflow.events.Topics;
import dev.newsflow.ingest.IngestApplication;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Ingest alone (issue 12): how fast one instance turns one-article files dropped at once into committed records on
 * the raw topic, against an in-process broker. Not a test: run it by hand (BENCHMARKS.md, "Ingest alone") with
 * {@code <files> [<articles per file>]}. The clock starts when the last file is in the inbox, so it measures
 * claiming, reading, publishing and moving, not writing the files; it stops when every file is in processed/ and
 * the raw topic holds that many committed records.
 */
public final class IngestThroughput {

    private IngestThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int files = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int perFile = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        Path home = Files.createTempDirectory("ingest-bench");
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);
        broker.afterPropertiesSet();
        try (ConfigurableApplicationContext ingest = new SpringApplicationBuilder(IngestApplication.class).run(
                "--server.port=0", "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                "--newsflow.home=" + home, "--newsflow.ingest.min-age=0s", "--newsflow.ingest.poll-interval=50ms",
                "--logging.level.dev.newsflow.ingest.process.OutcomeLog=warn")) {
            Path staging = Files.createDirectories(home.resolve("staging"));
            for (int i = 0; i < files; i++) {
                Files.writeString(staging.resolve("article-" + i + (perFile == 1 ? ".txt" : ".jsonl")), article(i, perFile));
            }
            Path inbox = home.resolve("inbox");
            for (int i = 0; i < files; i++) {
                String name = "article-" + i + (perFile == 1 ? ".txt" : ".jsonl");
                Files.move(staging.resolve(name), inbox.resolve(name));
            }
            long start = System.nanoTime();
            while (processed(home) < files) {
                Thread.sleep(20); // a bench's poll, not a test's synchronisation
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long committed = committedRecords(broker.getBrokersAsString());
            System.out.printf("| %d files × %d article(s) | %.1f s | **%.0f files/s** | %.0f articles/s | %d committed "
                    + "raw records (expected %d) |%n", files, perFile, seconds, files / seconds,
                    files * (double) perFile / seconds, committed, (long) files * perFile);
        } finally {
            broker.destroy();
        }
    }

    private static String article(int i, int perFile) {
        if (perFile == 1) {
            return "Harbour report number " + i + "\n\nThe harbour master counted " + i
                    + " boats at the pier on Tuesday morning, more than the week before.";
        }
        StringBuilder lines = new StringBuilder();
        for (int j = 0; j < perFile; j++) {
            lines.append("{\"title\": \"Harbour report ").append(i).append('-').append(j)
                    .append("\", \"body\": \"The harbour master counted ").append(j).append(" boats at pier ")
                    .append(i).append(" on Tuesday.\"}\n");
        }
        return lines.toString();
    }

    private static long processed(Path home) throws IOException {
        Path processed = home.resolve("processed");
        if (!Files.isDirectory(processed)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(processed)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private static long committedRecords(String bootstrap) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = IntStream.range(0, consumer.partitionsFor(Topics.RAW_ARTICLES,
                    Duration.ofSeconds(30)).size()).mapToObj(p -> new TopicPartition(Topics.RAW_ARTICLES, p)).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long records = 0;
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                records += consumer.poll(Duration.ofMillis(500)).count();
            }
            return records;
        }
    }
}
