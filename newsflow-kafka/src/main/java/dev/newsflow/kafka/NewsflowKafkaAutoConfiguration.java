package dev.newsflow.kafka;

import dev.newsflow.events.EventJson;
import dev.newsflow.events.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

import java.time.Clock;
import java.util.stream.Stream;

/**
 * What every newsflow service does the same way with Kafka: creates its topics ({@code newsflow.kafka.*}),
 * dead-letters by key, continues a record's trace inside a batch listener and times the listener per record, and
 * provides the event codec and the clock. Each bean backs off when the application defines its own.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@ConditionalOnClass(KafkaTemplate.class)
@EnableConfigurationProperties(NewsflowKafkaProperties.class)
public class NewsflowKafkaAutoConfiguration {

    private static final int BY_KEY = -1;

    @Bean
    @ConditionalOnMissingBean
    KafkaAdmin.NewTopics newsflowTopics(NewsflowKafkaProperties properties) {
        return new KafkaAdmin.NewTopics(Stream.concat(properties.writes().stream(),
                        properties.reads().stream().flatMap(topic -> Stream.of(topic, Topics.deadLetter(topic))))
                .distinct()
                .map(name -> topic(name, properties))
                .toArray(NewTopic[]::new));
    }

    /** One clock for "now" in every service, replaceable in tests. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMissingBean
    EventJson eventJson() {
        return new EventJson();
    }

    /**
     * Spring Kafka's dead-letter publisher: the record unchanged, under its key, with its headers plus the exception
     * and the record's origin ({@code kafka_dlt-*}). Partition -1 lets the producer pick the partition from the key
     * (the article id), so the dead letters of one article stay in order and a dead-letter topic created with fewer
     * partitions than its source does not make every dead letter fail. Given the template that a listener
     * container's transaction manager uses, it sends within the running transaction.
     */
    @Bean
    @ConditionalOnMissingBean
    DeadLetterPublishingRecoverer deadLetterRecoverer(KafkaOperations<Object, Object> template) {
        return new DeadLetterPublishingRecoverer(template,
                (record, exception) -> new TopicPartition(Topics.deadLetter(record.topic()), BY_KEY));
    }

    @Bean
    @ConditionalOnMissingBean
    DeadLetters deadLetters(DeadLetterPublishingRecoverer recoverer, MeterRegistry registry,
            NewsflowKafkaProperties properties, ObjectProvider<DeadLetterListener> listeners) {
        return new DeadLetters(recoverer, registry, properties.reads(), listeners);
    }

    @Bean
    @ConditionalOnMissingBean
    RecordObservation recordObservation(ObjectProvider<ObservationRegistry> registry, KafkaAdmin admin) {
        return new RecordObservation(registry.getIfAvailable(() -> ObservationRegistry.NOOP), admin);
    }

    /** Static: a post-processor is created before the beans it processes, this configuration among them. */
    @Bean
    @ConditionalOnMissingBean
    static ListenerTimedByObservation listenerTimedByObservation() {
        return new ListenerTimedByObservation();
    }

    private static NewTopic topic(String name, NewsflowKafkaProperties properties) {
        return TopicBuilder.name(name)
                .partitions(properties.partitions())
                .replicas(properties.replicationFactor())
                .build();
    }
}
