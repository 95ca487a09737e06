package dev.newsflow.enrich.pipeline;

import dev.newsflow.enrich.contract.ValidRecord;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Publishes like the service, except that an article whose title carries {@link #CRASH_BEFORE_COMMIT} makes its
 * batch's Kafka transaction fail after the enriched record was written, as a crash before the commit would.
 */
final class CrashingPublisher extends EnrichedArticlePublisher {

    static final String CRASH_BEFORE_COMMIT = "[crash before commit]";

    CrashingPublisher(KafkaTemplate<String, byte[]> template) {
        super(template);
    }

    @Override
    void publish(ValidRecord valid) {
        super.publish(valid);
        if (valid.article().title().contains(CRASH_BEFORE_COMMIT)) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    throw new IllegalStateException("crashed after writing, before committing");
                }
            });
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Configuration {

        @Bean
        @Primary
        CrashingPublisher crashingPublisher(KafkaTemplate<String, byte[]> template) {
            return new CrashingPublisher(template);
        }
    }
}
