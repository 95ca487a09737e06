package dev.newsflow.enrich.pipeline;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * Settings of the enrich pipeline.
 *
 * @param concurrency consumer threads of this instance; more threads than partitions of the raw topic stay idle
 * @param maxBatch    most raw articles one poll hands to the listener ({@code max.poll.records}); they are enriched
 *                    and committed in one Kafka transaction, whose fixed cost they share
 * @param threads     threads that analyse a poll's articles side by side (0: one per CPU core); the results are still
 *                    published one by one, in the order of the batch, inside its transaction
 * @param retry       what happens to a batch whose transaction failed for a reason that may pass
 */
@Validated
@ConfigurationProperties("newsflow.enrich")
public record EnrichSettings(
        @DefaultValue("1") @Min(1) @Max(64) int concurrency,
        @DefaultValue("200") @Min(1) @Max(2000) int maxBatch,
        @DefaultValue("0") @Min(0) @Max(64) int threads,
        @DefaultValue @Valid @NotNull Retry retry) {

    /** The analysis threads: {@link #threads}, or one per core the JVM may use when it is 0. */
    public int analysisThreads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    /**
     * Redeliveries of a batch whose transaction rolled back before all its records go to the dead-letter topic.
     * Unreadable records and engine failures never get here: they are dead-lettered within their batch.
     *
     * @param attempts redeliveries after the first failure (0 = dead-letter at once)
     * @param backoff  pause before each redelivery
     */
    public record Retry(
            @DefaultValue("2") @Min(0) @Max(100) int attempts,
            @DefaultValue("1s") @NotNull Duration backoff) {
    }
}
