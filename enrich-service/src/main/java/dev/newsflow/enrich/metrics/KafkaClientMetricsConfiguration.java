package dev.newsflow.enrich.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.MicrometerProducerListener;

import java.time.Duration;

/**
 * Kafka client metrics in place of Spring Boot's {@code KafkaMetricsAutoConfiguration} (excluded in
 * {@code application.yml}, since its consumer binder cannot be given a refresh interval): producers as Boot binds
 * them, consumers through {@link PromptConsumerMetrics}, so the consumer lag series the dashboard plots exist a few
 * seconds after partitions are assigned rather than up to a minute later.
 */
@Configuration(proxyBeanMethods = false)
class KafkaClientMetricsConfiguration {

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
