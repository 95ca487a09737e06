package dev.newsflow.replay;

import org.apache.kafka.clients.consumer.ConsumerGroupMetadata;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.util.List;
import java.util.Map;
import java.util.Properties;

/** Where a replayed batch goes: back to its topics in one Kafka transaction with the replay's offsets, or nowhere. */
interface Republisher extends AutoCloseable {

    /** Publishes {@code records} and commits {@code offsets} for {@code group}, both or neither. */
    void publish(List<ProducerRecord<byte[], byte[]>> records, Map<TopicPartition, OffsetAndMetadata> offsets,
            ConsumerGroupMetadata group);

    @Override
    void close();

    /** A dry run's: publishes nothing and commits nothing, so the same records are listed again next time. */
    static Republisher none() {
        return new Republisher() {
            @Override
            public void publish(List<ProducerRecord<byte[], byte[]>> records,
                    Map<TopicPartition, OffsetAndMetadata> offsets, ConsumerGroupMetadata group) {
            }

            @Override
            public void close() {
            }
        };
    }

    /**
     * A transactional producer under {@code transactionalId}, its transactions initialised (which fences a stale
     * producer of the same id). {@code client} carries further client properties (security.protocol, sasl.*, ssl.*).
     */
    static Republisher transactional(String bootstrapServers, String transactionalId, Properties client) {
        Properties props = new Properties();
        props.putAll(client);
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props, new ByteArraySerializer(),
                new ByteArraySerializer());
        try {
            producer.initTransactions();
        } catch (RuntimeException e) {
            producer.close();
            throw e;
        }
        return new Republisher() {
            @Override
            public void publish(List<ProducerRecord<byte[], byte[]>> records,
                    Map<TopicPartition, OffsetAndMetadata> offsets, ConsumerGroupMetadata group) {
                producer.beginTransaction();
                records.forEach(producer::send);
                producer.sendOffsetsToTransaction(offsets, group);
                producer.commitTransaction();
            }

            @Override
            public void close() {
                producer.close();
            }
        };
    }
}
