package dev.newsflow.store.consume;

import dev.newsflow.kafka.DeadLetterListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.stereotype.Component;

import java.time.Duration;

/** The store's meters, under the names the dashboards and docs/monitoring.md list. */
@Component
class StoreMetrics implements DeadLetterListener {

    private final MeterRegistry registry;
    private final Counter stored;
    private final Counter failed;
    private final Timer batchTime;
    private final DistributionSummary batchSize;
    private final Timer pipelineLatency;

    StoreMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.stored = articles("stored");
        this.failed = articles("failed");
        this.batchTime = Timer.builder("newsflow.store.batch.time")
                .description("Time to store one consumed batch in the database, commit included; successful attempts only").register(registry);
        this.batchSize = DistributionSummary.builder("newsflow.store.batch.size")
                .description("Records per consumed batch, per delivery attempt").register(registry);
        this.pipelineLatency = Timer.builder("newsflow.pipeline.latency")
                .description("From ingestion of an article to its commit in the database")
                .publishPercentileHistogram().publishPercentiles(0.5, 0.95, 0.99)
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofHours(1))
                .register(registry);
    }

    Timer.Sample batchStarted() {
        return Timer.start(registry);
    }

    void batchStored(Timer.Sample sample) {
        sample.stop(batchTime);
    }

    void batchReceived(int records) {
        batchSize.record(records);
    }

    void stored(int articles) {
        stored.increment(articles);
    }

    void pipelineLatency(Duration latency) {
        pipelineLatency.record(latency.isNegative() ? Duration.ZERO : latency);
    }

    /** An article given up on; the dead-letter topic's own count is the sender's. */
    @Override
    public void deadLettered(ConsumerRecord<?, ?> record, Exception reason) {
        failed.increment();
    }

    /** @param part the kind of optional part left out of a stored article, e.g. {@code entity.geo} */
    void partDropped(String part) {
        Counter.builder("newsflow.store.parts.dropped").tag("part", part)
                .description("Invalid optional parts left out of stored articles, by kind").register(registry).increment();
    }

    private Counter articles(String outcome) {
        return Counter.builder("newsflow.store.articles").tag("outcome", outcome)
                .description("Enriched articles consumed, by outcome").register(registry);
    }
}
