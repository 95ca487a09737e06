package dev.newsflow.enrich.pipeline;

import dev.newsflow.enrich.contract.InvalidEnrichmentException;
import dev.newsflow.enrich.contract.ValidRecord;
import dev.newsflow.enrich.metrics.EnrichMetrics;
import dev.newsflow.events.ArticleEnriched;
import dev.newsflow.events.Topics;
import dev.newsflow.events.validation.DroppedPart;
import dev.newsflow.kafka.AfterCommit;
import dev.newsflow.kafka.DeadLetters;
import dev.newsflow.kafka.RecordObservation;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Read-process-write for one poll's batch of raw articles, in the one Kafka transaction the container runs it in:
 * the enriched articles, the dead letters and the offsets of the whole batch commit together, or not at all. A
 * transaction costs a few synchronous round trips to the broker whatever it carries, many times the engine's time
 * per article, so it is paid once per batch rather than once per article.
 * <p>
 * A poison record (unreadable, or the engine fails on it) is dead-lettered within the batch, which goes on; any
 * other exception rolls the whole batch back for redelivery (see {@code BatchRollbackProcessor}). The records are
 * analysed side by side ({@link BatchAnalysis}), then published one by one in the batch's order on this thread,
 * the one the transaction belongs to.
 */
@Component
class EnrichListener {

    static final String ID = "enrich-raw-articles";

    private static final Logger log = LoggerFactory.getLogger(EnrichListener.class);

    private final BatchAnalysis analysis;
    private final EnrichedArticlePublisher publisher;
    private final DeadLetters deadLetters;
    private final EnrichMetrics metrics;
    private final RecordObservation observation;

    EnrichListener(BatchAnalysis analysis, EnrichedArticlePublisher publisher, DeadLetters deadLetters,
            EnrichMetrics metrics, RecordObservation observation) {
        this.analysis = analysis;
        this.publisher = publisher;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
        this.observation = observation;
        // the reasons a record is dead-lettered for show up at 0 before the first one is
        List.of(InvalidArticleException.class, EnrichmentFailedException.class, InvalidEnrichmentException.class)
                .forEach(metrics::failures);
    }

    @KafkaListener(id = ID, idIsGroup = false, topics = Topics.RAW_ARTICLES, batch = "true")
    void onRawArticles(List<ConsumerRecord<String, byte[]>> records) {
        List<BatchAnalysis.Analysed> batch = analysis.analyse(records);
        // published inside the record's observation, so the enriched record carries the article's trace onwards
        batch.forEach(done -> observation.observe(ID, done.record(), () -> publish(done)));
        // counted once the batch's transaction committed: one synchronization for the batch, not one per record
        AfterCommit.run(() -> batch.forEach(this::count));
    }

    private void count(BatchAnalysis.Analysed done) {
        if (done.poison() != null) {
            metrics.failed(done.poison());
        } else {
            metrics.enriched(done.valid().article());
            metrics.invalidPartsDropped(done.valid().dropped().size());
        }
    }

    private void publish(BatchAnalysis.Analysed done) {
        if (done.poison() != null) {
            // dead-lettered at once, and its failure counted with the batch: a redelivery would fail the same way
            deadLetters.accept(done.record(), done.poison());
            return;
        }
        ValidRecord valid = done.valid();
        publisher.publish(valid);
        ArticleEnriched enriched = valid.article();
        for (DroppedPart part : valid.dropped()) {
            log.warn("Article {} published without {}, which breaks article-enriched.v1: {}", enriched.id(),
                    part.location(), part.reason());
        }
        // inside the record's observation, so the line carries the article's trace id from ingest
        if (log.isInfoEnabled()) {
            log.info("Enriched article {}: {} entities, {} ({}), language {}", enriched.id(),
                    enriched.entities().size(), enriched.sentiment().label().wireName(),
                    SignedScore.format(enriched.sentiment().score()), enriched.language());
        }
    }
}
