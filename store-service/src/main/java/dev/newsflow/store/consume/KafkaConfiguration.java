package dev.newsflow.store.consume;

import dev.newsflow.events.EventJson;
import dev.newsflow.events.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

    @Bean
    NewTopic enrichedArticlesTopic(KafkaTopicProperties topics) {
        return TopicBuilder.name(Topics.ENRICHED_ARTICLES)
                .partitions(topics.partitions()).replicas(topics.replicationFactor()).build();
    }

    /** As many partitions as the source, by convention; dead letters do not rely on it (see the recoverer). */
    @Bean
    NewTopic enrichedArticlesDeadLetterTopic(KafkaTopicProperties topics) {
        return TopicBuilder.name(Topics.deadLetter(Topics.ENRICHED_ARTICLES))
                .partitions(topics.partitions()).replicas(topics.replicationFactor()).build();
    }

    @Bean
    EventJson eventJson() {
        return new EventJson();
    }

    /**
     * Partition -1 lets the producer pick the partition from the key (the article id): a dead-letter topic created
     * with fewer partitions than the source, by a service started with other settings, must not make every
     * dead letter fail and stall the store.
     */
    @Bean
    DeadLetterPublishingRecoverer deadLetterPublishingRecoverer(KafkaOperations<String, byte[]> template) {
        return new DeadLetterPublishingRecoverer(template,
                (record, exception) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
    }

    /**
     * Whatever escapes the listener is the database or the broker failing, never a bad record (those are
     * dead-lettered by the listener): retry the whole batch, without end, pausing the consumer between attempts.
     */
    @Bean
    CommonErrorHandler batchRetryingErrorHandler(StoreRetryProperties retry) {
        ExponentialBackOff backOff = new ExponentialBackOff(retry.initialInterval().toMillis(), 2.0);
        backOff.setMaxInterval(retry.maxInterval().toMillis());
        backOff.setMaxElapsedTime(Long.MAX_VALUE);
        backOff.setMaxAttempts(Long.MAX_VALUE);
        return new DefaultErrorHandler(backOff);
    }
}
