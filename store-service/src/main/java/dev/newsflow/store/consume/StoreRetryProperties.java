package dev.newsflow.store.consume;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * Back-off while the database is failing: the batch is retried (and, at start-up, the migration), doubling the wait
 * from {@code initialInterval} up to {@code maxInterval}, for as long as it takes. Consumption pauses meanwhile;
 * nothing is skipped.
 */
@Validated
@ConfigurationProperties("newsflow.store.retry")
public record StoreRetryProperties(
        @DefaultValue("500ms") @NotNull @DurationMin(millis = 1, message = "must be at least 1ms, e.g. 500ms")
        Duration initialInterval,
        @DefaultValue("30s") @NotNull @DurationMin(millis = 1, message = "must be at least 1ms, e.g. 30s")
        Duration maxInterval) {

    /** The one back-off of the store: the Kafka error handler's and the start-up migration's. */
    public BackOff backOff() {
        ExponentialBackOff backOff = new ExponentialBackOff(initialInterval.toMillis(), 2.0);
        backOff.setMaxInterval(maxInterval.toMillis());
        backOff.setMaxElapsedTime(Long.MAX_VALUE);
        backOff.setMaxAttempts(Long.MAX_VALUE);
        return backOff;
    }

    @AssertTrue(message = "initial-interval must not be longer than max-interval")
    boolean isInitialWithinMax() {
        return initialInterval == null || maxInterval == null || initialInterval.compareTo(maxInterval) <= 0;
    }
}
