package dev.newsflow.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerProducerListener;

import java.time.Duration;

/**
 * Kafka client metrics in place of Spring Boot's {@code KafkaMetricsAutoConfiguration} (excluded in
 * {@code newsflow-kafka.yml}, since its consumer binder cannot be given a refresh interval): producers as Boot binds
 * them, consumers through {@link PromptConsumerMetrics}, so the consumer lag series the dashboard plots exist a few
 * seconds after partitions are assigned rather than up to a minute later.
 */
@AutoConfiguration(afterName = "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration")
@ConditionalOnClass({KafkaTemplate.class, KafkaClientMetrics.class})
@ConditionalOnBean(MeterRegistry.class)
public class KafkaClientMetricsAutoConfiguration {

    /** Below Prometheus' scrape interval (10 s in deploy/prometheus): a new partition shows at the next scrape. */
    static final Duration REFRESH = Duration.ofSeconds(5);

    @Bean
    PromptConsumerMetricsCustomizer kafkaConsumerMetrics(MeterRegistry registry) {
        return new PromptConsumerMetricsCustomizer(registry, REFRESH);
    }

    @Bean
    DefaultKafkaProducerFactoryCustomizer kafkaProducerMetrics(MeterRegistry registry) {
        return factory -> factory.addListener(new MicrometerProducerListener<>(registry));
    }
}
