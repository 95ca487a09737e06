package dev.newsflow.store.consume;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * Back-off while the database is failing: the batch is retried, doubling the wait from {@code initialInterval} up
 * to {@code maxInterval}, for as long as it takes. Consumption pauses meanwhile; nothing is skipped.
 */
@Validated
@ConfigurationProperties("newsflow.store.retry")
public record StoreRetryProperties(@NotNull Duration initialInterval, @NotNull Duration maxInterval) {
}
