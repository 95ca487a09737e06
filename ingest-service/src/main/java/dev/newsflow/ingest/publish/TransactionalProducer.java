package dev.newsflow.ingest.publish;

import dev.newsflow.ingest.IngestSettings;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultTransactionIdSuffixStrategy;

import java.time.Duration;
import java.util.Map;

/**
 * Ingest's producer is transactional ({@code spring.kafka.producer.transaction-id-prefix}
 * {@code newsflow-ingest-<instance-id>-}), and its transactional id is chosen so that a crash costs nothing:
 * <ul>
 *   <li><b>Stable across restarts.</b> The id is derived from {@code newsflow.ingest.instance-id}, which already names
 *   the instance's claim folder, and the suffix is always {@code 0} (a cache of one producer; the publisher runs one
 *   transaction at a time). Spring's default would count the suffix up whenever a producer is replaced after an
 *   error, and a restart would then not find the old id. With the same id, the restarted instance fences a
 *   predecessor killed with {@code kill -9} and aborts its open transaction as soon as it starts
 *   ({@link ArticlePublisher#takeTransactionalId()}), so read_committed consumers are not held at the last stable
 *   offset.</li>
 *   <li><b>Distinct per instance.</b> Instances sharing an inbox already need distinct instance ids (their claim
 *   folders); so their transactional ids differ and they never fence each other.</li>
 *   <li><b>A short transaction timeout</b>: publish-timeout plus 30 s (a send may block on metadata and the commit on
 *   the coordinator, each up to {@code max.block.ms}). Only an instance that crashed and never comes back leaves an
 *   open transaction behind; the broker aborts it after this time instead of Kafka's 15-minute ceiling.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class TransactionalProducer {

    static final Duration COMMIT_MARGIN = Duration.ofSeconds(30);

    @Bean
    DefaultKafkaProducerFactoryCustomizer oneStableTransactionalId(IngestSettings settings) {
        return factory -> {
            factory.setTransactionIdSuffixStrategy(new DefaultTransactionIdSuffixStrategy(1));
            factory.updateConfigs(Map.of(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG,
                    (int) transactionTimeout(settings).toMillis()));
        };
    }

    static Duration transactionTimeout(IngestSettings settings) {
        return settings.publishTimeout().plus(COMMIT_MARGIN);
    }
}
