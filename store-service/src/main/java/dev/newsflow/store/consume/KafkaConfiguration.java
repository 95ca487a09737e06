package dev.newsflow.store.consume;

import dev.newsflow.store.db.SqlDialect;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ContainerCustomizer;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.DefaultErrorHandler;

import java.util.OptionalInt;

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

    /**
     * {@code newsflow.store.concurrency} consumer threads where concurrent upserts are safe (PostgreSQL), else one
     * (H2); polls no larger than the database's
     * {@linkplain SqlDialect#mostArticlesPerTransaction() best transaction}, as each poll is stored in one.
     */
    @Bean
    ContainerCustomizer<Object, Object, ConcurrentMessageListenerContainer<Object, Object>> storeContainer(
            StoreConsumerProperties consumer, SqlDialect dialect, ConsumerFactory<?, ?> consumers) {
        int threads = dialect.upsertsConcurrently() ? consumer.concurrency() : 1;
        OptionalInt most = dialect.mostArticlesPerTransaction();
        return container -> {
            container.setConcurrency(threads);
            most.ifPresent(records -> container.getContainerProperties().getKafkaConsumerProperties()
                    .setProperty(ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                            Integer.toString(Math.min(records, configuredPollRecords(consumers)))));
        };
    }

    /** {@code spring.kafka.consumer.max-poll-records}, or Kafka's default when it is not set. */
    private static int configuredPollRecords(ConsumerFactory<?, ?> consumers) {
        Object configured = consumers.getConfigurationProperties().get(ConsumerConfig.MAX_POLL_RECORDS_CONFIG);
        return configured == null ? ConsumerConfig.DEFAULT_MAX_POLL_RECORDS : Integer.parseInt(configured.toString());
    }
}
