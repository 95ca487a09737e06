package dev.newsflow.bench.feed;

import dev.newsflow.events.CloudEvent;
import dev.newsflow.events.EventType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes the bench's own events, as the service that owns the topic would: keyed by article id, with CloudEvents headers. */
final class TopicPublisher implements AutoCloseable {

    private static final String SOURCE = "/newsflow/pipeline-bench";

    private final KafkaProducer<String, byte[]> producer;

    TopicPublisher(String bootstrapServers) {
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.CLIENT_ID_CONFIG, "pipeline-bench"),
                new StringSerializer(), new ByteArraySerializer());
    }

    Future<RecordMetadata> send(EventType type, String key, byte[] value, Instant now) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(type.topic(), key, value);
        CloudEvent.of(type, SOURCE, now).headers().forEach((name, header) ->
                record.headers().add(new RecordHeader(name, header.getBytes(StandardCharsets.UTF_8))));
        return producer.send(record);
    }

    /** Returns once the broker has every one of {@code acks}. */
    static void await(List<Future<RecordMetadata>> acks) {
        for (Future<RecordMetadata> ack : acks) {
            try {
                ack.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("Kafka refused an article: " + e.getCause().getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while publishing", e);
            }
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
