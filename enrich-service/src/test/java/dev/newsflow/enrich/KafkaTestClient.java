package dev.newsflow.enrich;

import dev.newsflow.events.ArticleIngested;
import dev.newsflow.events.CloudEvent;
import dev.newsflow.kafka.CloudEventRecords;
import dev.newsflow.events.EventHeaders;
import dev.newsflow.events.EventJson;
import dev.newsflow.events.EventType;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;

import static org.awaitility.Awaitility.await;

/** Writes raw records and reads topics the way an outside producer and consumer would, with plain Kafka clients. */
public final class KafkaTestClient implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final String bootstrapServers;
    private final KafkaProducer<String, byte[]> producer;
    private final EventJson json = new EventJson();

    public KafkaTestClient(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    }

    /** Publishes a raw article as ingest-service does: keyed by id, with CloudEvents headers. */
    public void sendRaw(ArticleIngested article) {
        send(rawRecord(article));
    }

    /** Publishes a raw article as part of the given W3C trace. */
    public void sendRaw(ArticleIngested article, String traceparent) {
        var record = rawRecord(article);
        record.headers().add(EventHeaders.TRACEPARENT, traceparent.getBytes(StandardCharsets.UTF_8));
        send(record);
    }

    private ProducerRecord<String, byte[]> rawRecord(ArticleIngested article) {
        return rawRecord(article, null);
    }

    /** A raw article as ingest-service publishes it, for the given partition (null: by key). */
    public ProducerRecord<String, byte[]> rawRecord(ArticleIngested article, Integer partition) {
        return CloudEventRecords.record(CloudEvent.of(EventType.ARTICLE_INGESTED, "/newsflow/test", Instant.now()),
                partition, article.id(), json.write(article));
    }

    public void send(String topic, String key, byte[] value) {
        send(new ProducerRecord<>(topic, key, value));
    }

    /**
     * Sends the records in one producer transaction. A read_committed consumer sees all of them at the same moment, so
     * one poll hands those of a partition to the listener together.
     */
    public void sendTogether(List<ProducerRecord<String, byte[]>> records) {
        try (var transactional = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "enrich-test-" + UUID.randomUUID()),
                new StringSerializer(), new ByteArraySerializer())) {
            transactional.initTransactions();
            transactional.beginTransaction();
            records.forEach(transactional::send);
            transactional.commitTransaction();
        }
    }

    public void send(ProducerRecord<String, byte[]> record) {
        try {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** How many partitions the topic has. */
    public int partitions(String topic) {
        try (var consumer = consumer(IsolationLevel.READ_COMMITTED)) {
            return consumer.partitionsFor(topic).size();
        }
    }

    /** Waits until a committed record with this key is on the topic and returns it. */
    public ConsumerRecord<String, byte[]> awaitRecord(String topic, String key) {
        var found = new AtomicReference<ConsumerRecord<String, byte[]>>();
        await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(() -> {
            records(topic, key, IsolationLevel.READ_COMMITTED).stream().findFirst().ifPresent(found::set);
            return found.get() != null;
        });
        return found.get();
    }

    /** Every record with this key written to the topic so far, as a consumer at the given isolation level sees it. */
    public List<ConsumerRecord<String, byte[]>> records(String topic, String key, IsolationLevel isolation) {
        var matching = new ArrayList<ConsumerRecord<String, byte[]>>();
        try (var consumer = consumer(isolation)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            await().atMost(WAIT).until(() -> {
                consumer.poll(Duration.ofMillis(100)).forEach(record -> {
                    if (key.equals(record.key())) {
                        matching.add(record);
                    }
                });
                return partitions.stream().allMatch(tp -> consumer.position(tp) >= ends.get(tp));
            });
        }
        return matching;
    }

    private KafkaConsumer<String, byte[]> consumer(IsolationLevel isolation) {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation.toString().toLowerCase(Locale.ROOT),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer());
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        return CloudEventRecords.header(record, name);
    }

    @Override
    public void close() {
        producer.close();
    }
}
