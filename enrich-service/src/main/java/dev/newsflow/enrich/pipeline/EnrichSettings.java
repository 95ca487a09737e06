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
 * @param retry       what happens to an article whose processing failed for a reason that may pass
 */
@Validated
@ConfigurationProperties("newsflow.enrich")
public record EnrichSettings(
        @DefaultValue("1") @Min(1) @Max(64) int concurrency,
        @DefaultValue @Valid @NotNull Retry retry) {

    /**
     * Redeliveries before an article goes to the dead-letter topic. Unreadable records and engine failures skip
     * them: they would fail the same way again.
     *
     * @param attempts redeliveries after the first failure (0 = dead-letter at once)
     * @param backoff  pause before each redelivery
     */
    public record Retry(
            @DefaultValue("2") @Min(0) @Max(100) int attempts,
            @DefaultValue("1s") @NotNull Duration backoff) {
    }
}
