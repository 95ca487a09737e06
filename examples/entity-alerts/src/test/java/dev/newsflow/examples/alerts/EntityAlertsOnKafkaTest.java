package dev.newsflow.examples.alerts;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import dev.newsflow.events.EventJson;
import dev.newsflow.events.SampleEvents;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The example against a real (in-process KRaft) broker, fed the way enrich-service feeds the topic: in
 * transactions, one of them aborted, with a record that is not JSON among good ones.
 */
class EntityAlertsOnKafkaTest {

    private static final String TOPIC = "news.articles.enriched.v1";
    private static EmbeddedKafkaKraftBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = new EmbeddedKafkaKraftBroker(1, 2, TOPIC);
        broker.brokerProperties(Map.of("transaction.state.log.replication.factor", "1",
                "transaction.state.log.min.isr", "1"));
        broker.afterPropertiesSet();
    }

    @AfterAll
    static void stopBroker() {
        broker.destroy();
    }

    @Test
    void printsOneAlertPerCommittedStronglyNegativeArticleAndSkipsWhatItCannotRead() throws Exception {
        try (KafkaProducer<String, String> producer = transactionalProducer()) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(TOPIC, "a", Articles.NEGATIVE_ABOUT_US.replace("0a1b", "9999")));
            producer.abortTransaction();

            producer.beginTransaction();
            producer.send(new ProducerRecord<>(TOPIC, "b", "this is not json"));
            producer.send(new ProducerRecord<>(TOPIC, "c", new EventJson().writeString(SampleEvents.enriched())));
            producer.send(new ProducerRecord<>(TOPIC, "d", Articles.MILDLY_NEGATIVE_ABOUT_US));
            producer.send(new ProducerRecord<>(TOPIC, "e", Articles.NEGATIVE_ABOUT_US));
            producer.commitTransaction();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AlertSettings settings = new AlertSettings(broker.getBrokersAsString(), "alerts-test", TOPIC,
                List.of("United States", "Anna de Vries"), -0.5, true, Map.of());
        AlertConsumer consumer = new AlertConsumer(settings, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        Thread loop = new Thread(consumer, "alerts-test");
        loop.start();
        try {
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> text(out).contains("0a1b2c3d") && text(err).contains("skipped"));
        } finally {
            consumer.stop();
            loop.join(Duration.ofSeconds(30));
        }

        assertThat(text(out).lines()).singleElement().asString()
                .contains("entity=\"United States\"", "article=0a1b2c3d4e5f60718293a4b5c6d7e8f9");
        assertThat(text(err)).contains("skipped " + TOPIC);
        assertThat(loop.isAlive()).as("consumer loop ended after stop()").isFalse();
    }

    private static KafkaProducer<String, String> transactionalProducer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString());
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "alerts-test-producer");
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
