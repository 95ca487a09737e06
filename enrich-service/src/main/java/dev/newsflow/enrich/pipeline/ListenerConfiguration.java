package dev.newsflow.enrich.pipeline;

import dev.newsflow.enrich.deadletter.BatchRollbackProcessor;
import dev.newsflow.enrich.metrics.EnrichMetrics;
import dev.newsflow.kafka.DeadLetters;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ContainerCustomizer;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.transaction.KafkaTransactionManager;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.util.backoff.FixedBackOff;

/** The listener container Spring Boot builds from {@code spring.kafka.*}, adjusted for the enrich pipeline. */
@Configuration(proxyBeanMethods = false)
class ListenerConfiguration {

    @Bean
    ContainerCustomizer<Object, Object, ConcurrentMessageListenerContainer<Object, Object>> enrichContainer(
            EnrichSettings settings) {
        return container -> {
            container.setConcurrency(settings.concurrency());
            var properties = container.getContainerProperties();
            properties.getKafkaConsumerProperties()
                    .setProperty(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Integer.toString(settings.maxBatch()));
            // once the redeliveries of a failing batch are used up, dead-letter it rather than retry it forever
            properties.setBatchRecoverAfterRollback(true);
        };
    }

    @Bean
    BatchRollbackProcessor afterRollbackProcessor(DeadLetters deadLetters, KafkaTemplate<Object, Object> template,
            EnrichSettings settings, EnrichMetrics metrics) {
        var retry = settings.retry();
        return new BatchRollbackProcessor(deadLetters, new FixedBackOff(retry.backoff().toMillis(), retry.attempts()),
                template, metrics);
    }

    @Bean
    PublishLimit publishLimit(ProducerFactory<Object, Object> producerFactory) {
        return PublishLimit.of(producerFactory);
    }

    /**
     * Replaces Boot's transaction manager only to turn synchronization on (Spring Kafka leaves it off), so outcomes
     * are counted after their batch's transaction committed rather than once per attempt.
     */
    @Bean
    KafkaTransactionManager<Object, Object> kafkaTransactionManager(ProducerFactory<Object, Object> producerFactory) {
        var manager = new KafkaTransactionManager<>(producerFactory);
        manager.setTransactionSynchronization(AbstractPlatformTransactionManager.SYNCHRONIZATION_ALWAYS);
        return manager;
    }
}
