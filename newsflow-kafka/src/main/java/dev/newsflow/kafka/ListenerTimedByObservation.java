package dev.newsflow.kafka;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.kafka.config.AbstractKafkaListenerContainerFactory;

/**
 * Leaves the {@code spring.kafka.listener} timer to observations: one per record, the one that carries the record's
 * trace ({@link RecordObservation} for a batch listener). Spring Kafka 4.0 times a batch listener's call as a whole
 * with its older Micrometer timer under the same name but other tags ({@code name}, {@code result},
 * {@code exception}); Prometheus keeps one set of tag keys per name, so the first batch timed made it refuse every
 * per-record observation. A bean post-processor because Boot builds the container factory with a single
 * {@code ContainerCustomizer}, which a service may need for itself.
 */
class ListenerTimedByObservation implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof AbstractKafkaListenerContainerFactory<?, ?, ?> factory) {
            factory.getContainerProperties().setMicrometerEnabled(false);
        }
        return bean;
    }
}
