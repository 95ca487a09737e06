package dev.newsflow.enrich.pipeline;

import dev.newsflow.enrich.contract.InvalidEnrichmentException;
import dev.newsflow.enrich.contract.SchemaGuard;
import dev.newsflow.enrich.contract.ValidRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Reads, analyses and validates the records of one poll on several threads, and hands the results back in the
 * order of the batch. Only the pure work runs here: publishing stays on the listener's thread, which owns the Kafka
 * transaction, so a batch still commits or rolls back as one and each partition's records keep their order.
 */
@Component
class BatchAnalysis implements AutoCloseable {

    private final RawArticleReader reader;
    private final ArticleEnricher enricher;
    private final SchemaGuard guard;
    private final PublishLimit limit;
    private final ExecutorService threads;

    BatchAnalysis(RawArticleReader reader, ArticleEnricher enricher, SchemaGuard guard, EnrichSettings settings,
                  PublishLimit limit) {
        this.reader = reader;
        this.enricher = enricher;
        this.guard = guard;
        this.limit = limit;
        this.threads = Executors.newFixedThreadPool(settings.analysisThreads(),
                Thread.ofPlatform().name("enrich-analysis-", 0).daemon().factory());
    }

    /**
     * One result per record, in the records' order. A poison record (unreadable, or the engine or the schema
     * refuses it) gives a result carrying the reason; any other failure is thrown, as it would have been had the
     * record been analysed on the listener's thread.
     */
    List<Analysed> analyse(List<ConsumerRecord<String, byte[]>> records) {
        List<CompletableFuture<Analysed>> pending = new ArrayList<>(records.size());
        for (ConsumerRecord<String, byte[]> record : records) {
            pending.add(CompletableFuture.supplyAsync(() -> analyse(record), threads));
        }
        List<Analysed> results = new ArrayList<>(records.size());
        for (CompletableFuture<Analysed> result : pending) {
            try {
                results.add(result.join());
            } catch (CompletionException e) {
                pending.forEach(rest -> rest.cancel(false));
                if (e.getCause() instanceof Error error) {
                    throw error; // as on the listener's own thread: stops the container, dead-letters nothing
                }
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        return results;
    }

    private Analysed analyse(ConsumerRecord<String, byte[]> record) {
        try {
            ValidRecord valid = guard.check(enricher.enrich(reader.read(record)));
            if (valid.json().length > limit.maxValueBytes()) {
                throw InvalidEnrichmentException.tooLarge(valid.article().id(), valid.json().length,
                        limit.maxValueBytes());
            }
            return new Analysed(record, valid, null);
        } catch (InvalidArticleException | EnrichmentFailedException | InvalidEnrichmentException poison) {
            return new Analysed(record, null, poison);
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }

    /** A record and either what to publish for it or why it is dead-lettered. */
    record Analysed(ConsumerRecord<String, byte[]> record, ValidRecord valid, RuntimeException poison) {
    }
}
