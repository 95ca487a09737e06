package dev.newsflow.enrich.pipeline;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ContainerCustomizer;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.transaction.KafkaTransactionManager;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;

/** The listener container Spring Boot builds from {@code spring.kafka.*}, adjusted for the enrich pipeline. */
@Configuration(proxyBeanMethods = false)
class ListenerConfiguration {

    @Bean
    ContainerCustomizer<Object, Object, ConcurrentMessageListenerContainer<Object, Object>> enrichConcurrency(
            EnrichSettings settings) {
        return container -> container.setConcurrency(settings.concurrency());
    }

    /**
     * Replaces Boot's transaction manager only to turn synchronization on (Spring Kafka leaves it off), so the
     * listener can count an article after its transaction committed rather than once per attempt.
     */
    @Bean
    KafkaTransactionManager<Object, Object> kafkaTransactionManager(ProducerFactory<Object, Object> producerFactory) {
        var manager = new KafkaTransactionManager<>(producerFactory);
        manager.setTransactionSynchronization(AbstractPlatformTransactionManager.SYNCHRONIZATION_ALWAYS);
        return manager;
    }
}
