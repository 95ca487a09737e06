package dev.newsflow.store.consume;

import dev.newsflow.events.Topics;
import dev.newsflow.kafka.DeadLetters;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Consumes enriched articles a poll at a time: decodes them, stores the good ones in one database transaction,
 * dead-letters the bad ones, then returns so the container commits the offsets. An exception (database or broker
 * down) leaves the offsets uncommitted and the error handler retries the batch.
 */
@Component
class EnrichedArticleListener {

    static final String ID = "store-enriched-articles";

    private final EnrichedArticleDecoder decoder;
    private final ArticleBatchStore store;
    private final DeadLetters deadLetters;
    private final StoreMetrics metrics;

    EnrichedArticleListener(EnrichedArticleDecoder decoder, ArticleBatchStore store, DeadLetters deadLetters,
            StoreMetrics metrics) {
        this.decoder = decoder;
        this.store = store;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
    }

    /** Started by DatabaseMigration once the schema is migrated, never before. */
    @KafkaListener(id = ID, idIsGroup = false, topics = Topics.ENRICHED_ARTICLES, autoStartup = "false")
    void onBatch(List<ConsumerRecord<String, byte[]>> records) {
        metrics.batchReceived(records.size());
        List<Received> decoded = new ArrayList<>(records.size());
        List<Rejected> rejected = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                decoded.add(new Received(record, decoder.decode(record.value(), Instant.ofEpochMilli(record.timestamp()))));
            } catch (InvalidArticleException e) {
                rejected.add(new Rejected(record, e));
            }
        }
        rejected.addAll(store.store(decoded));
        rejected.forEach(refused -> deadLetters.accept(refused.record(), refused.reason()));
    }
}
