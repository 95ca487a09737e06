package dev.newsflow.enrich.deadletter;

import dev.newsflow.events.Topics;
import org.apache.kafka.common.TopicPartition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

/**
 * Spring Kafka's dead-letter publisher: the record unchanged, under its key, with its headers plus the exception and
 * the record's origin ({@code kafka_dlt-*}), on the partition its key maps to. Given the template that the listener
 * container's transaction manager uses, it sends within the transaction running on the calling thread instead of
 * starting one of its own, so a dead letter commits, or rolls back, together with the batch it came from.
 */
@Configuration(proxyBeanMethods = false)
class DeadLetterConfiguration {

    private static final int BY_KEY = -1;

    @Bean
    DeadLetterPublishingRecoverer deadLetterRecoverer(KafkaTemplate<Object, Object> template) {
        // partition -1: the producer partitions by key (the article id), so the dead letters of one article stay in
        // order even when the DLT has fewer partitions than its source (another partition count, a pre-existing topic)
        return new DeadLetterPublishingRecoverer(template,
                (record, exception) -> new TopicPartition(Topics.deadLetter(record.topic()), BY_KEY));
    }
}
