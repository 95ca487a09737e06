package dev.newsflow.enrich.deadletter;

import dev.newsflow.enrich.metrics.EnrichMetrics;
import dev.newsflow.enrich.pipeline.EnrichSettings;
import dev.newsflow.enrich.pipeline.EnrichmentFailedException;
import dev.newsflow.enrich.pipeline.InvalidArticleException;
import dev.newsflow.events.Topics;
import org.apache.kafka.common.TopicPartition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultAfterRollbackProcessor;
import org.springframework.util.backoff.FixedBackOff;

/**
 * What happens to a raw article that cannot be enriched: a few redeliveries for failures that may pass, then the
 * record goes, unchanged and with the exception in its headers, to {@code news.articles.raw.v1-dlt}, and the consumer
 * moves on.
 * <p>
 * The listener container is transactional, and in a transactional container every failure, including one that
 * surfaces only when the transaction commits, ends in a rollback followed by the {@code AfterRollbackProcessor}; a
 * {@code DefaultErrorHandler} would see only the listener's own exceptions. So the dead-letter recoverer sits in a
 * {@link DefaultAfterRollbackProcessor}, which publishes the dead letter and commits the source offset in one new
 * transaction: each poison record is dead-lettered exactly once as well.
 */
@Configuration(proxyBeanMethods = false)
class DeadLetterConfiguration {

    @Bean
    DeadLetterPublishingRecoverer deadLetterRecoverer(KafkaTemplate<Object, Object> template) {
        // same partition number as the source record, so the dead letters of one article stay in order
        return new DeadLetterPublishingRecoverer(template,
                (record, exception) -> new TopicPartition(Topics.deadLetter(record.topic()), record.partition()));
    }

    @Bean
    DefaultAfterRollbackProcessor<Object, Object> afterRollbackProcessor(DeadLetterPublishingRecoverer recoverer,
            KafkaTemplate<Object, Object> template, EnrichSettings settings, EnrichMetrics metrics) {
        var retry = settings.retry();
        var processor = new DefaultAfterRollbackProcessor<>(recoverer,
                new FixedBackOff(retry.backoff().toMillis(), retry.attempts()), template, true);
        processor.addNotRetryableExceptions(InvalidArticleException.class, EnrichmentFailedException.class);
        processor.setRetryListeners(new FailureCounter(metrics));
        metrics.deadLetters(Topics.deadLetter(Topics.RAW_ARTICLES));
        return processor;
    }
}
