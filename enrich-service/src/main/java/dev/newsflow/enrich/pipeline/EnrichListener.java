package dev.newsflow.enrich.pipeline;

import dev.newsflow.enrich.metrics.EnrichMetrics;
import dev.newsflow.events.ArticleEnriched;
import dev.newsflow.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Read-process-write for one raw article. The container runs each call in a Kafka transaction that also carries the
 * consumed offset, so an article is enriched into the output topic exactly once. Any exception rolls the transaction
 * back and hands the record to the dead-letter handling (see {@code DeadLetterConfiguration}).
 */
@Component
class EnrichListener {

    static final String ID = "enrich-raw-articles";

    private final RawArticleReader reader;
    private final ArticleEnricher enricher;
    private final EnrichedArticlePublisher publisher;
    private final EnrichMetrics metrics;

    EnrichListener(RawArticleReader reader, ArticleEnricher enricher, EnrichedArticlePublisher publisher,
            EnrichMetrics metrics) {
        this.reader = reader;
        this.enricher = enricher;
        this.publisher = publisher;
        this.metrics = metrics;
    }

    @KafkaListener(id = ID, idIsGroup = false, topics = Topics.RAW_ARTICLES)
    void onRawArticle(ConsumerRecord<String, byte[]> record) {
        ArticleEnriched enriched = enricher.enrich(reader.read(record));
        publisher.publish(enriched);
        afterCommit(() -> metrics.enriched(enriched));
    }

    /** Counts only what was committed: a rolled-back attempt is retried and would otherwise count twice. */
    private static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}
