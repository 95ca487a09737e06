package dev.newsflow.store.consume;

import dev.newsflow.store.db.SqlDialect;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ContainerCustomizer;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.DefaultErrorHandler;

/** The store's own consumer settings and error handling; topics, dead letters and the codec come from newsflow-kafka. */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

    /**
     * Whatever escapes the listener is the database or the broker failing, never a bad record (those are
     * dead-lettered by the listener): retry the whole batch, without end, pausing the consumer between attempts.
     */
    @Bean
    CommonErrorHandler batchRetryingErrorHandler(StoreRetryProperties retry) {
        return new DefaultErrorHandler(retry.backOff());
    }

    /** {@code newsflow.store.concurrency} consumer threads where concurrent upserts are safe (PostgreSQL), else one (H2). */
    @Bean
    ContainerCustomizer<Object, Object, ConcurrentMessageListenerContainer<Object, Object>> storeContainer(
            StoreConsumerProperties consumer, SqlDialect dialect) {
        int threads = dialect.upsertsConcurrently() ? consumer.concurrency() : 1;
        return container -> container.setConcurrency(threads);
    }
}
