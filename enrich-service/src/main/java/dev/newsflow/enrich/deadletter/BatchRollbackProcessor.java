package dev.newsflow.enrich.deadletter;

import dev.newsflow.enrich.metrics.EnrichMetrics;
import dev.newsflow.kafka.DeadLetters;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.ContainerProperties.EOSMode;
import org.springframework.kafka.listener.DefaultAfterRollbackProcessor;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.util.backoff.BackOff;

import java.util.List;

/**
 * What happens after a batch's transaction rolled back, for a reason no single record explains (a send or commit
 * failure, broker trouble): Spring Kafka's {@link DefaultAfterRollbackProcessor} seeks back to the start of the batch
 * and redelivers it after the back-off. When the back-off is exhausted (the container must have
 * {@code batchRecoverAfterRollback}), every record of the batch goes to the dead-letter topic with the failure in its
 * headers, and the batch's offsets commit in that same transaction. If even that fails, the batch is sought back
 * again: it is never skipped without a trace. This class adds only the count of failed attempts by cause.
 */
public class BatchRollbackProcessor extends DefaultAfterRollbackProcessor<Object, Object> {

    private final EnrichMetrics metrics;

    public BatchRollbackProcessor(DeadLetters deadLetters, BackOff backOff, KafkaOperations<?, ?> template,
            EnrichMetrics metrics) {
        super(deadLetters, backOff, template, true);
        this.metrics = metrics;
    }

    @Override
    public void processBatch(ConsumerRecords<Object, Object> records, List<ConsumerRecord<Object, Object>> recordList,
            Consumer<Object, Object> consumer, MessageListenerContainer container, Exception exception,
            boolean recoverable, EOSMode eosMode) {
        // counted at once: the attempt failed whatever happens next
        metrics.failed(cause(exception));
        super.processBatch(records, recordList, consumer, container, exception, recoverable, eosMode);
    }

    /** The listener's own exception rather than the container's wrapper, which every listener failure shares. */
    private static Throwable cause(Exception failure) {
        if (failure instanceof ListenerExecutionFailedException && failure.getCause() != null) {
            return failure.getCause();
        }
        return failure;
    }
}
