package dev.newsflow.store.consume;

import dev.newsflow.kafka.RecordObservation;
import dev.newsflow.store.article.ArticleWriter;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Stores a batch in one transaction. If the database refuses the data itself (an integrity violation, not an
 * outage), the batch is stored again one article per transaction to find the refused ones; any other database
 * error propagates so the listener's error handler retries the whole batch.
 */
@Component
class ArticleBatchStore {

    private static final Logger log = LoggerFactory.getLogger(ArticleBatchStore.class);

    private final ArticleWriter writer;
    private final StoreMetrics metrics;
    private final Clock clock;
    private final RecordObservation observation;

    ArticleBatchStore(ArticleWriter writer, StoreMetrics metrics, Clock clock, RecordObservation observation) {
        this.writer = writer;
        this.metrics = metrics;
        this.clock = clock;
        this.observation = observation;
    }

    /** @return the articles the database refused */
    List<Rejected> store(List<Received> batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        // only attempts that end stored are timed: a failed one propagates and the batch is retried
        Timer.Sample sample = metrics.batchStarted();
        List<Rejected> refused;
        try {
            writer.storeAll(batch.stream().map(Received::article).toList());
            committed(batch);
            refused = List.of();
        } catch (DataIntegrityViolationException e) {
            log.warn("Database refused a batch of {} articles ({}); storing them one by one", batch.size(),
                    e.getMostSpecificCause().getMessage());
            refused = storeOneByOne(batch);
        }
        metrics.batchStored(sample);
        return refused;
    }

    private List<Rejected> storeOneByOne(List<Received> batch) {
        List<Rejected> refused = new ArrayList<>();
        for (Received received : batch) {
            try {
                writer.storeAll(List.of(received.article()));
                committed(List.of(received));
            } catch (DataIntegrityViolationException e) {
                refused.add(new Rejected(received.record(), e));
            }
        }
        return refused;
    }

    private void committed(List<Received> stored) {
        var now = clock.instant();
        metrics.stored(stored.size());
        for (Received received : stored) {
            var article = received.article().article();
            String tone = received.article().tone().map(s -> s.label().wireName()).orElse("tone unknown");
            metrics.pipelineLatency(Duration.between(article.ingestedAt(), now));
            // one line per article, in the article's own trace, so a trace id found at ingest leads here
            observation.observe(EnrichedArticleListener.ID, received.record(), () -> log.info("Stored article {} ({} entities, {}) from {}",
                    article.id(), article.entities().size(), tone,
                    received.record().topic() + "-" + received.record().partition() + "@" + received.record().offset()));
        }
    }
}
