package dev.newsflow.examples.alerts;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Follows the enriched topic in its own consumer group and prints one line per alert. At least once: offsets are
 * committed after a poll's alerts are printed, so a crash can repeat an alert (the article id says which), never
 * miss one. A record that is not an enriched article is reported on the error stream and skipped: one bad record
 * never stops the consumer.
 */
public final class AlertConsumer implements Runnable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final AlertSettings settings;
    private final AlertRule rule;
    private final PrintStream out;
    private final PrintStream err;
    private final JsonMapper json = JsonMapper.builder().build();

    public AlertConsumer(AlertSettings settings, PrintStream out, PrintStream err) {
        this.consumer = new KafkaConsumer<>(properties(settings), new StringDeserializer(), new ByteArrayDeserializer());
        this.settings = settings;
        this.rule = new AlertRule(new WatchList(settings.watched()), settings.threshold());
        this.out = out;
        this.err = err;
    }

    @Override
    public void run() {
        try (consumer) {
            consumer.subscribe(List.of(settings.topic()));
            while (true) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofSeconds(1));
                for (ConsumerRecord<String, byte[]> record : records) {
                    handle(record);
                }
                if (!records.isEmpty()) {
                    out.flush();
                    consumer.commitSync();
                }
            }
        } catch (WakeupException stopped) {
            // stop() was called: leave the group cleanly (closing the consumer commits nothing more)
        }
    }

    /** Thread-safe: makes {@link #run()} return. */
    public void stop() {
        consumer.wakeup();
    }

    private void handle(ConsumerRecord<String, byte[]> record) {
        try {
            JsonNode article = json.readTree(record.value() == null ? new byte[0] : record.value());
            for (Alert alert : rule.alertsFor(article)) {
                out.println(alert.line());
            }
        } catch (JacksonException | IllegalArgumentException e) {
            err.printf("skipped %s-%d@%d: %s%n", record.topic(), record.partition(), record.offset(),
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private static Properties properties(AlertSettings settings) {
        Properties props = new Properties();
        // first, so the settings this consumer's behaviour depends on cannot be changed by the file
        props.putAll(settings.client());
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, settings.groupId());
        // enrich-service writes in transactions: read only committed records, each article exactly once
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, settings.fromBeginning() ? "earliest" : "latest");
        return props;
    }
}
